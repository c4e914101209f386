import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../views.css';
import { fourPerspectives, readings } from '../test-fixtures.ts';
import { SeriesLegend, type LegendSeries } from './series-legend.tsx';
import { SERIES_STYLES, seriesMarkerPath, seriesStyleAt } from './series-styles.ts';

function Harness({
  series,
  onChange,
}: {
  series: LegendSeries[];
  onChange?: (h: string[]) => void;
}) {
  const [hidden, setHidden] = useState<string[]>([]);
  return (
    <>
      <SeriesLegend
        series={series}
        hidden={hidden}
        onHiddenChange={(next) => {
          onChange?.(next);
          setHidden(next);
        }}
      />
      <output data-testid="hidden">{hidden.join(',')}</output>
    </>
  );
}

describe('SeriesLegend', () => {
  it('has a native checkbox per series, named "Visa …", inside a fieldset with a legend', async () => {
    const screen = await render(<Harness series={fourPerspectives} />);
    await expect.element(screen.getByRole('group', { name: 'Visa svar från' })).toBeInTheDocument();
    for (const name of [
      'Visa Barnet',
      'Visa Vårdnadshavare 1',
      'Visa Vårdnadshavare 2',
      'Visa Skolan (mentor)',
    ]) {
      await expect.element(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    await expectNoAxeViolations(screen.container);
  });

  it('toggles a series by click and by keyboard and reports the hidden keys', async () => {
    const onChange = vi.fn();
    const screen = await render(<Harness series={fourPerspectives} onChange={onChange} />);
    const guardian = screen.getByRole('checkbox', { name: 'Visa Vårdnadshavare 1' });
    await guardian.click();
    await expect.element(guardian).not.toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(['guardian-1']);
    await expect.element(screen.getByTestId('hidden')).toHaveTextContent('guardian-1');
    await expectNoAxeViolations(screen.container);

    // Keyboard only: Tab to the school's checkbox and press Space.
    const schoolBox = screen.getByRole('checkbox', { name: 'Visa Skolan (mentor)' });
    guardian.element().focus();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(schoolBox.element());
    await userEvent.keyboard(' ');
    await expect.element(schoolBox).not.toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(['guardian-1', 'school-1']);

    await guardian.click();
    await expect.element(guardian).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(['school-1']);
  });

  it('draws each series with its own dash pattern and marker shape, not colour alone', async () => {
    const screen = await render(<Harness series={fourPerspectives} />);
    const swatches = Array.from(screen.container.querySelectorAll('svg.bb-series-swatch'));
    expect(swatches).toHaveLength(4);
    const signatures = swatches.map((svg) => {
      const line = svg.querySelector('line')!;
      return `${line.getAttribute('stroke-dasharray') ?? 'none'}|${svg.getAttribute('data-marker')}`;
    });
    expect(new Set(signatures).size).toBe(4);
    for (const svg of swatches) expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(swatches[1]!.querySelector('path')!.getAttribute('d')).toBe(
      seriesMarkerPath(SERIES_STYLES[1]!.marker, 20, 8, 4),
    );
  });

  it('names readings by date, in English, and accepts plain named series', async () => {
    const screen = await render(
      <SeriesLegend
        series={readings}
        seriesKind="readings"
        locale="en"
        hidden={['reading-autumn']}
        onHiddenChange={() => {}}
      />,
    );
    await expect
      .element(screen.getByRole('group', { name: 'Show answers from' }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('checkbox', { name: 'Show Reading 20 Apr 2026' }))
      .toBeChecked();
    await expect
      .element(screen.getByRole('checkbox', { name: 'Show Reading 6 Oct 2025' }))
      .not.toBeChecked();
    await expectNoAxeViolations(screen.container);
  });

  it('works with key-and-name series and ignores junk entries', async () => {
    const series = [
      { id: 'a', label: 'Mamma' },
      null,
      { id: 'b', label: '<i>Pappa</i>' },
    ] as unknown as LegendSeries[];
    const screen = await render(<Harness series={series} />);
    expect(screen.getByRole('checkbox').all()).toHaveLength(2);
    await expect
      .element(screen.getByRole('checkbox', { name: 'Visa <i>Pappa</i>' }))
      .toBeInTheDocument();
    expect(screen.container.querySelector('i')).toBeNull();
  });
});

describe('SERIES_STYLES', () => {
  it('has six distinct styles and repeats after them', () => {
    expect(SERIES_STYLES).toHaveLength(6);
    expect(new Set(SERIES_STYLES.map((s) => s.dashArray)).size).toBe(6);
    expect(new Set(SERIES_STYLES.map((s) => s.marker)).size).toBe(6);
    expect(seriesStyleAt(6)).toBe(SERIES_STYLES[0]);
    expect(seriesStyleAt(-1)).toBe(SERIES_STYLES[5]);
    expect(SERIES_STYLES[0]!.cssColor).toBe('var(--bb-series-1, #1f2328)');
  });
});
