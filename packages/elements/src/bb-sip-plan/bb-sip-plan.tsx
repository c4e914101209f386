import {
  defaultPack,
  exportDocument,
  type ConsentPolicy,
  type ContentPack,
  type SipPlan,
} from '@barnets-basta/core';
import { shippedLocale } from '@barnets-basta/core/language';
import { checkLegalElements, createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import sipCss from '@barnets-basta/sip/styles.css?inline';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { lazy, Suspense, type ReactNode } from 'react';
import { elementCatalogue } from '../react-view-element/element-locale.ts';
import hostCss from '../react-form-element/host.css?inline';
import { ReactFormElement, type AttributeSpec } from '../react-form-element/react-form-element.ts';
import type { DraftControl, FormProps } from './plan-body.tsx';

/** Loaded on first use (a separate chunk in the ES build, inlined in the classic script). */
const PlainPlan = lazy(() => import('./plan-body.tsx').then((m) => ({ default: m.PlainPlan })));
const DraftedPlan = lazy(() => import('./plan-body.tsx').then((m) => ({ default: m.DraftedPlan })));

/**
 * @tagname bb-sip-plan
 * @summary `<bb-sip-plan>`: the SIP plan form (samordnad individuell plan) as a form control for hosts that
 * are not React. Submits the plan as core JSON under its `name`. Drafts are saved in this
 * browser's localStorage under `draft-key` (default `bb-sip-plan:<name>`) unless `no-draft` is set,
 * for hosts that store the plan themselves.
 *
 * A draft is restored only when the element starts from what the draft was made from: no `value`,
 * or the very same `value`. A different `value` (another plan, or a newer version) wins over the
 * draft. Form reset deletes the draft and returns to the `value` (or an empty plan). `input` and
 * `change` fire only for the user's own changes, never for the value the element starts with.
 *
 * @example
 * ```html
 * <form method="post" action="/sip">
 *   <bb-sip-plan name="plan" mode="meeting" no-draft required></bb-sip-plan>
 *   <button>Spara planen</button>
 * </form>
 * ```
 * @fires input - on every change; `detail` is the plan
 * @fires change - on every change; `detail` is the plan
 * @attr name - form field name (default `plan`)
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr mode - `full` (default) or `meeting` (one phase at a time)
 * @attr label - the plan's name, e.g. "Alvas plan": names its sections for screen readers, so
 *   several plans on one page stay apart
 * @attr consent-policy - `guardians-must-consent` (default) or `child-may-consent-alone`: whose
 *   consent the legal check (and `required`) accepts
 * @attr draft-key - localStorage key for the draft
 * @attr no-draft - turns draft storage off
 * @attr required - the plan must contain the four legal elements to be valid
 * @attr disabled - disables the element (as does a disabled fieldset)
 * @attr value - JSON: a SIP plan (also the `value` property)
 * @attr content - JSON: a content pack (also the `content` property)
 * @attr messages - JSON: texts to reword, by key (the plan catalogue `planMessages`, the form
 *   catalogue `formMessages` with the draft texts, and the element's own `planInvalid`; also the
 *   `messages` property). Invalid JSON: a console warning, the default texts stay
 * @cssprop --bb-font-family - text font (system fonts by default; no web fonts)
 * @cssprop --bb-font-size - base text size (the reader's default size inside the element)
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-muted-text - secondary text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-surface - background of the element and its controls
 * @cssprop --bb-surface-subtle - background of quiet areas
 * @cssprop --bb-border - boundaries of controls (at least 3:1 on --bb-surface)
 * @cssprop --bb-input-border - borders of text fields
 * @cssprop --bb-accent - buttons and links (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-error - errors only
 * @cssprop --bb-notice - notices, such as the draft status
 * @cssprop --bb-focus - focus outline colour (at least 3:1 on --bb-surface)
 * @cssprop --bb-radius - corner radius of controls
 * @cssprop --bb-form-gap - space between form parts
 */
export class BbSipPlan extends ReactFormElement<SipPlan> {
  static override attributeSpecs: Record<string, AttributeSpec> = {
    name: { prop: 'name', kind: 'string' },
    locale: { prop: 'locale', kind: 'string' },
    mode: { prop: 'mode', kind: 'string' },
    label: { prop: 'label', kind: 'string' },
    'consent-policy': { prop: 'consentPolicy', kind: 'string' },
    'draft-key': { prop: 'draftKey', kind: 'string' },
    'no-draft': { prop: 'noDraft', kind: 'boolean' },
    required: { prop: 'required', kind: 'boolean' },
    disabled: { prop: 'disabled', kind: 'boolean' },
    value: { prop: 'valueAttribute', kind: 'json' },
    content: { prop: 'content', kind: 'json' },
    messages: { prop: 'messages', kind: 'messages' },
  };

  /** The empty plan this element starts from when the host gives none; made once, kept for reset. */
  private fresh: SipPlan | undefined;
  /** The mounted draft, for form reset (filled in by the drafted body). */
  private readonly draftControl: DraftControl = {};

  constructor() {
    super(wheelCss + sipCss + hostCss);
  }

  /**
   * Form reset means "start over": the saved draft is deleted, or the remounted form would restore
   * the very edits the user asked to discard. A new `value` from the host first saves unsaved edits,
   * so they are not lost if the same value comes back.
   */
  protected override willRemount(reason: 'value' | 'reset'): void {
    if (reason === 'value') {
      this.draftControl.flush?.();
    } else if (!this.props.noDraft) {
      if (this.draftControl.clear) this.draftControl.clear();
      else this.draftControl.discard = true;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncForm();
  }

  /** A content pack for the areas (default: Barnets bästa-hjulet). */
  get content(): unknown {
    return this.props.content;
  }
  set content(next: unknown) {
    this.setProp('content', next);
  }

  get name(): string {
    return (this.props.name as string | undefined) ?? 'plan';
  }
  /** Reflects to the `name` attribute, as on native controls (React 19 sets it as a property). */
  set name(value: string) {
    this.setAttribute('name', value);
  }

  private get contentPack(): ContentPack {
    const content = this.props.content as ContentPack | undefined;
    return content && Array.isArray(content.areas) ? content : defaultPack;
  }

  /** The region's consent policy; anything else than the relaxed one is the strict default. */
  private get consentPolicy(): ConsentPolicy {
    return this.props.consentPolicy === 'child-may-consent-alone'
      ? 'child-may-consent-alone'
      : 'guardians-must-consent';
  }

  protected parseValue(data: unknown) {
    return parseSipPlan(data);
  }

  protected syncForm(): void {
    const plan = this.current;
    this.internals.setFormValue(plan ? exportDocument(plan) : null);
    const missing = plan
      ? checkLegalElements(plan, { consentPolicy: this.consentPolicy })
      : [{ message: { sv: '', en: '' } }];
    if (this.props.required && missing.length > 0) {
      const first =
        missing[0]!.message[shippedLocale(this.uiLocale)] ||
        elementCatalogue(this.uiLocale, this.messages).planInvalid;
      const anchor =
        this.shadowRoot?.querySelector<HTMLElement>('input, textarea, select, button') ?? undefined;
      this.internals.setValidity({ customError: true }, first, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  protected renderReact(): ReactNode {
    // The body reports the plan it starts from through handleLoad (the form carries a value from
    // the first render) and fires events only for the user's own changes.
    const initial = this.start ?? (this.fresh ??= createSipPlan({ pack: this.contentPack }));
    const form: FormProps = {
      pack: this.contentPack,
      locale: this.uiLocale,
      mode: this.props.mode === 'meeting' ? 'meeting' : 'full',
      idPrefix: `${this.name}`,
      consentPolicy: this.consentPolicy,
      // One object rewords both catalogues: their keys do not overlap.
      ...(this.messages
        ? {
            messages: this.messages as FormProps['messages'],
            formMessages: this.messages as FormProps['formMessages'],
          }
        : {}),
      ...(typeof this.props.label === 'string' && this.props.label.trim()
        ? { label: this.props.label.trim() }
        : {}),
    };
    const disabled = Boolean(this.props.disabled) || this.formDisabled;
    const body = this.props.noDraft ? (
      <PlainPlan
        key={this.generation}
        {...form}
        initial={initial}
        onLoad={this.handleLoad}
        onChange={this.handleChange}
      />
    ) : (
      <DraftedPlan
        key={this.generation}
        {...form}
        initial={initial}
        fromHost={this.start !== undefined}
        draftKey={(this.props.draftKey as string | undefined) ?? `bb-sip-plan:${this.name}`}
        control={this.draftControl}
        onLoad={this.handleLoad}
        onChange={this.handleChange}
      />
    );
    return (
      <fieldset className="bb-element-fieldset" disabled={disabled}>
        <Suspense fallback={null}>{body}</Suspense>
      </fieldset>
    );
  }
}
