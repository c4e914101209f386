import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../styles.css';
import { TEST_UNIT_NAMES, testTables } from '../test-tables.ts';
import { FollowUpReport } from './follow-up-report.tsx';

describe('FollowUpReport', () => {
  it('lets the user choose level, unit, period and perspective by keyboard, and draws every view', async () => {
    const screen = await render(
      <FollowUpReport tables={testTables()} unitNames={TEST_UNIT_NAMES} />,
    );
    await expect
      .element(
        screen.getByRole('heading', { name: /^Läget per område: Testlänet, VT 2026, Barnet/ }),
      )
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('heading', { name: /^Förändring per område: Testlänet/ }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('heading', { name: /^Jämförelse: Trygg/ }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('heading', { name: /^Används arbetssätten/ }))
      .toBeInTheDocument();

    const level = screen.getByRole('combobox', { name: 'Nivå' });
    await userEvent.keyboard('{Tab}');
    await expect.element(level).toHaveFocus();
    await level.selectOptions('Skola');
    await screen.getByRole('combobox', { name: 'Skola' }).selectOptions('Storskolan');
    await screen.getByRole('combobox', { name: 'Period' }).selectOptions('HT 2025');
    await expect
      .element(
        screen.getByRole('heading', { name: /^Läget per område: Storskolan, HT 2025, Barnet/ }),
      )
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('shows a unit under the threshold without a single figure', async () => {
    const screen = await render(
      <FollowUpReport
        tables={testTables()}
        unitNames={TEST_UNIT_NAMES}
        initial={{ unit: ['lan', 'ort', 'lilla'] }}
      />,
    );
    const view = screen.getByRole('region', { name: /^Läget per område: Lillskolan/ });
    await expect.element(view).toBeInTheDocument();
    const table = view.getByRole('table');
    for (const cell of table.getByRole('cell').elements())
      expect(cell.textContent).toBe('Dolt (färre än 5 svar)');
    const chart = view.element().querySelector('.bb-fu-view__chart')!;
    expect(chart.textContent).not.toMatch(/\d+\s?%|n = \d/);
    await expectNoAxeViolations(screen.container);
  });

  it('shows the problems of a table it cannot read, in words, instead of any figure', async () => {
    const screen = await render(
      <FollowUpReport tables={{ ...testTables(), version: 2, threshold: 3 }} />,
    );
    const alert = screen.getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent('"version": version 2 kan inte läsas (väntade 1).');
    await expect
      .element(alert)
      .toHaveTextContent('"threshold": väntade ett heltal som är minst 5.');
    expect(screen.getByRole('table').elements()).toHaveLength(0);
  });

  it('downloads the CSV of a view in the chosen format', async () => {
    const onDownload = vi.fn();
    const screen = await render(
      <FollowUpReport tables={testTables()} onDownload={onDownload} csvFlavour="swedish-excel" />,
    );
    await screen.getByRole('button', { name: 'Ladda ner CSV' }).first().click();
    const text = (onDownload.mock.calls[0]![0] as { text: string }).text;
    expect(text.startsWith('\uFEFFOmråde;Antal (n);')).toBe(true);
  });
});
