import { headingLevel, planView } from '../react-view-element/view-frame.tsx';
import sipCss from '@barnets-basta/sip/styles.css?inline';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { lazy, type ReactNode } from 'react';
import hostCss from '../react-form-element/host.css?inline';
import {
  ReactViewElement,
  type ViewAttributeSpec,
} from '../react-view-element/react-view-element.ts';
import viewCss from '../react-view-element/view.css?inline';

/** Loaded on first use (a separate chunk in the ES build, inlined in the classic script). */
const FamilyPlanBody = lazy(() =>
  import('./family-plan-body.tsx').then((m) => ({ default: m.FamilyPlanBody })),
);

/**
 * @tagname bb-family-plan
 * @summary `<bb-family-plan>`: the SIP plan as the family reads it, for hosts that are not React:
 * plain words, the child's goals first, "Vem gör vad och när" as a list, the next meeting and who
 * to contact. Shows; submits nothing. Prints cleanly on its own.
 *
 * Shown for a guardian by default (`viewer="guardian"`): the plan goes through core's `asSeenBy`
 * before anything renders, so what the child kept from their guardians (topics not to raise,
 * "Bara jag" answers in the plan's wheels) is not in the element at all, and with protected
 * identity the child is "barnet", never named. A plan that cannot be read (core's `parseSipPlan`)
 * is not shown: its problems are listed by path, in the element's language.
 *
 * @example
 * ```html
 * <bb-family-plan locale="sv" heading-level="2"></bb-family-plan>
 * ```
 * ```js
 * document.querySelector('bb-family-plan').value = savedPlan; // the plan object, or its JSON
 * ```
 * @attr value - JSON: the SIP plan (also the `value` property)
 * @attr viewer - `guardian` (default), `meeting`, `contact-person` or `respondent`: whose eyes the plan is shown for
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr messages - JSON: texts to reword, by key (the plan catalogue `planMessages` and the element's own; also the `messages` property). Invalid JSON: a console warning, the default texts stay
 * @attr content - JSON: the content pack the plan uses (also the `content` property)
 * @attr heading-level - level of the plan's title, 1 to 3 (default 2); sub-headings follow it
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-surface - background
 * @cssprop --bb-border - separators (at least 3:1 on --bb-surface)
 * @cssprop --bb-font-family - text font (system fonts by default; no web fonts)
 */
export class BbFamilyPlan extends ReactViewElement {
  static override attributeSpecs: Record<string, ViewAttributeSpec> = {
    ...ReactViewElement.commonSpecs,
    value: { prop: 'value', kind: 'json' },
    'heading-level': { prop: 'headingLevel', kind: 'string' },
  };
  protected readonly defaultViewer = 'guardian' as const;

  constructor() {
    super(wheelCss + sipCss + hostCss + viewCss);
  }

  /** The SIP plan (a core document), or its JSON. */
  get value(): unknown {
    return this.props.value;
  }
  set value(next: unknown) {
    this.setProp('value', this.readJson('value', next));
  }

  protected renderReact(): ReactNode {
    return planView({ ...this.viewInput, value: this.props.value }, (plan, pack) => (
      <FamilyPlanBody
        plan={plan}
        pack={pack}
        locale={this.locale}
        messages={this.messages}
        headingLevel={headingLevel(this.props.headingLevel, 1, 3, 2)}
      />
    ));
  }
}
