/**
 * One pointer path: a real pointer click on a drawn ring cell, on every kind of scale, goes
 * through the cell's native input (its own change handler), so FormData, validity and the
 * answer as text are what a click on the input itself gives.
 */
import { type Assessment } from '@barnets-basta/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../styles.css';
import { Wheel, type WheelProps } from './wheel.tsx';

beforeEach(async () => {
  await page.viewport(1280, 1000);
});

async function renderInForm(props: WheelProps) {
  const onChange = vi.fn<(a: Assessment) => void>();
  const screen = await render(
    <form aria-label="Testformulär" onSubmit={(e) => e.preventDefault()}>
      <Wheel name="hjul" animate={false} onChange={onChange} {...props} />
    </form>,
  );
  const form = screen.container.querySelector('form')!;
  const area = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}\\b`) });
  return { screen, form, area, onChange };
}

/** A point well inside an SVG shape, relative to its bounding box, for a real pointer click. */
function pointInside(el: SVGGeometryElement): { x: number; y: number } {
  const box = el.getBBox();
  const inside: DOMPoint[] = [];
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 20; j++) {
      const p = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
      if (el.isPointInFill(p)) inside.push(p);
    }
  }
  const cx = inside.reduce((s, p) => s + p.x, 0) / inside.length;
  const cy = inside.reduce((s, p) => s + p.y, 0) / inside.length;
  inside.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  const screenPoint = inside[0]!.matrixTransform(el.getScreenCTM()!);
  const rect = el.getBoundingClientRect();
  return { x: screenPoint.x - rect.left, y: screenPoint.y - rect.top };
}

async function clickCell(form: HTMLElement, areaId: string, level: number) {
  const el = form.querySelector<SVGPathElement>(
    `.bb-wheel__cell[data-area="${areaId}"][data-level="${level}"]`,
  )!;
  await userEvent.click(el, { position: pointInside(el) });
}

describe('Wheel: one pointer path for every scale', () => {
  it('steps: a cell checks its radio, which submits, validates and is focused', async () => {
    const { screen, form, area, onChange } = await renderInForm({ required: true });
    const radio = area('Trygg').getByRole('radio', { name: '3 – Stämmer ganska bra', exact: true });
    expect((radio.element() as HTMLInputElement).validity.valid).toBe(false);
    await clickCell(form, 'trygg', 3);
    await expect.element(radio).toBeChecked();
    await expect.element(radio).toHaveFocus();
    expect((radio.element() as HTMLInputElement).validity.valid).toBe(true);
    expect(new FormData(form).getAll('hjul.trygg')).toEqual(['3']);
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'value', value: 3 });
    await expectNoAxeViolations(screen.container);
  });

  it('1–10: a click on the range, even at its resting place, answers through the input', async () => {
    const { screen, form, area, onChange } = await renderInForm({
      scale: 'steps-10',
      required: true,
    });
    const slider = area('Trygg').getByRole('slider', { name: 'Trygg, från 1 till 10' });
    const el = slider.element() as HTMLInputElement;
    expect(el.validationMessage).toMatch(/Välj ett svar om Trygg/);
    // The unset range rests at 5 (4/9 along its track): a click there changes no value
    // natively, so only the pointer path can record the choice.
    const box = el.getBoundingClientRect();
    await userEvent.click(slider, { position: { x: (box.width * 4) / 9, y: box.height / 2 } });
    await expect.element(slider).toHaveAttribute('aria-valuetext', '5 av 10');
    await expect.element(slider).toHaveFocus();
    expect(el.validationMessage).toBe('');
    expect(new FormData(form).getAll('hjul.trygg')).toEqual(['5']);
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'value', value: 5 });
    // Near the end of the track: the native slide.
    await userEvent.click(slider, { position: { x: box.width - 4, y: box.height / 2 } });
    await expect.element(slider).toHaveAttribute('aria-valuetext', '10 – Precis som jag vill');
    expect(new FormData(form).getAll('hjul.trygg')).toEqual(['10']);
    await expectNoAxeViolations(screen.container);
  });

  it('discussion only: a cell toggles the "talked about" checkbox, which submits', async () => {
    const { screen, form, area, onChange } = await renderInForm({ scale: 'none' });
    const box = area('Trygg').getByRole('checkbox', { name: 'Vi har pratat om det här' });
    await clickCell(form, 'trygg', 1);
    await expect.element(box).toBeChecked();
    await expect.element(box).toHaveFocus();
    expect(new FormData(form).getAll('hjul.trygg.talkedAbout')).toEqual(['true']);
    expect(onChange.mock.lastCall![0].areas.trygg?.talkedAbout).toBe(true);
    await clickCell(form, 'trygg', 1);
    await expect.element(box).not.toBeChecked();
    expect(new FormData(form).has('hjul.trygg.talkedAbout')).toBe(false);
    await expectNoAxeViolations(screen.container);
  });
});
