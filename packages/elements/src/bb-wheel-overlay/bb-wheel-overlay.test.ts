import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { child, school } from '../../../wheel/src/views/test-fixtures.ts';
import '../index.ts';
import { defaultPack } from '@barnets-basta/core';
import { prepareSeries } from '../react-view-element/prepare.ts';
import { html, rendered, shadowText } from '../react-view-element/test-helpers.ts';
import { viewElementMessages } from '../react-view-element/view-messages.ts';

// The child's fixture marks Respekterad "Bara jag" (respondent) with the note below.
const SECRET = 'Hemligt: ingen lyssnar på mig';
const series = [
  { id: 'child', assessment: child },
  { id: 'school', assessment: school },
];

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function overlay(attributes = '') {
  const host = html(
    `<main><h1>Tillsammans</h1><bb-wheel-overlay no-animation show-notes ${attributes}></bb-wheel-overlay></main>`,
  );
  const el = host.querySelector('bb-wheel-overlay')!;
  el.series = series;
  return el;
}

describe('the series a display element renders from', () => {
  it('hold only what the viewer may see, with a bare "not shared" mark where an answer was', () => {
    const seen = (viewer: 'meeting' | 'guardian' | 'respondent') =>
      prepareSeries(series, defaultPack, viewer, 'sv', viewElementMessages.sv).series;
    for (const viewer of ['meeting', 'guardian'] as const) {
      const [childSeen] = seen(viewer);
      expect(JSON.stringify(childSeen)).not.toContain(SECRET);
      expect(childSeen!.assessment.areas.respekterad).toEqual({ visibility: 'respondent' });
    }
    expect(JSON.stringify(seen('respondent')[0])).toContain(SECRET);
  });
});

describe('<bb-wheel-overlay>', () => {
  it('overlays the wheels with a legend and a table; the legend hides a series by keyboard', async () => {
    const el = overlay();
    await rendered(el, 'table');
    const table = page.getByRole('table');
    await expect.element(table.getByRole('columnheader', { name: 'Barnet' })).toBeVisible();
    await expect
      .element(table.getByRole('columnheader', { name: 'Skolan (mentor)' }))
      .toBeVisible();
    await expectNoAxeViolations(document.body);

    const showChild = page.getByRole('checkbox', { name: 'Visa Barnet' });
    await expect.element(showChild).toBeChecked();
    (showChild.element() as HTMLElement).focus();
    await userEvent.keyboard('{Space}');
    await expect.element(showChild).not.toBeChecked();
    await expect
      .element(table.getByRole('columnheader', { name: 'Barnet' }))
      .not.toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('shows the meeting only what the meeting may see: the child\'s "Bara jag" answer is not in the DOM', async () => {
    const el = overlay();
    await rendered(el, 'table');
    await expect.element(page.getByRole('cell', { name: 'Dolt svar' }).first()).toBeVisible();
    expect(shadowText(el)).not.toContain(SECRET);
    expect(shadowText(el)).toContain('Rasterna är jobbiga.');
  });

  it('shows the respondent their own answer', async () => {
    const el = overlay('viewer="respondent"');
    await rendered(el, 'table');
    await vi.waitFor(() => expect(shadowText(el)).toContain(SECRET), { timeout: 10_000 });
  });

  it('a guardian sees no more than the meeting, and an unknown viewer is read as the meeting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const viewer of ['guardian', 'everyone']) {
      document.body.replaceChildren();
      const el = overlay(`viewer="${viewer}"`);
      await rendered(el, 'table');
      expect(shadowText(el)).toContain('Dolt svar');
      expect(shadowText(el)).not.toContain(SECRET);
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"viewer" must be one of'));
  });

  it('takes messages to reword any text; invalid JSON warns and keeps the defaults', async () => {
    const el = overlay(
      `messages='{"legendTitle":"Vems svar vill du se?","answerHidden":"Inte delat"}'`,
    );
    await rendered(el, 'table');
    await expect.element(page.getByRole('group', { name: 'Vems svar vill du se?' })).toBeVisible();
    await expect.element(page.getByRole('cell', { name: 'Inte delat' }).first()).toBeVisible();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    el.setAttribute('messages', '{"legendTitle": oops}');
    await expect.element(page.getByRole('group', { name: 'Visa svar från' })).toBeVisible();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"messages" is not valid JSON'));
  });

  it('lists a wheel that cannot be read by path, in Swedish or English, and shows the others', async () => {
    const broken = { ...school, areas: { trygg: { answer: { kind: 'value', value: 'fem' } } } };
    const el = overlay();
    el.series = [series[0], { id: 'school', label: 'Skolan', assessment: broken }];
    await rendered(el, 'table');
    const note = page.getByRole('note');
    await expect.element(note).toHaveTextContent(/En del av uppgifterna kunde inte visas/);
    await expect.element(note).toHaveTextContent(/Skolan: series\[1\]\.assessment\.\S*trygg/);
    await expect.element(page.getByRole('columnheader', { name: 'Barnet' })).toBeVisible();
    await expectNoAxeViolations(document.body);

    el.setAttribute('locale', 'en');
    await expect.element(note).toHaveTextContent(/Some of the data could not be shown/);
    await expect.element(page.getByRole('columnheader', { name: 'Child' })).toBeVisible();
  });

  it('says so when series is not a list, and reads JSON from the attribute', async () => {
    const host = html(
      `<bb-wheel-overlay no-animation series='{"not":"a list"}'></bb-wheel-overlay>`,
    );
    const el = host.querySelector('bb-wheel-overlay')!;
    await rendered(el, '[role="note"]');
    expect(shadowText(el)).toContain('series: ska vara en lista');
    el.setAttribute('series', JSON.stringify(series));
    await rendered(el, 'table');
    expect(el.shadowRoot!.querySelector('[role="note"]')).toBeNull();
  });
});
