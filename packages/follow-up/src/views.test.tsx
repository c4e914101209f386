import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../testing/axe.ts';
import './styles.css';
import { ChangeView } from './change/change-view.tsx';
import { CompareView } from './compare/compare-view.tsx';
import { DistributionView } from './distribution/distribution-view.tsx';
import { FidelityView } from './fidelity/fidelity-view.tsx';
import { count } from './shared/figures.ts';
import {
  changeRows,
  compareGroups,
  distributionRows,
  fidelityRows,
  suppressedRows,
} from './test-fixtures.ts';

const BOM = '\uFEFF';
const AREAS = [
  'Trygg',
  'Må bra',
  'Utvecklas',
  'Omvårdad',
  'Aktiv',
  'Respekterad',
  'Ansvarstagande',
  'Delaktig',
];

describe('DistributionView', () => {
  it('reads as a real table: caption, a column per level plus "Vet inte" and "Vill inte svara", areas in the pack order', async () => {
    const screen = await render(<DistributionView rows={distributionRows()} />);
    const table = screen.getByRole('table', { name: 'Fördelning av svaren per område' });
    await expect.element(table).toBeInTheDocument();
    for (const name of [
      'Område',
      'Antal (n)',
      '1 – Stämmer inte alls',
      '5 – Stämmer helt',
      'Vet inte',
      'Vill inte svara',
    ])
      await expect
        .element(screen.getByRole('columnheader', { name, exact: true }))
        .toBeInTheDocument();
    const headers = screen
      .getByRole('rowheader')
      .elements()
      .map((e) => e.textContent);
    expect(headers).toEqual(AREAS);
    await expect
      .element(
        screen
          .getByRole('row', { name: /^Trygg/ })
          .getByRole('cell')
          .first(),
      )
      .toHaveTextContent('48');
    await expectNoAxeViolations(screen.container);
  });

  it('shows the table by keyboard with the toggle, and hides it again', async () => {
    const screen = await render(<DistributionView rows={distributionRows()} />);
    const toggle = screen.getByRole('button', { name: 'Visa som tabell' });
    await userEvent.keyboard('{Tab}');
    await expect.element(toggle).toHaveFocus();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(screen.getByRole('button', { name: 'Dölj tabellen' }))
      .toHaveAttribute('aria-expanded', 'true');
    const region = screen.container.querySelector('.bb-fu-view__table')!;
    expect(region.hasAttribute('data-visually-hidden')).toBe(false);
    expect(region.getBoundingClientRect().height).toBeGreaterThan(100);
    await expectNoAxeViolations(screen.container);
  });

  it('says a hidden bar is hidden and why, in the chart and the table, and never shows it as zero', async () => {
    const screen = await render(<DistributionView rows={suppressedRows()} tableMode="beside" />);
    const chart = screen.container.querySelector('.bb-fu-view__chart')!;
    expect(chart.textContent).toContain('Dolt: färre än 5 svar');
    const row = screen.getByRole('row', { name: /^Må bra/ });
    const cells = row
      .getByRole('cell')
      .elements()
      .map((c) => c.textContent);
    expect(cells).toHaveLength(8);
    for (const text of cells) expect(text).toBe('Dolt (färre än 5 svar)');
    // Cells hidden inside a shown row: the reason in words, and the bar draws them as one hidden part.
    const utvecklas = screen.getByRole('row', { name: /^Utvecklas/ });
    await expect
      .element(utvecklas.getByRole('cell').last())
      .toHaveTextContent('Dolt (färre än 5 svar)');
    await expect
      .element(utvecklas.getByRole('cell').nth(6))
      .toHaveTextContent('Dolt (dolt så att ett annat dolt värde inte kan räknas fram)');
    expect(chart.querySelectorAll('[data-segment="suppressed"]').length).toBe(1);
    await expectNoAxeViolations(screen.container);
  });

  it('downloads CSV: UTF-8 with BOM, or semicolons and decimal commas for Swedish Excel', async () => {
    const onDownload = vi.fn();
    const screen = await render(
      <DistributionView rows={suppressedRows()} onDownload={onDownload} />,
    );
    await screen.getByRole('button', { name: 'Ladda ner CSV' }).click();
    const standard = onDownload.mock.calls[0]![0] as { text: string; filename: string; blob: Blob };
    expect(standard.filename).toBe('laget-per-omrade.csv');
    expect(standard.text.startsWith(BOM)).toBe(true);
    expect(standard.text.split('\r\n')[0]).toContain('Område,Antal (n),1 – Stämmer inte alls');
    expect(standard.text).toContain('Må bra,Dolt (färre än 5 svar),');
    expect(standard.blob.type).toContain('text/csv');
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Filen laget-per-omrade.csv är nedladdad.');

    await screen.getByRole('combobox', { name: 'Format för CSV' }).selectOptions('swedish-excel');
    await screen.getByRole('button', { name: 'Ladda ner CSV' }).click();
    const excel = (onDownload.mock.calls[1]![0] as { text: string }).text;
    expect(excel.split('\r\n')[0]).toContain('Område;Antal (n);1 – Stämmer inte alls');
    expect(excel).toMatch(/;\d+,\d/);
  });

  it('prints the view it belongs to', async () => {
    const onPrint = vi.fn();
    const screen = await render(<DistributionView rows={distributionRows()} onPrint={onPrint} />);
    await screen.getByRole('button', { name: 'Skriv ut' }).click();
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect((onPrint.mock.calls[0]![0] as HTMLElement).getAttribute('aria-labelledby')).toBeTruthy();
    expect((onPrint.mock.calls[0]![0] as HTMLElement).textContent).toContain('Läget per område');
  });

  it('says when there is nothing to show, with no actions', async () => {
    const screen = await render(<DistributionView rows={[]} />);
    await expect.element(screen.getByText(/Det finns inga svar att visa/)).toBeInTheDocument();
    expect(screen.getByRole('button').elements()).toHaveLength(0);
    await expectNoAxeViolations(screen.container);
  });

  it('speaks English', async () => {
    const screen = await render(<DistributionView rows={distributionRows('en')} locale="en" />);
    await expect
      .element(screen.getByRole('heading', { name: 'The state per area' }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('columnheader', { name: "Don't know" }))
      .toBeInTheDocument();
    await expect.element(screen.getByRole('rowheader', { name: 'Safe' })).toBeInTheDocument();
  });
});

describe('ChangeView', () => {
  it('gives higher, same and lower per area with the cases they rest on', async () => {
    const rows = changeRows();
    const screen = await render(<ChangeView rows={rows} tableMode="beside" />);
    const first = rows[0]!;
    const cells = screen
      .getByRole('row', { name: /^Trygg/ })
      .getByRole('cell')
      .elements()
      .map((c) => c.textContent);
    const n = first.n.kind === 'count' ? first.n.count : 0;
    expect(cells[0]).toBe(String(n));
    expect(cells[1]).toMatch(
      new RegExp(`^${first.up.kind === 'count' ? first.up.count : 'x'} \\(`),
    );
    expect(screen.container.querySelector('.bb-fu-view__chart')!.textContent).toContain(
      `${n} barn`,
    );
    await expectNoAxeViolations(screen.container);
  });
});

describe('labels inside the bars', () => {
  // A piece too narrow for its figure shows no figure rather than a cut one ("↓ 48" drawn as
  // "8 ↓" on a phone); the table holds every figure.
  it('are drawn whole or not at all, on a phone and on a wide screen', async () => {
    const rows = [
      {
        id: 'trygg',
        label: 'Trygg',
        n: count(380),
        up: count(207),
        same: count(125),
        down: count(48),
      },
    ];
    const drawn = async (width: string) => {
      const screen = await render(
        <div style={{ width }}>
          <ChangeView rows={rows} />
        </div>,
      );
      const labels = [
        ...screen.container.querySelectorAll<HTMLElement>('.bb-fu-bars__text > span'),
      ];
      const result = labels.map((span) => ({
        text: span.textContent,
        shown: getComputedStyle(span).visibility === 'visible',
        whole:
          span.getBoundingClientRect().width <=
          span.parentElement!.getBoundingClientRect().width + 0.5,
      }));
      return result;
    };
    const phone = await drawn('328px');
    for (const label of phone)
      if (label.shown) expect(label, label.text ?? '').toMatchObject({ whole: true });
    expect(phone.find((l) => l.text?.includes('48'))?.shown).toBe(false);
    expect(phone.find((l) => l.text?.includes('207'))?.shown).toBe(true);
    const wide = await drawn('1100px');
    expect(wide.every((l) => l.shown && l.whole)).toBe(true);
  });
});

describe('FidelityView', () => {
  it('lists shares with their counts, and a hidden indicator with its reason', async () => {
    const screen = await render(<FidelityView rows={fidelityRows()} tableMode="beside" />);
    const chart = screen.container.querySelector('.bb-fu-view__chart')!;
    expect(chart.textContent).toMatch(/72\s%/);
    expect(chart.textContent).toContain('(36 av 50)');
    const hidden = screen.getByRole('row', { name: /^Barnet deltog/ });
    // The denominator is shown in the data, but with the numerator hidden it would give the share away.
    for (const c of hidden.getByRole('cell').elements())
      expect(c.textContent).toBe('Dolt (färre än 5 svar)');
    await expectNoAxeViolations(screen.container);
  });
});

describe('CompareView', () => {
  it('shows units side by side per period, a unit under the threshold as hidden with no figures', async () => {
    const screen = await render(
      <CompareView groups={compareGroups()} areaName="Trygg" tableMode="beside" />,
    );
    await expect
      .element(screen.getByRole('table', { name: 'Jämförelse för Trygg' }))
      .toBeInTheDocument();
    const small = screen.getByRole('row', { name: /^Lilla byskolan HT 2025/ });
    const cells = small
      .getByRole('cell')
      .elements()
      .map((c) => c.textContent ?? '');
    expect(cells[0]).toBe('HT 2025');
    for (const text of cells.slice(1)) expect(text).toBe('Dolt (färre än 5 svar)');
    const panels = screen.container.querySelectorAll('.bb-fu-multiples__panel');
    expect(panels).toHaveLength(3);
    expect(panels[0]!.textContent).toContain('Lilla byskolanDolt: färre än 5 svar');
    await expectNoAxeViolations(screen.container);
  });
});
