import type { ContentPack, SipPlan, UiLocale } from '@barnets-basta/core';
import type { Viewer } from '@barnets-basta/core/privacy';
import { Suspense, type ReactNode } from 'react';
import { DataProblems } from './data-problems.tsx';
import { viewVisibility } from './element-options.ts';
import { preparePack, preparePlan, prepareSeries, type PreparedSeries } from './prepare.ts';
import type { ViewElementMessages } from './view-messages.ts';

// The frame every display element draws around its lazy body: the host's data checked and cut
// down for the viewer, its problems listed, the body once there is something to show. One place,
// so the elements cannot drift apart in what they check or say.

/** What a display element knows when it renders. */
export interface ViewInput {
  content: unknown;
  locale: UiLocale;
  viewer: Viewer;
  messages: ViewElementMessages;
}

/**
 * A plan element's frame: the pack and the plan checked (core's `parsePack`, `parseSipPlan`) and
 * cut down for the viewer (`asSeenBy`), their problems, then `body`; "no plan yet" when there is
 * neither a plan nor a problem.
 *
 * @example
 * ```tsx
 * planView({ ...input, value: el.value }, (plan, pack) => <FamilyPlanBody plan={plan} pack={pack} … />);
 * ```
 */
export function planView(
  input: ViewInput & { value: unknown },
  body: (plan: SipPlan, pack: ContentPack) => ReactNode,
): ReactNode {
  const m = input.messages;
  const { pack, problems: packProblems } = preparePack(input.content, input.locale);
  const { plan, problems } = preparePlan(input.value, pack, input.viewer, input.locale, m);
  return (
    <>
      <DataProblems lines={[...packProblems, ...problems]} messages={m} />
      {plan ? (
        <Suspense fallback={null}>{body(plan, pack)}</Suspense>
      ) : problems.length === 0 ? (
        <p className="bb-element-empty">{m.planMissing}</p>
      ) : null}
    </>
  );
}

/**
 * A wheels element's frame: the pack and every wheel checked and cut down for the viewer, their
 * problems, then `body` with the React views' viewer scale; with `emptyText`, "no wheels yet"
 * instead of the body while there is none.
 *
 * @example
 * ```tsx
 * seriesView({ ...input, series: el.series, emptyText: true }, (series, pack, visibility) => …);
 * ```
 */
export function seriesView(
  input: ViewInput & { series: unknown; emptyText?: boolean },
  body: (
    series: PreparedSeries[],
    pack: ContentPack,
    visibility: ReturnType<typeof viewVisibility>,
  ) => ReactNode,
): ReactNode {
  const m = input.messages;
  const { pack, problems: packProblems } = preparePack(input.content, input.locale);
  const { series, problems } = prepareSeries(input.series, pack, input.viewer, input.locale, m);
  return (
    <>
      <DataProblems lines={[...packProblems, ...problems]} messages={m} />
      {input.emptyText && series.length === 0 ? (
        <p className="bb-element-empty">{m.noSeries}</p>
      ) : (
        <Suspense fallback={null}>{body(series, pack, viewVisibility(input.viewer))}</Suspense>
      )}
    </>
  );
}

/**
 * A `heading-level` attribute read as a number within `min`–`max`, else `fallback`.
 *
 * @example
 * ```ts
 * headingLevel('3', 1, 3, 2); // 3
 * headingLevel('9', 1, 3, 2); // 2
 * ```
 */
export function headingLevel<L extends number>(value: unknown, min: L, max: L, fallback: L): L {
  const level = Number(value);
  return (Number.isInteger(level) && level >= min && level <= max ? level : fallback) as L;
}
