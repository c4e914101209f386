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
const PrintPlanBody = lazy(() =>
  import('./print-plan-body.tsx').then((m) => ({ default: m.PrintPlanBody })),
);

/**
 * @tagname bb-print-plan
 * @summary `<bb-print-plan>`: the whole SIP plan as an A4 document for print or "Save as PDF",
 * for hosts that are not React: every part in the order of the meeting circle, with tables for
 * participants, consent and "Vem gör vad och när". Shows; submits nothing.
 *
 * Shown for the meeting by default (`viewer="meeting"`): the plan goes through core's `asSeenBy`
 * first, so topics the child did not want raised and answers the child kept to themselves or to
 * their contact person are not printed, and with protected identity the child is never named. A
 * plan that cannot be read (core's `parseSipPlan`) is not shown: its problems are listed by path.
 *
 * Printing from a shadow root: the browser prints the whole page, with the element's own print
 * styles; the page-level rules of the React `PrintPlan` (`@page bb-plan`, its running header)
 * apply only in the light DOM, so hosts that need them put the plan on a page of its own.
 *
 * @example
 * ```html
 * <bb-print-plan locale="sv" print-button></bb-print-plan>
 * ```
 * ```js
 * document.querySelector('bb-print-plan').value = savedPlan; // the plan object, or its JSON
 * ```
 * @attr value - JSON: the SIP plan (also the `value` property)
 * @attr viewer - `meeting` (default), `guardian`, `contact-person` or `respondent`: whose eyes the plan is shown for
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr messages - JSON: texts to reword, by key (the plan catalogue `planMessages` and the element's own; also the `messages` property). Invalid JSON: a console warning, the default texts stay
 * @attr content - JSON: the content pack the plan uses (also the `content` property)
 * @attr heading-level - level of the document title, 1 to 3 (default 2)
 * @attr print-button - boolean: a "Skriv ut planen" button (screen only) that opens the print dialog
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-surface - background
 * @cssprop --bb-border - table lines (at least 3:1 on --bb-surface)
 * @cssprop --bb-accent - the print button
 * @cssprop --bb-focus - focus outline colour
 */
export class BbPrintPlan extends ReactViewElement {
  static override attributeSpecs: Record<string, ViewAttributeSpec> = {
    ...ReactViewElement.commonSpecs,
    value: { prop: 'value', kind: 'json' },
    'heading-level': { prop: 'headingLevel', kind: 'string' },
    'print-button': { prop: 'printButton', kind: 'boolean' },
  };
  protected readonly defaultViewer = 'meeting' as const;

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
      <PrintPlanBody
        plan={plan}
        pack={pack}
        locale={this.locale}
        messages={this.messages}
        headingLevel={headingLevel(this.props.headingLevel, 1, 3, 2)}
        printButton={Boolean(this.props.printButton)}
      />
    ));
  }
}
