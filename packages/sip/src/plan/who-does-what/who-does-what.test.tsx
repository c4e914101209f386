import { composeStories } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import { filledPlan } from '../test-fixtures.ts';
import * as stories from './who-does-what.stories.tsx';
import { groupActions, WhoDoesWhat } from './who-does-what.tsx';

// The stories are the examples: a test renders the story of the state it checks (as GOV.UK drives
// its tests from one examples file), so what the docs show is what is tested.
const { Ifylld, Tom, IngaAndraAktorer, English } = composeStories(stories);

/** The text of every cell of a table, row by row. */
function rowsOf(table: HTMLTableElement): string[][] {
  return [...table.tBodies[0]!.rows].map((row) =>
    [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim()),
  );
}

describe('WhoDoesWhat', () => {
  it('groups the actions by principal in the order the law lists them, with what, who, how often and when', async () => {
    const screen = await render(<Ifylld />);
    await expect
      .element(screen.getByRole('heading', { name: 'Vem gör vad och när' }))
      .toBeVisible();

    const tables = [...screen.container.querySelectorAll('table')];
    expect(tables.map((t) => t.caption!.textContent)).toEqual([
      'Kommunen ansvarar för',
      'Regionen ansvarar för',
      'Andra gör',
    ]);
    expect(rowsOf(tables[0]!)).toEqual([
      [
        'Familjestöd i hemmet Områden: Omvårdad',
        'Socialtjänsten, Växjö kommun Anna Berg',
        'Varje vecka',
        'Från 9 mars 2026',
        '15 maj 2026',
      ],
    ]);
    expect(rowsOf(tables[1]!)).toEqual([
      [
        'Samtal om oro och magont Områden: Må bra, Trygg',
        'BUP Växjö Omar Haddad',
        'Varannan vecka',
        '10 mars–30 juni 2026',
        '15 maj 2026',
      ],
    ]);
    expect(rowsOf(tables[2]!)[0]![0]).toBe(
      'Anpassat schema och en trygg vuxen på rasterna Områden: Utvecklas, Delaktig',
    );
    expect(rowsOf(tables[2]!)[0]![4]).toBe('Inte ifyllt');

    // Each row is headed by what is done, so a screen reader hears it with every cell.
    const rowHeader = screen.getByRole('rowheader', { name: /Familjestöd i hemmet/ });
    await expect.element(rowHeader).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('says when nothing is planned, and states "no other actors" when the meeting said so', async () => {
    const empty = await render(<Tom />);
    await expect
      .element(empty.getByText('Inga insatser är inlagda än. Lägg till dem under Behov.'))
      .toBeVisible();
    expect(empty.container.querySelector('table')).toBeNull();
    await expectNoAxeViolations(empty.container);

    const screen = await render(<IngaAndraAktorer />);
    await expect
      .element(screen.getByText('Ingen annan än kommunen och regionen gör något i planen.'))
      .toBeVisible();
  });

  it('lists actions without a principal in a group of their own, in English too', async () => {
    const plan = filledPlan();
    const unassigned = { ...plan, actions: [{ ...plan.actions[0]!, principal: undefined }] };
    const screen = await render(<English value={unassigned} />);
    await expect
      .element(screen.getByRole('heading', { name: 'Who does what, and when' }))
      .toBeVisible();
    expect(screen.container.querySelector('caption')!.textContent).toBe('No principal chosen yet');
    expect(rowsOf(screen.container.querySelector('table')!)[0]![3]).toBe('10 March – 30 June 2026');
    await expectNoAxeViolations(screen.container);
  });

  it('renders free text with markup as text', async () => {
    const plan = filledPlan();
    const evil = {
      ...plan,
      actions: [{ ...plan.actions[0]!, what: '<img src=x onerror="window.hacked=1"><b>fet</b>' }],
    };
    const screen = await render(<WhoDoesWhat value={evil} />);
    expect(screen.container.querySelector('img, b')).toBeNull();
    await expect
      .element(screen.getByText('<img src=x onerror="window.hacked=1"><b>fet</b>'))
      .toBeVisible();
  });

  it('groupActions leaves out empty groups', () => {
    expect(groupActions(filledPlan().actions).map((g) => g.key)).toEqual([
      'kommun',
      'region',
      'other',
    ]);
    expect(groupActions([])).toEqual([]);
  });
});
