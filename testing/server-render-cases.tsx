/**
 * The components a server renders (Sitevision renders React on the server): each case is an
 * element and the text its markup must hold. `server-render.ssr.test.tsx` renders them in Node
 * with no DOM at all; `hydration.test.tsx` hydrates that markup in Chromium and fails on any
 * hydration mismatch.
 */
import type { ReactElement } from 'react';
import { FamilyPlan, PrintPlan, SipPlanForm } from '@barnets-basta/sip';
import {
  SeriesLegend,
  Wheel,
  WheelDifferences,
  WheelSummaryTable,
  WheelTableToggle,
} from '@barnets-basta/wheel';
import { filledPlan } from '../packages/sip/src/plan/test-fixtures.ts';
import {
  child,
  fourPerspectives,
  twoPerspectives,
} from '../packages/wheel/src/views/test-fixtures.ts';

const noop = () => {};

export const SERVER_CASES: { name: string; element: () => ReactElement; holds: string }[] = [
  {
    name: 'Wheel, input in a form',
    element: () => (
      <form aria-label="Hjulet">
        <Wheel name="hjul" animate={false} />
      </form>
    ),
    holds: 'name="hjul',
  },
  {
    name: 'Wheel, read-only',
    element: () => <Wheel value={child} readOnly animate={false} />,
    holds: 'Trygg',
  },
  {
    name: 'WheelSummaryTable',
    element: () => <WheelSummaryTable series={fourPerspectives} />,
    holds: '<table',
  },
  {
    name: 'WheelTableToggle',
    element: () => <WheelTableToggle series={twoPerspectives} />,
    holds: '<button',
  },
  {
    name: 'WheelDifferences',
    element: () => <WheelDifferences series={twoPerspectives} />,
    holds: 'Trygg',
  },
  {
    name: 'SeriesLegend',
    element: () => <SeriesLegend series={fourPerspectives} hidden={[]} onHiddenChange={noop} />,
    holds: 'Barnet',
  },
  {
    name: 'SipPlanForm',
    element: () => (
      <form aria-label="SIP">
        <SipPlanForm value={filledPlan()} onChange={noop} />
      </form>
    ),
    holds: '<fieldset',
  },
  { name: 'FamilyPlan', element: () => <FamilyPlan value={filledPlan()} />, holds: 'Vem gör vad' },
  { name: 'PrintPlan', element: () => <PrintPlan value={filledPlan()} />, holds: 'SIP' },
];
