import type { SipPlan } from '@barnets-basta/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import {
  filledPlan,
  planWithAssessments,
  PROTECTED_ADDRESS,
  PROTECTED_NAME,
  protectedPlan,
} from '../../../sip/src/plan/test-fixtures.ts';
import '../index.ts';
import { preparePlan } from '../react-view-element/prepare.ts';
import { viewElementMessages } from '../react-view-element/view-messages.ts';
import { defaultPack } from '@barnets-basta/core';
import { child } from '../../../wheel/src/views/test-fixtures.ts';
import { html, rendered, shadowText } from '../react-view-element/test-helpers.ts';

/** The plan with the topic the child does not want raised kept from everyone but the contact person. */
function planWithSecret(): SipPlan {
  const plan = planWithAssessments();
  return {
    ...plan,
    // The child's wheel marks Respekterad "Bara jag".
    assessments: [...(plan.assessments ?? []), child],
    notToRaise: { text: 'Det som hände på lägret i höstas.', visibility: 'contact-person' },
  };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function familyPlan(plan: unknown, attributes = '') {
  const host = html(`<main><h1>Er plan</h1><bb-family-plan ${attributes}></bb-family-plan></main>`);
  const el = host.querySelector('bb-family-plan')!;
  el.value = plan;
  return el;
}

describe('<bb-family-plan>', () => {
  it('shows the plan in plain words: goals, who does what and when, contacts', async () => {
    const el = familyPlan(filledPlan());
    await rendered(el, 'article');
    await expect.element(page.getByRole('heading', { level: 2, name: /Alva/ })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: /Vem gör vad/ })).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('is for a guardian by default: what the child kept from guardians never reaches it', async () => {
    const plan = planWithSecret();
    // What the element renders from, as core's asSeenBy cuts it: the guardian's copy has no
    // topic-not-to-raise and no "Bara jag" answers in its wheels.
    const guardian = preparePlan(plan, defaultPack, 'guardian', 'sv', viewElementMessages.sv).plan!;
    expect(guardian.notToRaise).toBeUndefined();
    const hiddenInWheels = (p: SipPlan) =>
      (p.assessments ?? []).flatMap((a) =>
        Object.values(a.areas).filter((area) => area.visibility === 'respondent'),
      );
    expect(hiddenInWheels(plan).length).toBeGreaterThan(0);
    expect(hiddenInWheels(guardian)).toEqual([]);
    expect(
      preparePlan(plan, defaultPack, 'contact-person', 'sv', viewElementMessages.sv).plan!
        .notToRaise,
    ).toBeDefined();

    const el = familyPlan(plan);
    await rendered(el, 'article');
    expect(shadowText(el)).not.toContain('lägret');
  });

  it('never names a child with protected identity, whatever the data holds', async () => {
    const el = familyPlan(protectedPlan(), 'viewer="respondent"');
    await rendered(el, 'article');
    expect(shadowText(el)).not.toContain(PROTECTED_NAME);
    expect(shadowText(el)).not.toContain(PROTECTED_ADDRESS);
    await expect.element(page.getByRole('heading', { level: 2 })).toBeVisible();
  });

  it('takes messages and JSON; a plan that cannot be read is listed by path, never shown', async () => {
    const host = html(
      `<bb-family-plan heading-level="2" messages='{"familyContactsHeading":"Ring oss"}'></bb-family-plan>`,
    );
    const el = host.querySelector('bb-family-plan')!;
    el.setAttribute('value', JSON.stringify(filledPlan()));
    await expect.element(page.getByRole('heading', { name: 'Ring oss' })).toBeVisible();

    el.value = { ...filledPlan(), actions: 'inga' };
    await expect.element(page.getByRole('note')).toHaveTextContent(/value\.actions/);
    expect(el.shadowRoot!.querySelector('article')).toBeNull();
    await expectNoAxeViolations(document.body);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    el.messages = '{not json';
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"messages" is not valid JSON'));
    el.locale = 'en';
    await expect.element(page.getByRole('note')).toHaveTextContent(/could not be shown/);
  });

  it('says there is no plan yet when it has none', async () => {
    const host = html(`<bb-family-plan></bb-family-plan>`);
    const el = host.querySelector('bb-family-plan')!;
    await rendered(el, '.bb-element-empty');
    expect(shadowText(el)).toBe('Ingen plan att visa ännu.');
  });
});
