import { headingLevel, seriesView } from '../react-view-element/view-frame.tsx';
import type { HeadingLevel, SeriesKind } from '@barnets-basta/wheel';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { lazy, type ReactNode } from 'react';
import hostCss from '../react-form-element/host.css?inline';
import {
  ReactViewElement,
  type ViewAttributeSpec,
} from '../react-view-element/react-view-element.ts';
import viewCss from '../react-view-element/view.css?inline';

/** Loaded on first use (a separate chunk in the ES build, inlined in the classic script). */
const DifferencesBody = lazy(() =>
  import('./differences-body.tsx').then((m) => ({ default: m.DifferencesBody })),
);

/**
 * @tagname bb-wheel-differences
 * @summary `<bb-wheel-differences>`: where the wheels differ most, as conversation starters, for
 * hosts that are not React. Between perspectives ("Trygg: Barnet svarade 2 – Stämmer lite,
 * Skolan svarade 5 – Stämmer helt") or between the first and latest reading. Calm by design: no
 * red, no warnings; a difference is something to talk about. Shows; submits nothing.
 *
 * The wheels are checked with core's `parseAssessment` (a wheel that cannot be read is listed
 * with its problems by path and left out) and cut down for `viewer` with core's `asSeenBy`: an
 * answer the viewer may not see is never compared and never in the DOM.
 *
 * @example
 * ```html
 * <bb-wheel-differences heading-level="3" viewer="meeting"></bb-wheel-differences>
 * ```
 * ```js
 * document.querySelector('bb-wheel-differences').series = [
 *   { id: 'child', assessment: childWheel },
 *   { id: 'school', assessment: schoolWheel },
 * ];
 * ```
 * @attr series - JSON: the wheels, `[{ "id": "child", "label": "Barnet", "assessment": {…} }]` (also the `series` property)
 * @attr series-kind - `perspectives` (default) or `readings` (then the first and the latest by date are compared)
 * @attr viewer - `meeting` (default), `guardian`, `contact-person` or `respondent`: whose eyes the wheels are shown for
 * @attr locale - `sv` (default), `en`, or a language registered as data (`ar`, `sv-x-lattlast`; see docs/languages.md); the element's root takes its `lang` and `dir`. An unregistered tag shows Swedish, with a console warning
 * @attr messages - JSON: texts to reword, by key (the views' and the element's catalogues; also the `messages` property). Invalid JSON: a console warning, the default texts stay
 * @attr content - JSON: the content pack the wheels use (also the `content` property)
 * @attr heading-level - level of the heading, 2 (default) to 6, to fit the host page's outline
 * @attr heading - the heading's text (default "Olika svar att prata om" / "Förändring över tid")
 * @attr limit - show at most this many areas, largest differences first
 * @cssprop --bb-text - text colour (at least 4.5:1 on --bb-surface)
 * @cssprop --bb-surface - background
 * @cssprop --bb-muted-text - secondary text colour
 */
export class BbWheelDifferences extends ReactViewElement {
  static override attributeSpecs: Record<string, ViewAttributeSpec> = {
    ...ReactViewElement.commonSpecs,
    series: { prop: 'series', kind: 'json' },
    'series-kind': { prop: 'seriesKind', kind: 'string' },
    'heading-level': { prop: 'headingLevel', kind: 'string' },
    heading: { prop: 'heading', kind: 'string' },
    limit: { prop: 'limit', kind: 'string' },
  };
  protected readonly defaultViewer = 'meeting' as const;

  constructor() {
    super(wheelCss + hostCss + viewCss);
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
    const limit = Number(this.props.limit);
    return seriesView(
      { ...this.viewInput, series: this.props.series },
      (series, pack, visibility) => (
        <DifferencesBody
          series={series}
          pack={pack}
          locale={this.locale}
          visibility={visibility}
          messages={this.messages}
          seriesKind={kind}
          headingLevel={headingLevel<HeadingLevel>(this.props.headingLevel, 2, 6, 2)}
          heading={this.props.heading as string | undefined}
          limit={this.props.limit !== undefined && limit >= 0 ? limit : undefined}
        />
      ),
    );
  }
}
