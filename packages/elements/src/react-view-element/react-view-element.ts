import type { UiLocale } from '@barnets-basta/core';
import type { Viewer } from '@barnets-basta/core/privacy';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { inheritableTheme } from '../react-form-element/inheritable-theme.ts';
import { applyLocale, elementCatalogue, readLocale, type ElementLocale } from './element-locale.ts';
import { readMessages, readViewer } from './element-options.ts';
import type { ViewElementMessages } from './view-messages.ts';
import type { ViewInput } from './view-frame.tsx';

/** How an attribute is read: text, present/absent, JSON, or a `messages` catalogue override. */
export type ViewAttributeKind = 'string' | 'boolean' | 'json' | 'messages';

/** One observed attribute: the property it sets and how it is read. */
export interface ViewAttributeSpec {
  prop: string;
  kind: ViewAttributeKind;
}

/**
 * Base for our display elements (they show data and submit nothing): a shadow root with the
 * packages' CSS, React rendered inside, JSON attributes or properties for data, `locale`,
 * `messages` (any text reworded) and `viewer` (whose eyes the data is cut down for with core's
 * `asSeenBy` before anything renders).
 *
 * Subclasses declare `static attributeSpecs`, the viewer they default to, and `renderReact()`.
 *
 * @example
 * ```ts
 * class BbExample extends ReactViewElement {
 *   static override attributeSpecs = { ...ReactViewElement.commonSpecs };
 *   protected renderReact() { return null; }
 * }
 * ```
 */
export abstract class ReactViewElement extends HTMLElement {
  /** Attributes every display element has. */
  static commonSpecs: Record<string, ViewAttributeSpec> = {
    locale: { prop: 'locale', kind: 'string' },
    viewer: { prop: 'viewer', kind: 'string' },
    messages: { prop: 'messages', kind: 'messages' },
    content: { prop: 'content', kind: 'json' },
  };
  /** Attribute name → spec. */
  static attributeSpecs: Record<string, ViewAttributeSpec> = {};

  static get observedAttributes(): string[] {
    return Object.keys(this.attributeSpecs);
  }

  protected props: Record<string, unknown> = {};
  /** The viewer when the host names none. */
  protected abstract readonly defaultViewer: Viewer;
  private readonly mount: HTMLDivElement;
  private root: Root | undefined;
  private renderQueued = false;

  constructor(css: string) {
    super();
    const shadow = this.attachShadow({ mode: 'open', delegatesFocus: true });
    shadow.adoptedStyleSheets = [sheetFor(css)];
    this.mount = document.createElement('div');
    this.mount.className = 'bb-element-root';
    shadow.append(this.mount);
  }

  connectedCallback(): void {
    // Properties set before the element was defined (or upgraded) go through the setters.
    for (const { prop } of Object.values(
      (this.constructor as typeof ReactViewElement).attributeSpecs,
    )) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = (this as unknown as Record<string, unknown>)[prop];
        delete (this as unknown as Record<string, unknown>)[prop];
        (this as unknown as Record<string, unknown>)[prop] = value;
      }
    }
    this.root ??= createRoot(this.mount);
    this.requestRender();
  }

  disconnectedCallback(): void {
    queueMicrotask(() => {
      if (!this.isConnected && this.root) {
        this.root.unmount();
        this.root = undefined;
      }
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const spec = (this.constructor as typeof ReactViewElement).attributeSpecs[name];
    if (!spec) return;
    this.props[spec.prop] = this.readAttribute(name, spec.kind, value);
    this.requestRender();
  }

  /**
   * The element's language: `sv` (default), `en`, or a language a host registered as data with
   * core's `registerUiCatalogue` (e.g. `ar`, right to left); the views inside get it and the
   * element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console
   * warning.
   */
  get locale(): UiLocale {
    return this.language.locale;
  }
  set locale(value: string) {
    this.setAttribute('locale', value);
  }

  /**
   * Whose eyes the data is shown for (core's `Viewer`): `respondent`, `contact-person`, `meeting`
   * or `guardian`. What that viewer may not see never reaches the element's DOM. A value that is
   * not a viewer is read as the element's default, never as a wider one.
   */
  get viewer(): Viewer {
    return readViewer(this, this.props.viewer, this.defaultViewer);
  }
  set viewer(value: Viewer) {
    this.setAttribute('viewer', value);
  }

  /**
   * Partial override of every text the element shows, by key: the element's own
   * (`viewElementMessages`) and those of the React views inside it. An object, or its JSON.
   * Invalid JSON is reported in the console and the default texts are kept.
   */
  get messages(): Record<string, string> | undefined {
    return this.props.messages as Record<string, string> | undefined;
  }
  set messages(next: Record<string, string> | string | undefined | null) {
    this.setProp('messages', readMessages(this, next));
  }

  /** A content pack for the areas (default: Barnets bästa-hjulet). An object or its JSON. */
  get content(): unknown {
    return this.props.content;
  }
  set content(next: unknown) {
    this.setProp('content', this.readJson('content', next));
  }

  /** The locale as core's registry reads it, with the root's `lang` and `dir`. */
  protected get language(): ElementLocale {
    return readLocale(this, this.props.locale);
  }

  /** The element's own texts in its language, with the host's overrides. */
  protected get ownMessages(): ViewElementMessages {
    return elementCatalogue(this.locale, this.messages);
  }

  /** What the frames of `view-frame.tsx` need: content, locale, viewer and texts. */
  protected get viewInput(): ViewInput {
    return {
      content: this.props.content,
      locale: this.locale,
      viewer: this.viewer,
      messages: this.ownMessages,
    };
  }

  /** Sets a property and re-renders. */
  protected setProp(prop: string, value: unknown): void {
    this.props[prop] = value;
    this.requestRender();
  }

  /** A JSON property: objects as given, text parsed (reported and ignored when it is not JSON). */
  protected readJson(name: string, next: unknown): unknown {
    if (typeof next !== 'string') return next ?? undefined;
    return this.readAttribute(name, 'json', next);
  }

  private readAttribute(name: string, kind: ViewAttributeKind, value: string | null): unknown {
    if (kind === 'boolean') return value !== null && value !== 'false';
    if (kind === 'messages') return readMessages(this, value);
    if (value === null) return undefined;
    if (kind === 'string') return value;
    if (value === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      console.error(
        `<${this.localName}>: the "${name}" attribute is not valid JSON and was ignored (${
          (error as Error).message
        }).`,
      );
      return undefined;
    }
  }

  /** Batches renders: several attribute changes in one task give one React render. */
  protected requestRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      if (!this.root) return;
      applyLocale(this.mount, this.language);
      this.root.render(this.renderReact());
    });
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
