import { setAreaAssessment } from '@barnets-basta/core';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../../../wheel/src/styles.css';
import { readings } from '../../../wheel/src/wheel/test-fixtures.ts';
import '../styles.css';
import { JourneyView } from './journey-view.tsx';

describe('JourneyView', () => {
  it('draws the wheel with the readings overlaid and gives each area first → latest in words', async () => {
    const screen = await render(<JourneyView readings={readings} />);
    await expect
      .element(screen.getByRole('heading', { name: 'För kontaktpersonen: Resan' }))
      .toBeInTheDocument();
    const list = screen.container.querySelector('dl')!;
    expect(list.textContent).toContain('Trygg');
    expect(list.querySelectorAll('dt')).toHaveLength(8);
    expect(list.textContent).toMatch(/2 – Stämmer lite → \d – /);
    await expectNoAxeViolations(screen.container);
  });

  it('speaks plainly to the family, without verdicts', async () => {
    const screen = await render(
      <JourneyView readings={readings} reader="family" showWheel={false} />,
    );
    const items = screen
      .getByRole('listitem')
      .elements()
      .map((e) => e.textContent ?? '');
    expect(items).toHaveLength(8);
    expect(items[0]).toMatch(/^Trygg: Du svarade (högre|lägre|likadant)/);
    for (const text of items) expect(text).not.toMatch(/bättre|sämre/);
    await expectNoAxeViolations(screen.container);
  });

  it('leaves out an answer the child shared with nobody', async () => {
    const [first, latest] = [readings[0]!, readings.at(-1)!];
    const secret = setAreaAssessment(latest, 'trygg', {
      ...latest.areas.trygg,
      visibility: 'respondent',
    });
    const screen = await render(<JourneyView readings={[first, secret]} showWheel={false} />);
    const trygg = screen.container.querySelector('dd')!;
    expect(trygg.textContent).toBe('En mätning: 2 – Stämmer lite');
  });
});
