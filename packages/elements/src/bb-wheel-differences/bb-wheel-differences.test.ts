import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { autumn, child, school, spring } from '../../../wheel/src/views/test-fixtures.ts';
import '../index.ts';
import { html, rendered, shadowText } from '../react-view-element/test-helpers.ts';

const series = [
  { id: 'child', assessment: child },
  { id: 'school', assessment: school },
];

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function differences(attributes = '') {
  const host = html(
    `<main><h1>Tillsammans</h1><h2>Hjulen</h2><bb-wheel-differences heading-level="3" ${attributes}></bb-wheel-differences></main>`,
  );
  const el = host.querySelector('bb-wheel-differences')!;
  el.series = series;
  return el;
}

describe('<bb-wheel-differences>', () => {
  it('names the largest differences first under a heading at the level the host asks for', async () => {
    const el = differences();
    await rendered(el, 'h3');
    await expect
      .element(page.getByRole('heading', { level: 3, name: 'Olika svar att prata om' }))
      .toBeVisible();
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent ?? '');
    // Trygg (2 vs 5) and Delaktig (2 vs 5) differ by 3: the largest, so first.
    expect(items[0]).toMatch(/^(Trygg|Delaktig): Barnet svarade 2/);
    await expectNoAxeViolations(document.body);
  });

  it('leaves out what the viewer may not see, and says so; the respondent sees their own', async () => {
    let el = differences();
    await rendered(el, 'h3');
    expect(shadowText(el)).toContain('Svar som är dolda för dig finns inte med här.');
    expect(shadowText(el)).not.toMatch(/Respekterad: Bara Barnet svarade/);

    document.body.replaceChildren();
    el = differences('viewer="respondent"');
    await rendered(el, 'h3');
    await vi.waitFor(() => expect(shadowText(el)).toMatch(/Respekterad: Bara Barnet svarade/), {
      timeout: 10_000,
    });
  });

  it('compares the first and the latest reading', async () => {
    const el = differences('series-kind="readings"');
    el.series = [{ assessment: spring }, { assessment: autumn }];
    await expect
      .element(page.getByRole('heading', { level: 3, name: 'Förändring över tid' }))
      .toBeVisible();
    expect(shadowText(el)).toMatch(/först/);
    await expectNoAxeViolations(document.body);
  });

  it('rewords through messages, in English too; a bad wheel is listed by path', async () => {
    const el = differences(
      `locale="en" messages='{"differencesHeading":"Where you see things differently"}'`,
    );
    el.series = [...series, { id: 'x', label: 'Trasig', assessment: { type: 'bb.assessment' } }];
    await expect
      .element(page.getByRole('heading', { level: 3, name: 'Where you see things differently' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('note'))
      .toHaveTextContent(/Trasig: series\[2\]\.assessment/);
    await expect
      .element(page.getByRole('note'))
      .toHaveTextContent(/Some of the data could not be shown/);
    await expectNoAxeViolations(document.body);
  });
});
