import { exportDocument, parseAssessment, type Assessment } from '@barnets-basta/core';
import { wheelFormFields } from '@barnets-basta/core/form';
import { asSeenBy, type Viewer } from '@barnets-basta/core/privacy';
import { Wheel } from '@barnets-basta/wheel';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { DraftControl } from '../element-draft/draft-envelope.ts';
import { elementCatalogue } from '../react-view-element/element-locale.ts';
import { readViewer } from '../react-view-element/element-options.ts';
import { ReactFormElement, type AttributeSpec } from '../react-form-element/react-form-element.ts';
import hostCss from '../react-form-element/host.css?inline';

type WheelProps = ComponentProps<typeof Wheel>;

/** Loaded only for a wheel that keeps a draft (`draft-key`). */
const DraftedWheel = lazy(() =>
  import('./draft-body.tsx').then((m) => ({ default: m.DraftedWheel })),
);

/**
 * @tagname bb-wheel
 * @summary `<bb-wheel>`: the Barnets bästa-hjulet wheel as a form control for hosts that are not React.
 *
 * Submits, under its `name`, the assessment as core JSON in one field (`name`) and the same plain
 * fields as the React `<Wheel>` for simple back ends (core's `wheelFormFields`: `name.areaId` =
 * "1"…"10", "dont-know" or "declined", and the notes, visibilities, "talked about" and hopes).
 *
 * What the form sends is, by default, only what the meeting may see (`form-receiver="meeting"`):
 * an answer or note the child marked "Bara jag" (`respondent`) or for their contact person is in
 * neither the JSON nor the plain fields (core's `asSeenBy` and `wheelFormFields`), because a form
 * post leaves the child's hands: it is stored, forwarded and read by people the child did not
 * choose. A host that is the child's own store asks for everything with `form-receiver="respondent"`.
 * With protected identity (the `protected-identity` attribute, or `child.protectedIdentity` in the
 * value) no name is shown or sent, whatever `child-name` says.
 *
 * With `draft-key`, the answers are kept as a draft in this browser's localStorage (the SIP
 * package's `useDraft` and `localStorageAdapter`, key `bb-draft:<draft-key>`): restored after a
 * reload, a full storage said in words with nothing lost on the page, an unreadable draft set
 * aside and said in words, never a crash. The draft is the respondent's own copy and holds every
 * answer; use it only where the device is the respondent's (not on a shared computer). Form reset
 * deletes it.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/bb-elements/index.js"></script>
 * <form method="post" action="/franvaro">
 *   <bb-wheel name="hjul" locale="sv" audience="child-8-12" scale="agree-5" required></bb-wheel>
 *   <button>Skicka</button>
 * </form>
 * ```
 * Listening, from the host's own script file (no inline script under a strict CSP):
 * ```js
 * document.querySelector('bb-wheel').addEventListener('change', (e) => save(e.detail));
 * ```
 * @fires input - on every change; `detail` is the assessment
 * @fires change - on every change; `detail` is the assessment
 * @attr name - form field name (default `hjul`)
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr audience - `child-4-7`, `child-8-12`, `child-13-18`, `guardian` or `professional`
 * @attr scale - `none`, `faces-3`, `agree-5` (default) or `steps-10`
 * @attr perspective - `child`, `guardian`, `school`, `student-health`, `social-services`, `health-care` or `other`
 * @attr perspective-label - tells two of a kind apart, e.g. "Vårdnadshavare 2"
 * @attr child-name - the name in the centre of the wheel (never shown with protected identity)
 * @attr protected-identity - boolean: the child has protected identity (skyddad identitet): no name is shown or sent, whatever `child-name` or the value says
 * @attr form-receiver - who receives the form post: `meeting` (default: only what everyone in the meeting may see), `contact-person`, `guardian` or `respondent` (everything, the child's private answers included: only for the child's own store)
 * @attr draft-key - keeps a draft in localStorage under `bb-draft:<draft-key>` (off when absent)
 * @attr messages - JSON: texts to reword, by key (the wheel's catalogue, the draft texts and the element's own `wheelRequired`; also the `messages` property). Invalid JSON: a console warning, the default texts stay
 * @attr show-arenas - boolean: draws the outer ring (hemma, i skolan, på fritiden)
 * @attr show-hopes - boolean: shows the closing question "Vad hoppas du på framåt?"
 * @attr allow-visibility-choice - boolean: the child chooses who may see each answer
 * @attr no-animation - boolean: no animation at all (reduced motion is honoured anyway)
 * @attr readonly - shows the answers without letting them change
 * @attr disabled - disables the element (as does a disabled fieldset)
 * @attr required - at least one area must be answered ("Vet inte" counts)
 * @attr content - JSON: a content pack or a partial override (also the `content` property)
 * @attr value - JSON: an assessment (also the `value` property)
 * @attr series - JSON: other assessments to overlay (also the `series` property)
 * @cssprop --bb-font-family - text font (system fonts by default; no web fonts)
 * @cssprop --bb-font-size - base text size (the reader's default size inside the element)
 * @cssprop --bb-line-height - base line height
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-muted-text - secondary text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-text-muted - alias of --bb-muted-text
 * @cssprop --bb-surface - background of the element and its controls
 * @cssprop --bb-surface-subtle - background of quiet areas
 * @cssprop --bb-border - boundaries of controls (at least 3:1 on --bb-surface)
 * @cssprop --bb-border-subtle - decorative separators only
 * @cssprop --bb-input-border - borders of text fields
 * @cssprop --bb-accent - buttons and links (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-accent-contrast - text on --bb-accent
 * @cssprop --bb-error - errors only, never a rating
 * @cssprop --bb-notice - notices
 * @cssprop --bb-focus - focus outline colour (at least 3:1 on --bb-surface)
 * @cssprop --bb-focus-halo - light band around the focus ring on the drawing
 * @cssprop --bb-focus-width - focus outline width (at least 2px)
 * @cssprop --bb-focus-offset - focus outline offset
 * @cssprop --bb-radius - corner radius of controls
 * @cssprop --bb-radius-large - corner radius of cards and popovers
 * @cssprop --bb-radius-pill - corner radius of answer choices
 * @cssprop --bb-form-gap - space between form parts
 * @cssprop --bb-shadow - popover shadow
 * @cssprop --bb-wheel-tint-opacity - opacity of a segment's unfilled part, in the area's colour
 * @cssprop --bb-wheel-cell-line - lines between ring cells
 * @cssprop --bb-wheel-band-text - area names on the coloured band
 * @cssprop --bb-wheel-pattern - dots ("Vet inte") and stripes ("Vill inte svara")
 * @cssprop --bb-wheel-centre - centre of the wheel
 * @cssprop --bb-wheel-focus - focus ring drawn on a ring cell
 * @cssprop --bb-series-1 - first overlaid series (also told apart by dash pattern and marker)
 * @cssprop --bb-series-2 - second overlaid series
 * @cssprop --bb-series-3 - third overlaid series
 * @cssprop --bb-series-4 - fourth overlaid series
 * @cssprop --bb-series-5 - fifth overlaid series
 * @cssprop --bb-series-6 - sixth overlaid series
 * @cssprop --bb-series-marker-outline - outline of series markers
 */
export class BbWheel extends ReactFormElement<Assessment> {
  static override attributeSpecs: Record<string, AttributeSpec> = {
    name: { prop: 'name', kind: 'string' },
    locale: { prop: 'locale', kind: 'string' },
    audience: { prop: 'audience', kind: 'string' },
    scale: { prop: 'scale', kind: 'string' },
    perspective: { prop: 'perspective', kind: 'string' },
    'perspective-label': { prop: 'perspectiveLabel', kind: 'string' },
    'child-name': { prop: 'childName', kind: 'string' },
    'show-arenas': { prop: 'showArenas', kind: 'boolean' },
    'show-hopes': { prop: 'showHopes', kind: 'boolean' },
    'allow-visibility-choice': { prop: 'allowVisibilityChoice', kind: 'boolean' },
    'no-animation': { prop: 'noAnimation', kind: 'boolean' },
    readonly: { prop: 'readOnly', kind: 'boolean' },
    disabled: { prop: 'disabled', kind: 'boolean' },
    required: { prop: 'required', kind: 'boolean' },
    content: { prop: 'content', kind: 'json' },
    value: { prop: 'valueAttribute', kind: 'json' },
    series: { prop: 'series', kind: 'json' },
    'protected-identity': { prop: 'protectedIdentity', kind: 'boolean' },
    'form-receiver': { prop: 'formReceiver', kind: 'string' },
    'draft-key': { prop: 'draftKey', kind: 'string' },
    messages: { prop: 'messages', kind: 'messages' },
  };

  /** The mounted draft, for form reset (filled in by the drafted body). */
  private readonly draftControl: DraftControl = {};

  constructor() {
    super(wheelCss + hostCss);
  }

  /**
   * Form reset means "start over": the saved draft is deleted, or the remounted wheel would
   * restore the very answers the user asked to discard. A new `value` from the host first saves
   * unsaved answers, so they are not lost if the same value comes back.
   */
  protected override willRemount(reason: 'value' | 'reset'): void {
    if (!this.props.draftKey) return;
    if (reason === 'value') {
      this.draftControl.flush?.();
    } else if (this.draftControl.clear) {
      this.draftControl.clear();
    } else {
      this.draftControl.discard = true;
    }
  }

  /**
   * Who receives the form post (core's `Viewer`): `meeting` by default. Only what this receiver may
   * see is sent. `respondent` sends the child's private answers too: set it only when the host is
   * the child's own store. A value that is not a viewer is read as `meeting`, never wider.
   */
  get formReceiver(): Viewer {
    return readViewer(this, this.props.formReceiver, 'meeting');
  }
  set formReceiver(value: Viewer) {
    this.setAttribute('form-receiver', value);
  }

  /** True when the child has protected identity (the attribute, or the value says so). */
  get protectedIdentity(): boolean {
    return Boolean(this.props.protectedIdentity) || this.current?.child?.protectedIdentity === true;
  }
  set protectedIdentity(value: boolean) {
    this.toggleAttribute('protected-identity', Boolean(value));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncForm();
  }

  /** A content pack or partial override (see @barnets-basta/core). */
  get content(): unknown {
    return this.props.content;
  }
  set content(next: unknown) {
    this.setProp('content', next);
  }

  /** Assessments to overlay: `{ id, label, assessment }[]`. */
  get series(): unknown {
    return this.props.series;
  }
  set series(next: unknown) {
    this.setProp('series', next);
  }

  get name(): string {
    return (this.props.name as string | undefined) ?? 'hjul';
  }
  /** Reflects to the `name` attribute, as on native controls (React 19 sets it as a property). */
  set name(value: string) {
    this.setAttribute('name', value);
  }

  protected parseValue(data: unknown) {
    return parseAssessment(data);
  }

  /** Mirrors the value into the form (ElementInternals) and sets validity. */
  protected syncForm(): void {
    const a = this.current;
    const receiver = this.formReceiver;
    const data = new FormData();
    // What leaves for the host is the document as the receiver may have it (core's one rule);
    // the element keeps the whole answer in memory for the child's own screen and draft.
    const sent = a ? asSeenBy(this.withIdentity(a), receiver) : undefined;
    if (a && sent) {
      data.append(this.name, exportDocument(sent));
      // The one form contract, shared with the React wheel's native and hidden inputs.
      const options = {
        allowVisibilityChoice: Boolean(this.props.allowVisibilityChoice),
        hopes: Boolean(this.props.showHopes),
        receiver,
      };
      for (const [key, value] of wheelFormFields(this.name, a, undefined, options)) {
        data.append(key, value);
      }
    }
    // The state a browser restores (back/forward cache) is the full answer: it stays on this
    // device, in this form, as the text fields of a native form would.
    this.internals.setFormValue(a ? data : null, a ? exportDocument(a) : null);
    const answered = a ? Object.values(a.areas).some((area) => area.answer !== undefined) : false;
    if (this.props.required && !answered) {
      const anchor =
        this.shadowRoot?.querySelector<HTMLElement>('input:not([type="hidden"])') ?? undefined;
      this.internals.setValidity(
        { valueMissing: true },
        elementCatalogue(this.uiLocale, this.messages).wheelRequired,
        anchor,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  /** With the `protected-identity` attribute the sent document says so too (core then drops names). */
  private withIdentity(a: Assessment): Assessment {
    if (!this.props.protectedIdentity || a.child?.protectedIdentity === true) return a;
    return { ...a, child: { ...a.child, protectedIdentity: true } };
  }

  protected renderReact(): ReactNode {
    const p = this.props;
    const perspective = p.perspective
      ? ({
          kind: p.perspective,
          ...(p.perspectiveLabel ? { label: p.perspectiveLabel } : {}),
        } as WheelProps['perspective'])
      : undefined;
    // Protected identity beats every name: neither the attribute nor the value's name is shown
    // (core's asSeenBy takes the name out of the value the wheel starts from).
    const protectedChild = this.protectedIdentity || this.start?.child?.protectedIdentity === true;
    const childName = protectedChild ? undefined : (p.childName as string | undefined);
    const start =
      this.start && protectedChild
        ? asSeenBy(this.withIdentity(this.start), 'respondent')
        : this.start;
    const wheel = {
      name: this.name,
      locale: this.uiLocale,
      audience: p.audience as WheelProps['audience'],
      scale: p.scale as WheelProps['scale'],
      content: p.content as WheelProps['content'],
      series: p.series as WheelProps['series'],
      perspective,
      childName,
      showArenas: Boolean(p.showArenas),
      showHopes: Boolean(p.showHopes),
      allowVisibilityChoice: Boolean(p.allowVisibilityChoice),
      animate: !p.noAnimation,
      readOnly: Boolean(p.readOnly),
      disabled: Boolean(p.disabled) || this.formDisabled,
      messages: this.messages as WheelProps['messages'],
    } satisfies Omit<WheelProps, 'value' | 'defaultValue' | 'onChange'>;
    if (typeof p.draftKey === 'string' && p.draftKey.trim()) {
      return (
        <Suspense fallback={null}>
          <DraftedWheel
            key={this.generation}
            wheel={wheel}
            initial={start}
            draftKey={p.draftKey.trim()}
            control={this.draftControl}
            locale={this.uiLocale}
            messages={this.messages}
            onLoad={this.handleLoad}
            onChange={this.handleChange}
          />
        </Suspense>
      );
    }
    return (
      <Wheel key={this.generation} defaultValue={start} onChange={this.handleChange} {...wheel} />
    );
  }
}
