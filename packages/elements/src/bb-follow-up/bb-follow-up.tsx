import { defaultPack, type ContentPack } from '@barnets-basta/core';
import { packForLocale } from '@barnets-basta/core/language';
import followUpCss from '@barnets-basta/follow-up/styles.css?inline';
import { createElement, lazy, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import hostCss from '../react-form-element/host.css?inline';
import { inheritableTheme } from '../react-form-element/inheritable-theme.ts';
import { applyLocale, readLocale } from '../react-view-element/element-locale.ts';
import { readMessages } from '../react-view-element/element-options.ts';

const FollowUpBody = lazy(() =>
  import('./follow-up-body.tsx').then((m) => ({ default: m.FollowUpBody })),
);

let sheet: CSSStyleSheet | undefined;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(inheritableTheme(followUpCss + hostCss));
  }
  return sheet;
}

/** A JSON attribute: parsed, or `undefined` (reported) when it is not JSON. */
function json(el: Element, name: string, value: string | null): unknown {
  if (value === null || value === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    console.error(`<${el.localName}>: "${name}" is not valid JSON and was ignored.`);
    return undefined;
  }
}

/**
 * @tagname bb-follow-up
 * @summary `<bb-follow-up>`: the follow-up views for hosts that are not React. Takes the published
 * tables from core's `publish` (the `tables` property, or JSON in the `tables` attribute) and shows
 * the state per area, the change, units side by side and the fidelity indicators, with level,
 * unit, period and perspective to choose, each view with its table, CSV download and print. Not
 * a form control: it submits nothing. A table that cannot be read shows its problems in Swedish
 * and English, never a wrong figure.
 *
 * @example
 * ```html
 * <bb-follow-up locale="sv" unit-names='{"sjobacka":"Sjöbacka län"}'></bb-follow-up>
 * <script type="module">
 *   document.querySelector('bb-follow-up').tables = publishedTables;
 * </script>
 * ```
 * @attr tables - JSON: the published tables (also the `tables` property)
 * @attr unit-names - JSON: display names of units by path key, e.g. `{"sjobacka/alby":"Alby kommun"}`
 * @attr content - JSON: the content pack the wheels used (also the `content` property)
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr csv - `standard` (default) or `swedish-excel`: the CSV format selected first
 * @attr heading-level - level of each view's heading, 2 (default) to 6
 * @attr messages - JSON: texts by key that reword the views (`FollowUpMessages` of
 *   `@barnets-basta/follow-up`), e.g. `{"distributionTitle":"Så svarade eleverna"}`; also the
 *   `messages` property. Invalid JSON or a blank text is reported and the default kept.
 * @cssprop --bb-font-family - text font (system fonts by default; no web fonts)
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-muted-text - secondary text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-surface - background of the element and its controls
 * @cssprop --bb-surface-subtle - background of quiet areas (table headers, bar tracks)
 * @cssprop --bb-border - boundaries of controls and tables (at least 3:1 on --bb-surface)
 * @cssprop --bb-accent - buttons (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-focus - focus outline colour (at least 3:1 on --bb-surface)
 * @cssprop --bb-radius - corner radius of controls
 */
export class BbFollowUp extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['tables', 'unit-names', 'content', 'locale', 'csv', 'heading-level', 'messages'];
  }

  private readonly mount: HTMLDivElement;
  private root: Root | undefined;
  private data: {
    tables?: unknown;
    unitNames?: unknown;
    content?: unknown;
    messages?: Record<string, string>;
  } = {};
  private queued = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open', delegatesFocus: true });
    shadow.adoptedStyleSheets = [styles()];
    this.mount = document.createElement('div');
    this.mount.className = 'bb-element-root';
    shadow.append(this.mount);
  }

  connectedCallback(): void {
    // Properties set before the element was defined.
    for (const prop of ['tables', 'unitNames', 'content', 'messages'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = (this as unknown as Record<string, unknown>)[prop];
        delete (this as unknown as Record<string, unknown>)[prop];
        this[prop] = value;
      }
    }
    this.root ??= createRoot(this.mount);
    this.render();
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
    if (name === 'tables') this.data.tables = json(this, name, value);
    else if (name === 'unit-names') this.data.unitNames = json(this, name, value);
    else if (name === 'content') this.data.content = json(this, name, value);
    else if (name === 'messages') this.data.messages = readMessages(this, value);
    this.render();
  }

  /** The published tables (core's `publish`), as an object or JSON text. */
  get tables(): unknown {
    return this.data.tables;
  }
  set tables(next: unknown) {
    this.data.tables = typeof next === 'string' ? json(this, 'tables', next) : next;
    this.render();
  }

  /** Display names of units by path key. */
  get unitNames(): unknown {
    return this.data.unitNames;
  }
  set unitNames(next: unknown) {
    this.data.unitNames = typeof next === 'string' ? json(this, 'unit-names', next) : next;
    this.render();
  }

  /** The content pack the wheels used (area names and order). */
  get content(): unknown {
    return this.data.content;
  }
  set content(next: unknown) {
    this.data.content = typeof next === 'string' ? json(this, 'content', next) : next;
    this.render();
  }

  /** Texts by key that reword the views (an object, or its JSON). */
  get messages(): Record<string, string> | undefined {
    return this.data.messages;
  }
  set messages(next: unknown) {
    this.data.messages = readMessages(this, next);
    this.render();
  }

  private render(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (!this.root) return;
      const content = this.data.content as ContentPack | undefined;
      const names = this.data.unitNames;
      const level = Number(this.getAttribute('heading-level'));
      const language = readLocale(this, this.getAttribute('locale'));
      applyLocale(this.mount, language);
      this.root.render(
        createElement(
          Suspense,
          { fallback: null },
          createElement(FollowUpBody, {
            tables: this.data.tables,
            // The report looks a registered language up itself (texts, numbers, lang and dir);
            // the pack gets that language's area names.
            pack: packForLocale(
              content && Array.isArray(content.areas) ? content : defaultPack,
              language.locale,
            ),
            unitNames:
              names && typeof names === 'object' ? (names as Record<string, string>) : undefined,
            locale: language.locale,
            csvFlavour: this.getAttribute('csv') === 'swedish-excel' ? 'swedish-excel' : 'standard',
            headingLevel: (level >= 2 && level <= 6 ? level : 2) as 2 | 3 | 4 | 5 | 6,
            messages: this.data.messages,
            // Inside a shadow root the page's print styles cannot single out one view: the page is
            // printed with the element's tables shown (its own print styles) and its buttons hidden.
            onPrint: () => window.print(),
          }),
        ),
      );
    });
  }
}
