import { seriesView } from '../react-view-element/view-frame.tsx';
import type { Audience } from '@barnets-basta/core';
import type { SeriesKind } from '@barnets-basta/wheel';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { lazy, type ReactNode } from 'react';
import hostCss from '../react-form-element/host.css?inline';
import {
  ReactViewElement,
  type ViewAttributeSpec,
} from '../react-view-element/react-view-element.ts';
import viewCss from '../react-view-element/view.css?inline';
import overlayCss from './overlay.css?inline';

/** Loaded on first use (a separate chunk in the ES build, inlined in the classic script). */
const OverlayBody = lazy(() =>
  import('./overlay-body.tsx').then((m) => ({ default: m.OverlayBody })),
);

/**
 * @tagname bb-wheel-overlay
 * @summary `<bb-wheel-overlay>`: the "Tillsammans" view for hosts that are not React: everyone's
 * wheels overlaid, a legend with a checkbox per wheel (line style and marker, never colour alone)
 * and every answer as a table. Shows; submits nothing.
 *
 * The wheels are checked with core's `parseAssessment`; a wheel that cannot be read is listed with
 * its problems by path (in the element's language) and left out, never drawn wrong. Each wheel is
 * cut down for `viewer` with core's `asSeenBy` before anything renders: what the viewer may not
 * see shows as "Dolt svar" and is not in the element's DOM at all.
 *
 * @example
 * ```html
 * <bb-wheel-overlay locale="sv" viewer="meeting"></bb-wheel-overlay>
 * <script type="module" src="/assets/together.js"></script>
 * ```
 * ```js
 * // together.js, the host's own file
 * document.querySelector('bb-wheel-overlay').series = [
 *   { id: 'child', assessment: childWheel },
 *   { id: 'guardian-1', label: 'Mamma', assessment: guardianWheel },
 * ];
 * ```
 * @attr series - JSON: the wheels, `[{ "id": "child", "label": "Barnet", "assessment": {…} }]` (also the `series` property)
 * @attr series-kind - `perspectives` (default: people side by side) or `readings` (one wheel over time)
 * @attr viewer - `meeting` (default), `guardian`, `contact-person` or `respondent`: whose eyes the wheels are shown for
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr messages - JSON: texts to reword, by key (the wheel's, the views' and the element's catalogues; also the `messages` property). Invalid JSON: a console warning, the default texts stay
 * @attr content - JSON: the content pack the wheels use (also the `content` property)
 * @attr audience - whose words the areas use: `child-4-7`, `child-8-12` (default), `child-13-18`, `guardian` or `professional`
 * @attr caption - the table's caption (default: the wheel's title and "svaren i tabellform")
 * @attr show-notes - boolean: each answer's note under it in the table
 * @attr no-animation - boolean: no animation at all (reduced motion is honoured anyway)
 * @cssprop --bb-series-1 - first wheel's line (also told apart by dash pattern and marker)
 * @cssprop --bb-series-2 - second wheel's line
 * @cssprop --bb-series-3 - third wheel's line
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-surface - background
 * @cssprop --bb-border - table and control boundaries (at least 3:1 on --bb-surface)
 * @cssprop --bb-focus - focus outline colour
 */
export class BbWheelOverlay extends ReactViewElement {
  static override attributeSpecs: Record<string, ViewAttributeSpec> = {
    ...ReactViewElement.commonSpecs,
    series: { prop: 'series', kind: 'json' },
    'series-kind': { prop: 'seriesKind', kind: 'string' },
    audience: { prop: 'audience', kind: 'string' },
    caption: { prop: 'caption', kind: 'string' },
    'show-notes': { prop: 'showNotes', kind: 'boolean' },
    'no-animation': { prop: 'noAnimation', kind: 'boolean' },
  };
  protected readonly defaultViewer = 'meeting' as const;

  constructor() {
    super(wheelCss + hostCss + viewCss + overlayCss);
  }

  /** The wheels: `{ id?, label?, assessment }[]`, or its JSON. */
  get series(): unknown {
    return this.props.series;
  }
  set series(next: unknown) {
    this.setProp('series', this.readJson('series', next));
  }

  protected renderReact(): ReactNode {
    const kind: SeriesKind = this.props.seriesKind === 'readings' ? 'readings' : 'perspectives';
    return seriesView(
      { ...this.viewInput, series: this.props.series, emptyText: true },
      (series, pack, visibility) => (
        <OverlayBody
          series={series}
          pack={pack}
          locale={this.locale}
          visibility={visibility}
          messages={this.messages}
          seriesKind={kind}
          audience={this.props.audience as Audience | undefined}
          animate={!this.props.noAnimation}
          caption={this.props.caption as string | undefined}
          showNotes={Boolean(this.props.showNotes)}
        />
      ),
    );
  }
}
