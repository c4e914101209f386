import { exportDocument, parseAssessment, type Assessment } from '@barnets-basta/core';
import { wheelFormFields } from '@barnets-basta/core/form';
import { Wheel } from '@barnets-basta/wheel';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import type { ComponentProps, ReactNode } from 'react';
import { elementMessages } from '../i18n/messages.ts';
import { ReactFormElement, type AttributeSpec } from '../react-form-element/react-form-element.ts';
import hostCss from '../react-form-element/host.css?inline';

type WheelProps = ComponentProps<typeof Wheel>;

/**
 * @tagname bb-wheel
 * @summary `<bb-wheel>`: the Barnets bästa-hjulet wheel as a form control for hosts that are not React.
 *
 * Submits, under its `name`, the assessment as core JSON in one field (`name`) and the same plain
 * fields as the React `<Wheel>` for simple back ends (core's `wheelFormFields`: `name.areaId` =
 * "1"…"10", "dont-know" or "declined", and the notes, visibilities, "talked about" and hopes).
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
 * @attr locale - `sv` (default) or `en`
 * @attr audience - `child-4-7`, `child-8-12`, `child-13-18`, `guardian` or `professional`
 * @attr scale - `none`, `faces-3`, `agree-5` (default) or `steps-10`
 * @attr perspective - `child`, `guardian`, `school`, `student-health`, `social-services`, `health-care` or `other`
 * @attr perspective-label - tells two of a kind apart, e.g. "Vårdnadshavare 2"
 * @attr child-name - the name in the centre of the wheel (leave it out for a child with protected identity)
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
  };

  constructor() {
    super(wheelCss + hostCss);
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
    const data = new FormData();
    if (a) {
      data.append(this.name, exportDocument(a));
      // The one form contract, shared with the React wheel's native and hidden inputs.
      const options = {
        allowVisibilityChoice: Boolean(this.props.allowVisibilityChoice),
        hopes: Boolean(this.props.showHopes),
      };
      for (const [key, value] of wheelFormFields(this.name, a, undefined, options)) {
        data.append(key, value);
      }
    }
    this.internals.setFormValue(a ? data : null, a ? exportDocument(a) : null);
    const answered = a ? Object.values(a.areas).some((area) => area.answer !== undefined) : false;
    if (this.props.required && !answered) {
      const anchor =
        this.shadowRoot?.querySelector<HTMLElement>('input:not([type="hidden"])') ?? undefined;
      this.internals.setValidity(
        { valueMissing: true },
        elementMessages[this.uiLocale].wheelRequired,
        anchor,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  protected renderReact(): ReactNode {
    const p = this.props;
    const perspective = p.perspective
      ? ({
          kind: p.perspective,
          ...(p.perspectiveLabel ? { label: p.perspectiveLabel } : {}),
        } as WheelProps['perspective'])
      : undefined;
    return (
      <Wheel
        key={this.generation}
        defaultValue={this.start}
        onChange={this.handleChange}
        name={this.name}
        locale={this.uiLocale}
        audience={p.audience as WheelProps['audience']}
        scale={p.scale as WheelProps['scale']}
        content={p.content as WheelProps['content']}
        series={p.series as WheelProps['series']}
        perspective={perspective}
        childName={p.childName as string | undefined}
        showArenas={Boolean(p.showArenas)}
        showHopes={Boolean(p.showHopes)}
        allowVisibilityChoice={Boolean(p.allowVisibilityChoice)}
        animate={!p.noAnimation}
        readOnly={Boolean(p.readOnly)}
        disabled={Boolean(p.disabled) || this.formDisabled}
      />
    );
  }
}
