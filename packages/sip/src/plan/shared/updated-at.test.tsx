import { useState, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { SipPlan } from '@barnets-basta/core';
import '../test-styles.ts';
import type { PlanSectionProps } from './plan-context.tsx';
import { filledPlan } from '../test-fixtures.ts';
import { SipAktuellSituation } from '../sections/aktuell-situation/sip-aktuell-situation.tsx';
import { SipAvslutning } from '../sections/avslutning/sip-avslutning.tsx';
import { SipBehov } from '../sections/behov/sip-behov.tsx';
import { SipInledning } from '../sections/inledning/sip-inledning.tsx';
import { SipSammanfattning } from '../sections/sammanfattning/sip-sammanfattning.tsx';

const OLD = '2020-01-01T00:00:00.000Z';

function Host({
  section: Section,
  onPlan,
}: {
  section: ComponentType<PlanSectionProps>;
  onPlan: (plan: SipPlan) => void;
}) {
  const [plan, setPlan] = useState<SipPlan>(() => ({ ...filledPlan(), updatedAt: OLD }));
  return (
    <form aria-label="SIP">
      <Section
        value={plan}
        onChange={(next) => {
          setPlan(next);
          onPlan(next);
        }}
      />
    </form>
  );
}

const SECTIONS: [string, ComponentType<PlanSectionProps>][] = [
  ['Inledning', SipInledning],
  ['Aktuell situation', SipAktuellSituation],
  ['Behov', SipBehov],
  ['Sammanfattning', SipSammanfattning],
  ['Avslutning', SipAvslutning],
];

describe('updatedAt', () => {
  for (const [title, Section] of SECTIONS) {
    it(`${title}: every change through the form refreshes the plan's updatedAt`, async () => {
      const seen: SipPlan[] = [];
      const before = Date.now();
      const screen = await render(<Host section={Section} onPlan={(p) => seen.push(p)} />);
      const field = screen.getByRole('textbox').first();
      await userEvent.click(field);
      await userEvent.keyboard('x');
      expect(seen.length).toBeGreaterThan(0);
      const stamp = seen.at(-1)!.updatedAt;
      expect(stamp).not.toBe(OLD);
      expect(Date.parse(stamp)).toBeGreaterThanOrEqual(before - 1000);
    });
  }
});
