import type { ParseResult, UiLocale, ValidationIssue } from '@barnets-basta/core';
import { formatIssues } from '@barnets-basta/core';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { applyLocale, readLocale } from '../react-view-element/element-locale.ts';
import { readMessages } from '../react-view-element/element-options.ts';
import { inheritableTheme } from './inheritable-theme.ts';

/**
 * Attribute → property parsers. JSON attributes accept objects written in the markup; `messages`
 * is JSON of texts by key, where invalid JSON is a console warning and the defaults stay.
 */
export type AttributeKind = 'string' | 'boolean' | 'json' | 'messages';

export interface AttributeSpec {
  /** Property name on the element, e.g. `readOnly` for the attribute `readonly`. */
  prop: string;
  kind: AttributeKind;
}

/**
 * Base for our form-associated custom elements: a shadow root (so host styles cannot break the
 * component and ours cannot leak), React rendered inside it, and `ElementInternals` so the
 * element takes part in its `<form>` like a native control: submission, reset, `disabled`
 * fieldsets, `required` and validity.
 *
 * Subclasses declare `static attributeSpecs` (with `value` → `valueAttribute`), implement
 * `parseValue()`, `syncForm()` and `renderReact()`, and pass `handleChange` (user changes: events)
 * and, where the component makes its own starting value, `handleLoad` (no events) to it.
 */
export abstract class ReactFormElement<T> extends HTMLElement {
  static formAssociated = true;
  /** Attribute name → spec. */
  static attributeSpecs: Record<string, AttributeSpec> = {};

  static get observedAttributes(): string[] {
    return Object.keys(this.attributeSpecs);
  }

  protected readonly internals: ElementInternals;
  protected readonly mount: HTMLDivElement;
  /** Properties set through attributes or JS. */
  protected props: Record<string, unknown> = {};
  /** True while the form (or an ancestor fieldset) disables the element. */
  protected formDisabled = false;
  /** The value at load (attribute or first property set): what form reset returns to. */
  protected initial: T | undefined;
  /** The value the mounted component started from (set from outside, or by reset). */
  protected start: T | undefined;
  protected current: T | undefined;
  /** Bumped to remount the component with a new starting value (reset, value set from outside). */
  protected generation = 0;
  private root: Root | undefined;
  private renderQueued = false;

  /** Validates a document (core's `parse*`). */
  protected abstract parseValue(data: unknown): ParseResult<T>;
  /** Mirrors `current` into the form (`ElementInternals`) and sets validity. */
  protected abstract syncForm(): void;

  constructor(css: string) {
    super();
    this.internals = this.attachInternals();
    const shadow = this.attachShadow({ mode: 'open', delegatesFocus: true });
    // Constructable stylesheets: one parse, shared by every instance; allowed under a strict CSP
    // (no <style> element, no inline style attribute). The theme defaults are rewritten into
    // fallbacks so a host's --bb-* values inherit in (see inheritable-theme.ts).
    shadow.adoptedStyleSheets = [sheetFor(css)];
    this.mount = document.createElement('div');
    this.mount.className = 'bb-element-root';
    shadow.append(this.mount);
    // Native `input` events are composed and would leak out of the shadow root without a value;
    // hosts get ours instead, with the value in `detail` (see emit()).
    this.mount.addEventListener('input', (event) => {
      if (!(event instanceof CustomEvent)) event.stopPropagation();
    });
  }

  connectedCallback(): void {
    // Upgrade properties that were set before the element was defined.
    for (const { prop } of Object.values(
      (this.constructor as typeof ReactFormElement).attributeSpecs,
    )) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = (this as unknown as Record<string, unknown>)[prop];
        delete (this as unknown as Record<string, unknown>)[prop];
        (this as unknown as Record<string, unknown>)[prop] = value;
      }
    }
    // formDisabledCallback is not called for the state an element is upgraded into (e.g. parsed
    // inside an already disabled fieldset), so read it here.
    this.formDisabled = this.matches(':disabled');
    this.root ??= createRoot(this.mount);
    this.requestRender();
  }

  disconnectedCallback(): void {
    // Unmount later: the element may just be moving within the document.
    queueMicrotask(() => {
      if (!this.isConnected && this.root) {
        this.root.unmount();
        this.root = undefined;
      }
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const spec = (this.constructor as unknown as { attributeSpecs: Record<string, AttributeSpec> })
      .attributeSpecs[name];
    if (!spec) return;
    this.props[spec.prop] = parseAttribute(this, name, spec.kind, value);
    this.attributeChanged(spec.prop);
    this.requestRender();
  }

  /** The current value (a core document), or `undefined` before there is one. */
  get value(): T | undefined {
    return this.current;
  }
  /** Accepts the document or its JSON. Invalid input is reported in the console and ignored. */
  set value(next: T | string | undefined | null) {
    const parsed = this.readValue(next);
    if (parsed === null) return;
    this.willRemount('value');
    this.current = parsed;
    this.start = parsed;
    this.initial ??= parsed;
    this.generation++;
    this.syncForm();
    this.requestRender();
  }

  /**
   * Partial override of every text the element shows, by key (the React component's catalogue
   * and the element's own). An object, or its JSON; invalid JSON is reported in the console and
   * the default texts are kept.
   */
  get messages(): Record<string, string> | undefined {
    return this.props.messages as Record<string, string> | undefined;
  }
  set messages(next: Record<string, string> | string | undefined | null) {
    this.setProp('messages', readMessages(this, next));
    this.syncForm();
  }

  /**
   * The element's UI language through core's registry: `sv` (default), `en`, or a language
   * registered as data (`ar`, `sv-x-lattlast` for its pack texts); an unregistered tag is `sv`,
   * with a console warning.
   */
  protected get uiLocale(): UiLocale {
    return readLocale(this, this.props.locale).locale;
  }

  /** `null` = invalid (already reported), `undefined` = no value. */
  private readValue(next: unknown): T | undefined | null {
    if (next === undefined || next === null || next === '') return undefined;
    let data: unknown = next;
    if (typeof next === 'string') {
      try {
        data = JSON.parse(next) as unknown;
      } catch {
        console.error(`<${this.localName}>: "value" is not valid JSON and was ignored.`);
        return null;
      }
    }
    const result = this.parseValue(data);
    if (!result.ok) {
      this.reportInvalid(result.issues);
      return null;
    }
    return result.value;
  }

  private reportInvalid(issues: ValidationIssue[]): void {
    console.error(
      `<${this.localName}>: "value" is not valid and was ignored:\n` +
        formatIssues(issues, this.uiLocale).join('\n'),
    );
  }

  /** Called by the component on every change the user makes: updates the form and tells the host. */
  protected readonly handleChange = (value: T) => {
    this.current = value;
    this.syncForm();
    this.emit(value);
  };

  /**
   * Called by the component with the value it starts from (an empty document, a restored draft):
   * the form gets it, but no event fires, because the user did nothing (native controls fire
   * `input` and `change` only for the user's own changes).
   */
  protected readonly handleLoad = (value: T) => {
    this.current = value;
    this.syncForm();
  };

  /** Before the component is remounted with a new starting value (`value` set, form reset). */
  protected willRemount(_reason: 'value' | 'reset'): void {}

  formResetCallback(): void {
    this.willRemount('reset');
    this.current = this.initial;
    this.start = this.initial;
    this.generation++;
    this.syncForm();
    this.requestRender();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** `value` set by attribute replaces the current value; other attributes may change validity. */
  protected attributeChanged(prop: string): void {
    if (prop === 'valueAttribute') this.value = this.props.valueAttribute as T | undefined;
    else this.syncForm();
  }

  /** Sets a property (from a JS setter) and re-renders. */
  protected setProp(prop: string, value: unknown): void {
    this.props[prop] = value;
    this.requestRender();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestRender();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Batches renders: several attribute changes in one task give one React render. */
  protected requestRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      if (!this.root) return;
      applyLocale(this.mount, readLocale(this, this.props.locale));
      this.root.render(this.renderReact());
    });
  }

  /** Dispatches `input` and `change` with the value in `detail`, as native controls would. */
  protected emit(value: unknown): void {
    this.dispatchEvent(new CustomEvent('input', { detail: value, bubbles: true, composed: true }));
    this.dispatchEvent(new CustomEvent('change', { detail: value, bubbles: true }));
  }

  protected abstract renderReact(): ReactNode;
}

const sheets = new Map<string, CSSStyleSheet>();
function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(inheritableTheme(css));
    sheets.set(css, sheet);
  }
  return sheet;
}

function parseAttribute(
  el: Element,
  name: string,
  kind: AttributeKind,
  value: string | null,
): unknown {
  if (kind === 'boolean') return value !== null && value !== 'false';
  if (kind === 'messages') return readMessages(el, value);
  if (value === null) return undefined;
  if (kind === 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    // A host's typo must not break the page: report it where integrators look, keep working.
    console.error(
      `<${el.localName}>: the "${name}" attribute is not valid JSON and was ignored (${
        (error as Error).message
      }). The element keeps working without it.`,
    );
    return undefined;
  }
}
