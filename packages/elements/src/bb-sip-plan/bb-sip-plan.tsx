import { defaultPack, exportDocument, type ContentPack, type SipPlan } from '@barnets-basta/core';
import { checkLegalElements, createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import sipCss from '@barnets-basta/sip/styles.css?inline';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { lazy, Suspense, type ReactNode } from 'react';
import { elementMessages } from '../i18n/messages.ts';
import hostCss from '../react-form-element/host.css?inline';
import { ReactFormElement, type AttributeSpec } from '../react-form-element/react-form-element.ts';
import type { FormProps } from './plan-body.tsx';

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
 * @attr locale - `sv` (default) or `en`
 * @attr mode - `full` (default) or `meeting` (one phase at a time)
 * @attr draft-key - localStorage key for the draft
 * @attr no-draft - turns draft storage off
 * @attr required - the plan must contain the four legal elements to be valid
 * @attr disabled - disables the element (as does a disabled fieldset)
 * @attr value - JSON: a SIP plan (also the `value` property)
 * @attr content - JSON: a content pack (also the `content` property)
 * @cssprop --bb-* - the same theme properties as the React packages
 */
export class BbSipPlan extends ReactFormElement<SipPlan> {
  static override attributeSpecs: Record<string, AttributeSpec> = {
    name: { prop: 'name', kind: 'string' },
    locale: { prop: 'locale', kind: 'string' },
    mode: { prop: 'mode', kind: 'string' },
    'draft-key': { prop: 'draftKey', kind: 'string' },
    'no-draft': { prop: 'noDraft', kind: 'boolean' },
    required: { prop: 'required', kind: 'boolean' },
    disabled: { prop: 'disabled', kind: 'boolean' },
    value: { prop: 'valueAttribute', kind: 'json' },
    content: { prop: 'content', kind: 'json' },
  };

  constructor() {
    super(wheelCss + sipCss + hostCss);
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

  protected parseValue(data: unknown) {
    return parseSipPlan(data);
  }

  protected syncForm(): void {
    const plan = this.current;
    this.internals.setFormValue(plan ? exportDocument(plan) : null);
    const missing = plan ? checkLegalElements(plan) : [{ message: { sv: '', en: '' } }];
    if (this.props.required && missing.length > 0) {
      const first =
        missing[0]!.message[this.uiLocale] || elementMessages[this.uiLocale].planInvalid;
      const anchor =
        this.shadowRoot?.querySelector<HTMLElement>('input, textarea, select, button') ?? undefined;
      this.internals.setValidity({ customError: true }, first, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  protected renderReact(): ReactNode {
    const initial = this.current ?? createSipPlan({ pack: this.contentPack });
    if (!this.current) {
      // Report the starting plan so the form carries a value from the first render.
      queueMicrotask(() => {
        if (!this.current) this.handleChange(initial);
      });
    }
    const form: FormProps = {
      pack: this.contentPack,
      locale: this.uiLocale,
      mode: this.props.mode === 'meeting' ? 'meeting' : 'full',
      idPrefix: `${this.name}`,
    };
    const disabled = Boolean(this.props.disabled) || this.formDisabled;
    const body = this.props.noDraft ? (
      <PlainPlan key={this.generation} {...form} initial={initial} onChange={this.handleChange} />
    ) : (
      <DraftedPlan
        key={this.generation}
        {...form}
        initial={initial}
        draftKey={(this.props.draftKey as string | undefined) ?? `bb-sip-plan:${this.name}`}
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
