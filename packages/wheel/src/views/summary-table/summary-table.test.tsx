import { describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../views.css';
import {
  child,
  fourPerspectives,
  guardian2,
  onePerspective,
  readings,
  school,
} from '../test-fixtures.ts';
import { WheelSummaryTable, WheelTableToggle } from './summary-table.tsx';

describe('WheelSummaryTable', () => {
  it('is a real table: caption, a column header per perspective and a row header per area', async () => {
    const screen = await render(<WheelSummaryTable series={fourPerspectives} />);
    const table = screen.getByRole('table', { name: 'Barnets bästa-hjulet: svaren i tabellform' });
    await expect.element(table).toBeInTheDocument();
    for (const name of [
      'Område',
      'Barnet',
      'Vårdnadshavare 1',
      'Vårdnadshavare 2',
      'Skolan (mentor)',
    ]) {
      await expect
        .element(screen.getByRole('columnheader', { name, exact: true }))
        .toBeInTheDocument();
    }
    for (const name of [
      'Trygg',
      'Må bra',
      'Utvecklas',
      'Omvårdad',
      'Aktiv',
      'Respekterad',
      'Ansvarstagande',
      'Delaktig',
    ]) {
      await expect
        .element(screen.getByRole('rowheader', { name, exact: true }))
        .toBeInTheDocument();
    }
    expect(screen.getByRole('row').all()).toHaveLength(9);
    await expectNoAxeViolations(screen.container);
  });

  it('shows every answer state in words, distinct from each other', async () => {
    const screen = await render(<WheelSummaryTable series={onePerspective} viewer="respondent" />);
    const row = (area: string) => screen.getByRole('row', { name: new RegExp(`^${area}`) });
    await expect.element(row('Trygg').getByRole('cell')).toHaveTextContent('2 – Stämmer lite');
    await expect.element(row('Omvårdad').getByRole('cell')).toHaveTextContent('5 – Stämmer helt');
    await expect.element(row('Aktiv').getByRole('cell')).toHaveTextContent('Vet inte');
    await expect
      .element(row('Ansvarstagande').getByRole('cell'))
      .toHaveTextContent('Vill inte svara');
    await expect
      .element(row('Respekterad').getByRole('cell'))
      .toHaveTextContent('1 – Stämmer inte alls');
    await expectNoAxeViolations(screen.container);
  });

  it('says "Inte besvarat" for an area the series never touched', async () => {
    const screen = await render(<WheelSummaryTable series={[{ assessment: guardian2 }]} />);
    const cell = screen.getByRole('row', { name: /^Ansvarstagande/ }).getByRole('cell');
    await expect.element(cell).toHaveTextContent('Inte besvarat');
    expect(cell.element().getAttribute('data-state')).toBe('unanswered');
  });

  it('shows answers the viewer may not see as "Dolt svar", with nothing of them in the DOM', async () => {
    const screen = await render(<WheelSummaryTable series={[{ assessment: child }]} showNotes />);
    const cell = screen.getByRole('row', { name: /^Respekterad/ }).getByRole('cell');
    await expect.element(cell).toHaveTextContent('Dolt svar');
    const html = screen.container.innerHTML;
    expect(html).not.toContain('Hemligt');
    expect(html).not.toContain('Stämmer inte alls');
    expect(cell.element().getAttribute('data-state')).toBe('hidden');
    await expectNoAxeViolations(screen.container);
  });

  it('lets a contact person see contact-person answers but not the respondent-only ones', async () => {
    const screen = await render(
      <WheelSummaryTable
        series={[{ assessment: child }, { assessment: guardian2 }]}
        viewer="contact-person"
      />,
    );
    const omvardad = screen.getByRole('row', { name: /^Omvårdad/ }).getByRole('cell');
    await expect.element(omvardad.nth(1)).toHaveTextContent('4 – Stämmer bra');
    await expect
      .element(
        screen
          .getByRole('row', { name: /^Respekterad/ })
          .getByRole('cell')
          .first(),
      )
      .toHaveTextContent('Dolt svar');
    await expectNoAxeViolations(screen.container);
  });

  it('hides a contact-person answer from the meeting (the default viewer)', async () => {
    const screen = await render(<WheelSummaryTable series={[{ assessment: guardian2 }]} />);
    await expect
      .element(screen.getByRole('row', { name: /^Omvårdad/ }).getByRole('cell'))
      .toHaveTextContent('Dolt svar');
    const row = screen.getByRole('row', { name: /^Omvårdad/ }).element();
    expect(row.textContent).toBe('OmvårdadDolt svar');
  });

  it('shows a guardian what the meeting sees, never a contact-person or "Bara jag" answer', async () => {
    const screen = await render(
      <WheelSummaryTable
        series={[{ assessment: child }, { assessment: guardian2 }]}
        viewer="guardian"
        showNotes
      />,
    );
    const omvardad = screen.getByRole('row', { name: /^Omvårdad/ }).getByRole('cell');
    await expect.element(omvardad.nth(1)).toHaveTextContent('Dolt svar');
    await expect
      .element(
        screen
          .getByRole('row', { name: /^Respekterad/ })
          .getByRole('cell')
          .first(),
      )
      .toHaveTextContent('Dolt svar');
    expect(screen.container.innerHTML).not.toContain('Hemligt');
    await expectNoAxeViolations(screen.container);
  });

  it('shows the viewer their own series in full (ownSeries)', async () => {
    const screen = await render(
      <WheelSummaryTable
        series={[{ assessment: child }, { assessment: school }]}
        ownSeries={['child-1']}
        showNotes
      />,
    );
    await expect
      .element(
        screen
          .getByRole('row', { name: /^Respekterad/ })
          .getByRole('cell')
          .first(),
      )
      .toHaveTextContent('1 – Stämmer inte alls');
    await expect.element(screen.getByText('Hemligt: ingen lyssnar på mig')).toBeInTheDocument();
  });

  it('keeps free text with markup as text', async () => {
    const screen = await render(<WheelSummaryTable series={onePerspective} showNotes showHopes />);
    const trygg = screen.getByRole('row', { name: /^Trygg/ }).getByRole('cell');
    await expect
      .element(trygg)
      .toHaveTextContent('Anteckning: Rasterna är jobbiga. <b>Inte</b> i klassrummet.');
    expect(trygg.element().querySelector('b')).toBeNull();
    await expect
      .element(screen.getByRole('row', { name: /^Vad hoppas du på framåt/ }).getByRole('cell'))
      .toHaveTextContent('Att få en kompis på rasten');
    await expectNoAxeViolations(screen.container);
  });

  it('speaks English, with column names by perspective and dates for readings', async () => {
    const screen = await render(
      <WheelSummaryTable series={readings} seriesKind="readings" locale="en" />,
    );
    await expect
      .element(
        screen.getByRole('table', {
          name: "The Child's Best Interests Wheel: the answers as a table",
        }),
      )
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('columnheader', { name: 'Reading 20 Apr 2026' }))
      .toBeInTheDocument();
    await expect.element(screen.getByRole('rowheader', { name: 'Safe' })).toBeInTheDocument();
    await expect
      .element(
        screen
          .getByRole('row', { name: /^Active/ })
          .getByRole('cell')
          .first(),
      )
      .toHaveTextContent("Don't know");
    await expectNoAxeViolations(screen.container);
  });

  it('says so when there is nothing to show, and survives bad input', async () => {
    const bad = [null, { assessment: 'nope' }, { assessment: { areas: null } }] as never;
    const screen = await render(<WheelSummaryTable series={bad} />);
    await expect
      .element(screen.getByText('Det finns inga svar att visa ännu.'))
      .toBeInTheDocument();
    expect(screen.container.querySelector('table')).toBeNull();
  });

  it('in visually-hidden mode stays in the accessibility tree but takes no room on screen', async () => {
    const screen = await render(
      <WheelSummaryTable series={onePerspective} mode="visually-hidden" />,
    );
    const table = screen.getByRole('table');
    await expect.element(table).toBeInTheDocument();
    const box = table.element().closest('.bb-summary-table')!.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(1);
    expect(box.height).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(screen.container);
  });
});

describe('WheelTableToggle', () => {
  it('shows and hides the table with a button that says whether it is expanded', async () => {
    const screen = await render(<WheelTableToggle series={fourPerspectives} />);
    const button = screen.getByRole('button', { name: 'Visa som tabell' });
    const wrapper = () => screen.container.querySelector('.bb-summary-table')!;
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(button.element().getAttribute('aria-controls')).toBe(wrapper().id);
    // Collapsed: still in the DOM for assistive technology.
    await expect.element(screen.getByRole('table')).toBeInTheDocument();
    expect(wrapper().getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(screen.container);

    await button.click();
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    expect(wrapper().getBoundingClientRect().height).toBeGreaterThan(100);
    await expect.element(screen.getByRole('region', { name: /svaren i tabellform/ })).toBeVisible();
    await expectNoAxeViolations(screen.container);

    // Keyboard: focus stays on the button, Enter and Space toggle it.
    expect(document.activeElement).toBe(button.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(wrapper().getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await userEvent.keyboard(' ');
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(button.element());
    // The visible table's scroll region is the next tab stop, so a wide table scrolls by keyboard.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(
      screen.getByRole('region', { name: /svaren i tabellform/ }).element(),
    );
  });

  it('can be controlled and speaks English', async () => {
    const calls: boolean[] = [];
    const screen = await render(
      <WheelTableToggle
        series={onePerspective}
        locale="en"
        expanded={false}
        onExpandedChange={(e) => calls.push(e)}
      />,
    );
    const button = screen.getByRole('button', { name: 'Show as table' });
    await button.click();
    expect(calls).toEqual([true]);
    // Controlled and not changed by the host: stays collapsed.
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('WheelSummaryTable in print and with bad data', () => {
  it('prints the visually hidden table legibly (and not when asked to print as on screen)', async () => {
    const screen = await render(
      <div>
        <WheelSummaryTable series={fourPerspectives} mode="visually-hidden" />
        <WheelSummaryTable
          series={onePerspective}
          mode="visually-hidden"
          print="as-on-screen"
          caption="Skärm"
        />
      </div>,
    );
    const [printed, screenOnly] = Array.from(
      screen.container.querySelectorAll<HTMLElement>('.bb-summary-table'),
    );
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(matchMedia('print').matches).toBe(true);
      expect(printed!.getBoundingClientRect().height).toBeGreaterThan(100);
      expect(getComputedStyle(printed!.querySelector('td')!).borderTopColor).toBe('rgb(0, 0, 0)');
      expect(screenOnly!.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
    expect(printed!.getBoundingClientRect().height).toBeLessThanOrEqual(1);
  });

  it('leaves out a series that fails validation and says why, by path, in the user language', async () => {
    const broken = {
      ...school,
      areas: { ...school.areas, trygg: { answer: { kind: 'value', value: 9 } } },
    };
    const screen = await render(
      <WheelSummaryTable
        series={[{ assessment: child }, { assessment: broken as never }]}
        locale="en"
      />,
    );
    await expect
      .element(screen.getByText('The answers from Skolan (mentor) could not be shown:'))
      .toBeInTheDocument();
    await expect.element(screen.getByText(/areas\.trygg\.answer/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader').all()).toHaveLength(2);
    await expectNoAxeViolations(screen.container);
  });
});
