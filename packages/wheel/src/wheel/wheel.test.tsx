import { defaultPack, type Assessment, type ContentOverride } from '@barnets-basta/core';
import { sexOmradenPack } from '@barnets-basta/core/packs/sex-omraden';
import { useState, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { PATIENCE } from '../../../../testing/patience.ts';
import '../styles.css';
import { assessment, guardian, partly, school, studentHealth } from './test-fixtures.ts';
import { Wheel, type WheelProps } from './wheel.tsx';

const AREAS = defaultPack.areas.map((a) => a.id);
const NAMES = [
  'Trygg',
  'Må bra',
  'Utvecklas',
  'Omvårdad',
  'Aktiv',
  'Respekterad',
  'Ansvarstagande',
  'Delaktig',
];
const STEP = [
  '1 – Stämmer inte alls',
  '2 – Stämmer lite',
  '3 – Stämmer ganska bra',
  '4 – Stämmer bra',
  '5 – Stämmer helt',
];

beforeEach(async () => {
  await page.viewport(1280, 1000);
});

/** The wheel in a plain form, as a host would use it, with submit and reset buttons. */
async function renderInForm(ui: ReactNode, width?: number) {
  const screen = await render(
    <div style={width ? { width } : undefined}>
      <form aria-label="Testformulär" onSubmit={(e) => e.preventDefault()}>
        {ui}
        <button type="submit" className="bb-wheel-button">
          Skicka
        </button>
        <button type="reset" className="bb-wheel-button">
          Återställ
        </button>
      </form>
    </div>,
  );
  const form = screen.container.querySelector('form')!;
  const root = () => screen.container.querySelector<HTMLElement>('.bb-wheel')!;
  return { screen, form, root };
}

const area = (screen: Awaited<ReturnType<typeof render>>, name: string) =>
  screen.getByRole('group', { name: new RegExp(`^${name}\\b`) });

const entries = (form: HTMLFormElement) =>
  [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);

/** A point well inside an SVG shape, in client coordinates relative to its bounding box, for a real pointer click. */
function pointInside(el: SVGGeometryElement): { x: number; y: number } {
  const box = el.getBBox();
  const inside: DOMPoint[] = [];
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 20; j++) {
      const p = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
      if (el.isPointInFill(p)) inside.push(p);
    }
  }
  // The inside point farthest from the outline: the middle of the list sorted by distance to the centroid.
  const cx = inside.reduce((s, p) => s + p.x, 0) / inside.length;
  const cy = inside.reduce((s, p) => s + p.y, 0) / inside.length;
  inside.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  const best = inside[0]!;
  const screenPoint = best.matrixTransform(el.getScreenCTM()!);
  const rect = el.getBoundingClientRect();
  return { x: screenPoint.x - rect.left, y: screenPoint.y - rect.top };
}

function cell(container: HTMLElement, areaId: string, level: number) {
  return container.querySelector<SVGPathElement>(
    `.bb-wheel__cell[data-area="${areaId}"][data-level="${level}"]`,
  )!;
}

async function clickCell(container: HTMLElement, areaId: string, level: number) {
  const el = cell(container, areaId, level);
  await userEvent.click(el, { position: pointInside(el) });
}

function fillRadius(container: HTMLElement, areaId: string) {
  return Number(
    container
      .querySelector(`.bb-wheel__segment[data-area="${areaId}"] .bb-wheel__fill`)!
      .getAttribute('data-fill-radius'),
  );
}

describe('Wheel: semantics', () => {
  it('is one fieldset per area with a legend, in pack order, with native radios and the two extra choices', async () => {
    const { screen, root } = await renderInForm(<Wheel name="hjul" animate={false} />);
    await expect
      .element(screen.getByRole('group', { name: 'Barnets bästa-hjulet' }))
      .toBeInTheDocument();
    const legends = [
      ...root().querySelectorAll('.bb-wheel-area > legend .bb-wheel-area__name'),
    ].map((n) => n.textContent);
    expect(legends).toEqual(NAMES);
    const trygg = area(screen, 'Trygg');
    await expect.element(trygg).toHaveAccessibleName(/^Trygg Jag känner mig trygg/);
    for (const name of [...STEP, 'Vet inte', 'Vill inte svara']) {
      await expect.element(trygg.getByRole('radio', { name, exact: true })).not.toBeChecked();
    }
    // The drawing is hidden from assistive technology.
    expect(root().querySelector('svg.bb-wheel__drawing')!.getAttribute('aria-hidden')).toBe('true');
    expect(root().dataset.layout).toBe('wheel');
    await expectNoAxeViolations(screen.container);
  });
});

describe('Wheel: keyboard', () => {
  it('goes through every area with Tab, rates with Space and arrows, opens and closes the popover', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, root } = await renderInForm(
      <Wheel name="hjul" onChange={onChange} animate={false} />,
    );
    for (let i = 0; i < AREAS.length; i++) {
      const group = area(screen, NAMES[i]!);
      await userEvent.keyboard('{Tab}');
      // Tab lands on the first step of the group, without choosing it.
      const first = group.getByRole('radio', { name: STEP[0], exact: true });
      await expect.element(first).toHaveFocus();
      await expect.element(first).not.toBeChecked();
      await userEvent.keyboard('{Space}');
      await expect.element(first).toBeChecked();
      const target = (i % 5) + 1;
      for (let k = 1; k < target; k++) await userEvent.keyboard('{ArrowRight}');
      const chosen = group.getByRole('radio', { name: STEP[target - 1], exact: true });
      await expect.element(chosen).toBeChecked();
      await expect.element(chosen).toHaveFocus();
      // The focus ring is drawn on the matching ring cell.
      const ring = root().querySelector('.bb-wheel__focus-ring')!;
      expect(ring.getAttribute('data-area')).toBe(AREAS[i]);
      expect(ring.getAttribute('data-focus-level')).toBe(String(target));
      await expect
        .element(group.getByText(STEP[target - 1]!, { exact: true }).first())
        .toBeInTheDocument();
      expect(fillRadius(root(), AREAS[i]!)).toBeGreaterThan(0);

      // Tab leaves the radio group (one tab stop) for the "Om …" button.
      await userEvent.keyboard('{Tab}');
      const about = screen.getByRole('button', { name: `Om ${NAMES[i]}` });
      await expect.element(about).toHaveFocus();
      expect(root().querySelector('.bb-wheel__focus-ring')).toBeNull();
      if (i === 0 || i === AREAS.length - 1) {
        await userEvent.keyboard('{Enter}');
        const dialog = screen.getByRole('dialog', { name: NAMES[i] });
        await expect.element(dialog).toBeVisible();
        await expect.element(dialog.getByRole('heading', { name: NAMES[i] })).toHaveFocus();
        await expectNoAxeViolations(screen.container);
        await userEvent.keyboard('{Escape}');
        await expect.element(dialog).not.toBeInTheDocument();
        await expect.element(about).toHaveFocus();
      }
    }
    const last = onChange.mock.lastCall![0];
    expect(AREAS.map((id) => last.areas[id]?.answer)).toEqual(
      AREAS.map((_, i) => ({ kind: 'value', value: (i % 5) + 1 })),
    );
    // After the last area comes the closing question.
    await userEvent.keyboard('{Tab}');
    await expect
      .element(screen.getByRole('textbox', { name: 'Vad hoppas du på framåt?' }))
      .toHaveFocus();
    await expectNoAxeViolations(screen.container);
  });

  it('reaches "Vet inte" and "Vill inte svara" with the arrows, in the same group', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, root } = await renderInForm(
      <Wheel name="hjul" onChange={onChange} animate={false} />,
    );
    await userEvent.keyboard('{Tab}{End}');
    const group = area(screen, 'Trygg');
    // End is not a radio key: go there with arrows from the last step.
    await userEvent.keyboard('{Space}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.element(group.getByRole('radio', { name: 'Vet inte' })).toBeChecked();
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'dont-know' });
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(group.getByRole('radio', { name: 'Vill inte svara' })).toBeChecked();
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'declined' });
    // The drawing shows the state with a pattern (data-state) and words, not colour alone.
    expect(
      root().querySelector('.bb-wheel__segment[data-area="trygg"]')!.getAttribute('data-state'),
    ).toBe('declined');
    expect(
      root().querySelector('.bb-wheel__segment[data-area="trygg"] .bb-wheel__pattern'),
    ).not.toBeNull();
    await expect.element(group.getByText('Vill inte svara', { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });
});

describe('Wheel: pointer', () => {
  it('a click on every ring cell checks the matching radio and focuses it', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, root } = await renderInForm(
      <Wheel name="hjul" onChange={onChange} animate={false} />,
    );
    for (let i = 0; i < AREAS.length; i++) {
      for (let level = 1; level <= 5; level++) {
        await clickCell(root(), AREAS[i]!, level);
        const radio = area(screen, NAMES[i]!).getByRole('radio', {
          name: STEP[level - 1],
          exact: true,
        });
        await expect.element(radio).toBeChecked();
        await expect.element(radio).toHaveFocus();
        expect(onChange.mock.lastCall![0].areas[AREAS[i]!]?.answer).toEqual({
          kind: 'value',
          value: level,
        });
      }
    }
    await expectNoAxeViolations(screen.container);
  });

  it('the fill grows from the centre to the chosen ring', async () => {
    const { root } = await renderInForm(<Wheel animate={false} />);
    const empty = fillRadius(root(), 'aktiv');
    await clickCell(root(), 'aktiv', 2);
    const two = fillRadius(root(), 'aktiv');
    await clickCell(root(), 'aktiv', 5);
    const five = fillRadius(root(), 'aktiv');
    expect(empty).toBeLessThan(two);
    expect(two).toBeLessThan(five);
  });
});

describe('Wheel: forms', () => {
  it('submits each area once with a plain form, including notes, visibility and hopes', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" allowVisibilityChoice defaultValue={partly} animate={false} />,
      340,
    );
    // Narrow: the list layout shows every radio, so a pointer can click them.
    await expect
      .element(area(screen, 'Utvecklas').getByRole('radio', { name: STEP[0], exact: true }))
      .toBeVisible();
    await area(screen, 'Utvecklas').getByRole('radio', { name: 'Vet inte' }).click();
    await area(screen, 'Omvårdad').getByRole('radio', { name: 'Vill inte svara' }).click();
    // A note and a visibility choice through the popover; its own copies of the choices must not submit.
    await screen.getByRole('button', { name: 'Om Trygg' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Trygg' });
    await dialog.getByRole('textbox', { name: 'Anteckning' }).fill('Rasterna är jobbiga');
    await dialog.getByRole('radio', { name: 'Bara min kontaktperson' }).click();
    await dialog.getByRole('radio', { name: STEP[1], exact: true }).click();
    await expectNoAxeViolations(screen.container);
    await userEvent.keyboard('{Escape}');
    await screen
      .getByRole('textbox', { name: 'Vad hoppas du på framåt?' })
      .fill('Att få fler kompisar');

    const data = entries(form);
    const keys = data.map(([k]) => k);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.fromEntries(data)).toEqual({
      // Trygg is for the contact person only: the meeting's form (the default) gets none of it.
      'hjul.ma-bra': '3',
      'hjul.ma-bra.visibility': 'meeting',
      'hjul.utvecklas': 'dont-know',
      'hjul.utvecklas.visibility': 'meeting',
      'hjul.omvardad': 'declined',
      'hjul.omvardad.visibility': 'meeting',
      'hjul.aktiv': '5',
      'hjul.aktiv.visibility': 'meeting',
      // Untouched areas send nothing, not even a visibility (core's wheelFormFields).
      'hjul.hopes': 'Att få fler kompisar',
      'hjul.hopes.visibility': 'meeting',
    });
  });

  it('form reset returns to the default value, in the inputs and in the drawing', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, form, root } = await renderInForm(
      <Wheel name="hjul" defaultValue={partly} onChange={onChange} animate={false} />,
    );
    const before = fillRadius(root(), 'trygg');
    await clickCell(root(), 'trygg', 1);
    await clickCell(root(), 'utvecklas', 5);
    await screen.getByRole('textbox', { name: 'Vad hoppas du på framåt?' }).fill('Något');
    expect(fillRadius(root(), 'trygg')).toBeLessThan(before);
    await screen.getByRole('button', { name: 'Återställ' }).click();
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: STEP[3], exact: true }))
      .toBeChecked();
    await expect
      .element(area(screen, 'Utvecklas').getByRole('radio', { name: STEP[4], exact: true }))
      .not.toBeChecked();
    await expect
      .element(screen.getByRole('textbox', { name: 'Vad hoppas du på framåt?' }))
      .toHaveValue('');
    expect(fillRadius(root(), 'trygg')).toBe(before);
    expect(fillRadius(root(), 'utvecklas')).toBe(fillRadius(root(), 'delaktig'));
    expect(Object.fromEntries(entries(form))).toEqual({
      'hjul.trygg': '4',
      'hjul.ma-bra': '3',
      'hjul.aktiv': '5',
      'hjul.hopes': '',
    });
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('required: native validity, an error linked to each unanswered area, and "Vet inte" counts as an answer', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" required defaultValue={partly} animate={false} />,
      500,
    );
    expect(form.checkValidity()).toBe(false);
    await screen.getByRole('button', { name: 'Skicka' }).click();
    const utvecklas = area(screen, 'Utvecklas');
    const error = utvecklas.getByText(/Välj ett svar om Utvecklas/);
    await expect.element(error).toBeVisible();
    await expect
      .element(error)
      .toHaveTextContent(
        'Fel: Välj ett svar om Utvecklas. Du kan också välja ”Vet inte” eller ”Vill inte svara”.',
      );
    await expect.element(utvecklas).toHaveAccessibleDescription(/Välj ett svar om Utvecklas/);
    await expect.element(area(screen, 'Trygg')).not.toHaveAttribute('aria-describedby');
    const radio = utvecklas
      .getByRole('radio', { name: STEP[0], exact: true })
      .element() as HTMLInputElement;
    expect(radio.required).toBe(true);
    expect(radio.validationMessage).toMatch(/Välj ett svar om Utvecklas/);
    await expectNoAxeViolations(screen.container);
    for (const name of ['Utvecklas', 'Omvårdad', 'Respekterad', 'Ansvarstagande', 'Delaktig']) {
      await area(screen, name).getByRole('radio', { name: 'Vet inte' }).click();
    }
    expect(form.checkValidity()).toBe(true);
    await expect.element(utvecklas.getByText(/Välj ett svar om/)).not.toBeInTheDocument();
  });
});

describe('Wheel: controlled and uncontrolled', () => {
  it('controlled: shows the host value and changes only when the host accepts the change', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, root } = await renderInForm(
      <Wheel name="hjul" value={partly} onChange={onChange} animate={false} />,
    );
    await clickCell(root(), 'trygg', 2);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'value', value: 2 });
    // The host did not take the change: the wheel still shows the host's value.
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: STEP[3], exact: true }))
      .toBeChecked();
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: STEP[1], exact: true }))
      .not.toBeChecked();
  });

  it('controlled: a host that keeps the value sees every change', async () => {
    let latest: Assessment | undefined;
    function Host() {
      const [value, setValue] = useState<Assessment>(partly);
      latest = value;
      return <Wheel name="hjul" value={value} onChange={setValue} animate={false} />;
    }
    const { screen, root } = await renderInForm(<Host />);
    await clickCell(root(), 'delaktig', 3);
    await expect
      .element(area(screen, 'Delaktig').getByRole('radio', { name: STEP[2], exact: true }))
      .toBeChecked();
    expect(latest!.areas.delaktig?.answer).toEqual({ kind: 'value', value: 3 });
    expect(latest!.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
  });

  it('uncontrolled: starts from defaultValue and keeps its own state', async () => {
    const { screen, root } = await renderInForm(
      <Wheel name="hjul" defaultValue={partly} animate={false} />,
    );
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: STEP[3], exact: true }))
      .toBeChecked();
    await clickCell(root(), 'trygg', 1);
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: STEP[0], exact: true }))
      .toBeChecked();
  });
});

describe('Wheel: answers round-trip', () => {
  it('"Vet inte" and "Vill inte svara" survive onChange → value → FormData', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const first = await renderInForm(
      <Wheel name="hjul" onChange={onChange} animate={false} />,
      500,
    );
    await area(first.screen, 'Trygg').getByRole('radio', { name: 'Vet inte' }).click();
    await area(first.screen, 'Aktiv').getByRole('radio', { name: 'Vill inte svara' }).click();
    const saved = JSON.parse(JSON.stringify(onChange.mock.lastCall![0])) as Assessment;
    expect(saved.areas.trygg?.answer).toEqual({ kind: 'dont-know' });
    expect(saved.areas.aktiv?.answer).toEqual({ kind: 'declined' });
    await first.screen.unmount();

    const second = await renderInForm(<Wheel name="hjul" defaultValue={saved} animate={false} />);
    await expect
      .element(area(second.screen, 'Trygg').getByRole('radio', { name: 'Vet inte' }))
      .toBeChecked();
    await expect
      .element(area(second.screen, 'Aktiv').getByRole('radio', { name: 'Vill inte svara' }))
      .toBeChecked();
    expect(Object.fromEntries(entries(second.form))).toMatchObject({
      'hjul.trygg': 'dont-know',
      'hjul.aktiv': 'declined',
    });
    expect(
      second
        .root()
        .querySelector('.bb-wheel__segment[data-area="trygg"]')!
        .getAttribute('data-state'),
    ).toBe('dont-know');
    await expectNoAxeViolations(second.screen.container);
  });
});

describe('Wheel: read-only and disabled', () => {
  const notes = assessment({
    trygg: { answer: { kind: 'value', value: 4 }, note: 'Tryggt hemma' },
    aktiv: { answer: { kind: 'dont-know' } },
  });

  it('read-only: values stay readable as text and still submit; nothing can change', async () => {
    const onChange = vi.fn();
    const { screen, form, root } = await renderInForm(
      <Wheel name="hjul" readOnly defaultValue={notes} onChange={onChange} animate={false} />,
    );
    const trygg = area(screen, 'Trygg');
    await expect.element(trygg.getByText('4 – Stämmer bra', { exact: true }).first()).toBeVisible();
    await expect.element(trygg.getByText('Tryggt hemma')).toBeVisible();
    await expect
      .element(area(screen, 'Aktiv').getByText('Vet inte', { exact: true }).first())
      .toBeVisible();
    await expect.element(trygg.getByRole('radio', { name: STEP[3], exact: true })).toBeDisabled();
    expect(root().querySelector('svg')!.getAttribute('data-interactive')).toBe('false');
    cell(root(), 'trygg', 1).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onChange).not.toHaveBeenCalled();
    expect(Object.fromEntries(entries(form))).toEqual({
      'hjul.trygg': '4',
      'hjul.trygg.note': 'Tryggt hemma',
      'hjul.aktiv': 'dont-know',
      'hjul.hopes': '',
    });
    await screen.getByRole('button', { name: 'Om Trygg' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Trygg' });
    await expect.element(dialog.getByText('Tryggt hemma')).toBeVisible();
    await expect.element(dialog.getByRole('textbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('disabled: every control is disabled and nothing submits', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" disabled defaultValue={notes} animate={false} />,
    );
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: 'Vet inte' }))
      .toBeDisabled();
    await expect.element(screen.getByRole('button', { name: 'Om Trygg' })).toBeDisabled();
    expect(entries(form)).toEqual([]);
    await expectNoAxeViolations(screen.container);
  });
});

describe('Wheel: popover', () => {
  it('has a title, takes focus, binds the same answer, and returns focus on Escape', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" audience="child-13-18" animate={false} />,
    );
    const about = screen.getByRole('button', { name: 'Om Omvårdad' });
    await expect.element(about).toHaveAttribute('aria-expanded', 'false');
    await about.click();
    const dialog = screen.getByRole('dialog', { name: 'Omvårdad' });
    await expect.element(about).toHaveAttribute('aria-expanded', 'true');
    await expect.element(about).toHaveAttribute('aria-controls', dialog.element().id);
    await expect.element(dialog.getByRole('heading', { level: 2, name: 'Omvårdad' })).toHaveFocus();
    await expect.element(dialog).toHaveAccessibleDescription(/.+/);
    expect(dialog.getByRole('listitem').all().length).toBeGreaterThanOrEqual(2);
    await dialog.getByRole('radio', { name: STEP[4], exact: true }).click();
    // The area's own radio (first in DOM order; the popover's copy comes after it) follows.
    await expect
      .element(area(screen, 'Omvårdad').getByRole('radio', { name: STEP[4], exact: true }).first())
      .toBeChecked();
    expect(new FormData(form).getAll('hjul.omvardad')).toEqual(['5']);
    await expectNoAxeViolations(screen.container);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(about).toHaveFocus();
    await expect.element(about).toHaveAttribute('aria-expanded', 'false');
    // The button toggles: open, then a second click closes.
    await about.click();
    await expect.element(screen.getByRole('dialog', { name: 'Omvårdad' })).toBeVisible();
    await about.click();
    await expect.element(screen.getByRole('dialog', { name: 'Omvårdad' })).not.toBeInTheDocument();
  });

  it('a note with markup stays text', async () => {
    const markup = '<script>alert(1)</script><b>fet</b> & <img src=x onerror=alert(2)>';
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, root } = await renderInForm(
      <Wheel name="hjul" onChange={onChange} animate={false} />,
    );
    await screen.getByRole('button', { name: 'Om Trygg' }).click();
    await screen.getByRole('dialog').getByRole('textbox', { name: 'Anteckning' }).fill(markup);
    expect(onChange.mock.lastCall![0].areas.trygg?.note).toBe(markup);
    await userEvent.keyboard('{Escape}');
    const saved = onChange.mock.lastCall![0];
    await screen.unmount();
    const again = await renderInForm(<Wheel readOnly defaultValue={saved} animate={false} />);
    const note = again.screen.getByText(markup);
    await expect.element(note).toBeVisible();
    expect(again.root().querySelector('b, script, img')).toBeNull();
    expect(root()).toBeNull();
  });

  it('visibility choice for the child', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen } = await renderInForm(
      <Wheel name="hjul" allowVisibilityChoice onChange={onChange} animate={false} />,
    );
    await screen.getByRole('button', { name: 'Om Aktiv' }).click();
    const group = screen
      .getByRole('dialog')
      .getByRole('group', { name: 'Vem får se det här svaret?' });
    await expect.element(group.getByRole('radio', { name: 'Alla på mötet' })).toBeChecked();
    await group.getByRole('radio', { name: 'Bara jag' }).click();
    expect(onChange.mock.lastCall![0].areas.aktiv?.visibility).toBe('respondent');
    await expectNoAxeViolations(screen.container);
  });
});

describe('Wheel: overlays', () => {
  // A series draws all its markers as one path, one closed subpath per marker.
  const markerCount = (group: Element) =>
    [...group.querySelectorAll('.bb-wheel__series-marker')].reduce(
      (n, marker) => n + (marker.getAttribute('d')?.match(/M/g)?.length ?? 0),
      0,
    );
  const series = [
    { id: 'mamma', label: 'Mamma', assessment: guardian },
    { id: 'mentor', label: 'Mentor', assessment: school },
    { id: 'kurator', label: 'Kurator', assessment: studentHealth },
  ];

  it('draws one outline per series, each with its own dash pattern and markers', async () => {
    const { screen, root } = await renderInForm(
      <Wheel readOnly defaultValue={partly} series={series} animate={false} />,
    );
    // The outlines are a lazy layer of the drawing (ADR 7): they follow the wheel.
    await vi.waitFor(() => expect(root().querySelectorAll('[data-series]')).toHaveLength(3), {
      timeout: PATIENCE,
    });
    const groups = [...root().querySelectorAll('[data-series]')];
    expect(groups.map((g) => g.getAttribute('data-series'))).toEqual([
      'mamma',
      'mentor',
      'kurator',
    ]);
    const dashes = groups.map((g) =>
      g.querySelector('.bb-wheel__series-line')!.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(3);
    // Every answered area gets a marker (Kurator did not answer Ansvarstagande).
    expect(groups.map(markerCount)).toEqual([8, 8, 7]);
    await expectNoAxeViolations(screen.container);
  });

  it("leaves out hidden series (keeping the others' styles) and answers the viewer may not see", async () => {
    const secret = assessment(
      { trygg: { answer: { kind: 'value', value: 2 }, visibility: 'respondent' }, aktiv: 3 },
      { id: 'secret', perspective: { kind: 'child' } },
    );
    const { root } = await renderInForm(
      <Wheel
        readOnly
        series={[...series, { id: 'barnet', label: 'Barnet', assessment: secret }]}
        hiddenSeries={['mentor']}
        animate={false}
      />,
    );
    await vi.waitFor(() => expect(root().querySelectorAll('[data-series]')).toHaveLength(3), {
      timeout: PATIENCE,
    });
    const groups = [...root().querySelectorAll('[data-series]')];
    expect(groups.map((g) => g.getAttribute('data-series'))).toEqual([
      'mamma',
      'kurator',
      'barnet',
    ]);
    expect(
      groups[1]!.querySelector('.bb-wheel__series-line')!.getAttribute('stroke-dasharray'),
    ).toBe('2 3');
    expect(markerCount(groups[2]!)).toBe(1);
  });
});

describe('Wheel: layout', () => {
  it('switches the same DOM to a list in a narrow container, and back', async () => {
    function Resizable() {
      const [width, setWidth] = useState(320);
      return (
        <>
          <button type="button" className="bb-wheel-button" onClick={() => setWidth(1000)}>
            Bredare
          </button>
          <div style={{ width }}>
            <Wheel name="hjul" defaultValue={partly} animate={false} />
          </div>
        </>
      );
    }
    const { screen, root } = await renderInForm(<Resizable />);
    await expect.poll(() => root().dataset.layout).toBe('list');
    const radio = area(screen, 'Trygg').getByRole('radio', { name: STEP[3], exact: true });
    await expect.element(radio).toBeVisible();
    await expect.element(radio).toBeChecked();
    expect(root().querySelector('svg')!.getAttribute('data-interactive')).toBe('false');
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Bredare' }).click();
    await expect.poll(() => root().dataset.layout).toBe('wheel');
    // Same inputs, still checked; the wheel now carries the steps.
    await expect.element(radio).toBeChecked();
    const steps = radio.element().closest('.bb-wheel-choices__steps')!;
    expect(steps.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(root().dataset.columns).toBe('2');
  });

  it('keeps every ring cell at least 24 × 24 px in the wheel layout', async () => {
    for (const width of [1100, 700, 460]) {
      const { root, screen } = await renderInForm(<Wheel animate={false} />, width);
      await expect.poll(() => root().dataset.layout).toBeDefined();
      if (root().dataset.layout === 'wheel') {
        const inner = cell(root(), 'trygg', 1).getBoundingClientRect();
        const ring = root().querySelector('.bb-wheel__drawing')!.getBoundingClientRect();
        expect(inner.width).toBeGreaterThanOrEqual(24);
        expect(ring.width).toBeLessThanOrEqual(width);
      }
      await screen.unmount();
    }
  });

  it('right to left: the wheel runs counterclockwise, the DOM order stays', async () => {
    const centreX = (root: HTMLElement) => {
      const r = root.querySelector('.bb-wheel__drawing')!.getBoundingClientRect();
      return r.left + r.width / 2;
    };
    const ltr = await renderInForm(<Wheel animate={false} />);
    const ltrX = cell(ltr.root(), 'ma-bra', 3).getBoundingClientRect();
    expect(ltrX.left).toBeGreaterThan(centreX(ltr.root()));
    await ltr.screen.unmount();

    const rtl = await renderInForm(
      <div dir="rtl">
        <Wheel animate={false} />
      </div>,
    );
    await expect
      .poll(() => cell(rtl.root(), 'ma-bra', 3).getBoundingClientRect().right)
      .toBeLessThan(centreX(rtl.root()));
    const legends = [...rtl.root().querySelectorAll('.bb-wheel-area__name')].map(
      (n) => n.textContent,
    );
    expect(legends).toEqual(NAMES);
    await clickCell(rtl.root(), 'ma-bra', 3);
    await expect
      .element(area(rtl.screen, 'Må bra').getByRole('radio', { name: STEP[2], exact: true }))
      .toBeChecked();
    await expectNoAxeViolations(rtl.screen.container);
  });
});

describe('Wheel: motion', () => {
  it('honours prefers-reduced-motion: no animation, the fill is at once where it belongs', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      const { root } = await renderInForm(<Wheel defaultValue={partly} />);
      expect(root().dataset.motion).toBe('off');
      const target = fillRadius(root(), 'aktiv');
      expect(
        Number(
          root()
            .querySelector('.bb-wheel__segment[data-area="aktiv"] .bb-wheel__fill')!
            .getAttribute('r'),
        ),
      ).toBe(target);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('animates by default and can be switched off by the host', async () => {
    const on = await renderInForm(<Wheel defaultValue={partly} />);
    expect(on.root().dataset.motion).toBe('on');
    const fill = () =>
      on.root().querySelector('.bb-wheel__segment[data-area="aktiv"] .bb-wheel__fill')!;
    // The fill grows towards its ring and gets there.
    await expect
      .poll(() => Number(fill().getAttribute('r')), { timeout: PATIENCE })
      .toBeCloseTo(fillRadius(on.root(), 'aktiv'), 0);
    await on.screen.unmount();
    const off = await renderInForm(<Wheel defaultValue={partly} animate={false} />);
    expect(off.root().dataset.motion).toBe('off');
  });
});

describe('Wheel: scales', () => {
  it('1–10: one range input per area, unanswered until touched, with "Vet inte" and a way back', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" scale="steps-10" required onChange={onChange} animate={false} />,
    );
    const trygg = area(screen, 'Trygg');
    const slider = trygg.getByRole('slider', { name: 'Trygg, från 1 till 10' });
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'Inte besvarat');
    // Required: the slider itself is invalid until answered (a range always has a value natively).
    expect((slider.element() as HTMLInputElement).validationMessage).toMatch(
      /Välj ett svar om Trygg/,
    );
    expect(new FormData(form).has('hjul.trygg')).toBe(false);
    await userEvent.keyboard('{Tab}');
    await expect.element(slider).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'value', value: 7 });
    await expect.element(slider).toHaveAttribute('aria-valuetext', '7 av 10');
    expect(new FormData(form).getAll('hjul.trygg')).toEqual(['7']);
    expect((slider.element() as HTMLInputElement).validationMessage).toBe('');
    await trygg.getByRole('radio', { name: 'Vet inte' }).click();
    expect(new FormData(form).getAll('hjul.trygg')).toEqual(['dont-know']);
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'Vet inte');
    await expectNoAxeViolations(screen.container);
    await trygg.getByRole('button', { name: 'Ta bort svaret' }).click();
    expect(onChange.mock.lastCall![0].areas.trygg).toBeUndefined();
    expect(new FormData(form).has('hjul.trygg')).toBe(false);
  });

  it('discussion only: a "talked about" checkbox and a note per area', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" scale="none" animate={false} />,
      500,
    );
    const trygg = area(screen, 'Trygg');
    await trygg.getByRole('checkbox', { name: 'Vi har pratat om det här' }).click();
    await trygg.getByRole('textbox', { name: 'Anteckning' }).fill('Vi pratade om rasterna');
    expect(screen.getByRole('radio').all()).toHaveLength(0);
    // Text fields submit like any textarea: empty notes as "".
    expect(Object.fromEntries(entries(form).filter(([, v]) => v !== ''))).toEqual({
      'hjul.trygg.talkedAbout': 'true',
      'hjul.trygg.note': 'Vi pratade om rasterna',
    });
    expect(new FormData(form).getAll('hjul.trygg.note')).toHaveLength(1);
    await expectNoAxeViolations(screen.container);
  });

  it('faces: three steps with their words', async () => {
    const { screen } = await renderInForm(
      <Wheel scale="faces-3" audience="child-4-7" animate={false} />,
    );
    const trygg = area(screen, 'Trygg');
    for (const name of ['1 – Inte bra', '2 – Sådär', '3 – Bra']) {
      await expect.element(trygg.getByRole('radio', { name, exact: true })).toBeInTheDocument();
    }
    await expectNoAxeViolations(screen.container);
  });
});

describe('Wheel: content, language and bad input', () => {
  it('an invalid content override shows the problems by path and falls back to the default pack', async () => {
    const content = {
      areas: { trygg: { color: 'röd' }, okand: { color: '#123456' } },
    } as unknown as ContentOverride;
    const { screen } = await renderInForm(<Wheel content={content} animate={false} />);
    await expect
      .element(screen.getByText('Innehållet till hjulet kunde inte användas'))
      .toBeVisible();
    await expect.element(screen.getByText(/areas\[0\]\.color: ska vara en färg/)).toBeVisible();
    await expect.element(screen.getByText(/okand/)).toBeVisible();
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: 'Vet inte' }))
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('an invalid value is reported and the wheel starts empty instead of crashing', async () => {
    const broken = {
      ...partly,
      areas: { trygg: { answer: { kind: 'value', value: 9 } } },
    } as unknown as Assessment;
    const { screen } = await renderInForm(
      <Wheel defaultValue={broken} locale="en" animate={false} />,
    );
    await expect.element(screen.getByText('The saved answers could not be read')).toBeVisible();
    await expect.element(screen.getByText(/areas\.trygg\.answer\.value/)).toBeVisible();
    await expect
      .element(area(screen, 'Safe').getByRole('radio', { name: "Don't know" }))
      .not.toBeChecked();
  });

  it('a six-area pack and an override that picks six areas', async () => {
    const six = await renderInForm(<Wheel content={sexOmradenPack} animate={false} />);
    expect(six.root().querySelectorAll('fieldset.bb-wheel-area')).toHaveLength(6);
    expect(six.root().querySelectorAll('.bb-wheel__segment')).toHaveLength(6);
    await expectNoAxeViolations(six.screen.container);
    await six.screen.unmount();
    const picked = await renderInForm(
      <Wheel
        content={{ order: ['trygg', 'ma-bra', 'utvecklas', 'omvardad', 'aktiv', 'delaktig'] }}
        animate={false}
      />,
    );
    expect(
      [...picked.root().querySelectorAll('.bb-wheel-area__name')].map((n) => n.textContent),
    ).toEqual(['Trygg', 'Må bra', 'Utvecklas', 'Omvårdad', 'Aktiv', 'Delaktig']);
  });

  it('English, with a host rewording one message', async () => {
    const props: WheelProps = {
      locale: 'en',
      messages: { dontKnow: 'Not sure' },
      childName: 'Sam',
      animate: false,
    };
    const { screen, root } = await renderInForm(<Wheel {...props} />);
    await expect.element(screen.getByRole('button', { name: 'About Safe' })).toBeInTheDocument();
    await expect
      .element(area(screen, 'Safe').getByRole('radio', { name: 'Not sure' }))
      .toBeInTheDocument();
    await expect
      .element(area(screen, 'Safe').getByRole('radio', { name: '4 – True', exact: true }))
      .toBeInTheDocument();
    expect(root().querySelector('.bb-wheel__centre-label')!.textContent).toBe('Sam');
    expect(root().getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(screen.container);
  });
});

describe('Wheel: forced colours', () => {
  it('draws with system colours and keeps the fill distinct from the empty rings', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const { root } = await renderInForm(<Wheel defaultValue={partly} animate={false} />);
      const style = (sel: string) => getComputedStyle(root().querySelector(sel)!);
      const fill = style('.bb-wheel__segment[data-area="trygg"] .bb-wheel__fill').fill;
      const sector = style('.bb-wheel__segment[data-area="trygg"] .bb-wheel__sector').fill;
      expect(fill).not.toBe(sector);
      expect(style('.bb-wheel__name').fill).toBe(style('.bb-wheel__centre-label').fill);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('keeps the icons of the controls visible: painted in the text colour, not the page colour', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const { root } = await renderInForm(<Wheel defaultValue={partly} animate={false} />);
      const style = (sel: string) => getComputedStyle(root().querySelector(sel)!);
      for (const sel of [
        '[data-kind="dont-know"] .bb-wheel-icon',
        '.bb-wheel-area__about .bb-wheel-icon',
      ]) {
        const icon = style(sel);
        // A mask paints the background colour: forced colours must not turn it into the page's.
        expect(icon.maskImage).toContain('data:image/svg+xml');
        expect(icon.backgroundColor).not.toBe(style('.bb-wheel-area').backgroundColor);
      }
      expect(style('[data-kind="dont-know"] .bb-wheel-icon').backgroundColor).toBe(
        style('.bb-wheel-area__name').color,
      );
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
