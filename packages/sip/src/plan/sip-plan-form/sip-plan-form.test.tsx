import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { type SipPlan } from '@barnets-basta/core';
import { checkLegalElements, parseSipPlan } from '@barnets-basta/core/sip';
import { axeViolations, expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import {
  brokenPlan,
  childConsentPlan,
  emptyPlan,
  filledPlan,
  PROTECTED_ADDRESS,
  PROTECTED_NAME,
  planWithAssessments,
  protectedPlan,
} from '../test-fixtures.ts';
import { byId, expectFocusOn, PlanHost, press, tabTo, typeDate, typeInto } from '../test-utils.tsx';
import { todayIso } from '../shared/plan-utils.ts';
import { SipAvslutning } from '../sections/avslutning/sip-avslutning.tsx';
import { SipInledning } from '../sections/inledning/sip-inledning.tsx';
import { SipPlanForm, type SipPlanFormProps } from './sip-plan-form.tsx';

const currentStep = () => document.querySelector('[aria-current="step"]')?.textContent;

describe('SipPlanForm in meeting mode, by keyboard alone', () => {
  it(
    'completes a whole plan with Tab, typing, Space, arrows and Enter',
    { timeout: 60_000 },
    async () => {
      let latest: SipPlan | undefined;
      const onComplete = vi.fn();
      const screen = await render(
        <PlanHost
          initial={emptyPlan()}
          mode="meeting"
          name="plan"
          onPlan={(p) => (latest = p)}
          onComplete={onComplete}
        />,
      );
      expect(currentStep()).toBe('1 Inledning');
      await expectNoAxeViolations(screen.container);

      // 1. Inledning
      await typeDate('sip-meetingDate', '3', '3', '2026');
      await typeInto('sip-child-reference', 'Elev 7B-12');

      await tabTo(byId('sip-participants-add'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-participants-0-name');
      await userEvent.keyboard('Anna Berg');
      await press('sip-participants-0-roles-2'); // Initiativtagare
      await press('sip-participants-0-roles-3'); // Ordförande
      await typeInto('sip-participants-0-organisation', 'Soc');
      await typeInto('sip-participants-0-contact', '0470');
      await press('sip-participants-0-present');

      await tabTo(byId('sip-participants-add'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-participants-1-name');
      await userEvent.keyboard('Sara Lind');
      await press('sip-participants-1-roles-1'); // Vårdnadshavare
      await expect
        .element(
          screen.getByRole('status').filter({ hasText: 'Deltagare 2 har lagts till.' }).first(),
        )
        .toBeInTheDocument();

      await tabTo(byId('sip-consents-add'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-consents-0-givenBy');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // Välj → Anna Berg → Sara Lind
      await press('sip-consents-0-organisations-0'); // Socialtjänsten
      await typeInto('sip-consents-0-information', 'Frånvaro');
      await tabTo(byId('sip-consents-0-form-0')); // "Muntligt", checked by default
      await userEvent.keyboard('{ArrowRight}'); // → Skriftligt
      await typeDate('sip-consents-0-validUntil', '3', '3', '2027');

      await typeInto('sip-purpose', 'Må bättre');
      await tabTo(byId('sip-childParticipation-0'));
      await userEvent.keyboard('{Space}{ArrowDown}'); // På plats → En del av mötet
      await typeInto('sip-notToRaise-text', 'Lägret');

      await tabTo(screen.getByRole('button', { name: 'Nästa: Aktuell situation' }).element());
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-phase-aktuell-situation');
      expect(currentStep()).toBe('2 Aktuell situation');

      // 2. Aktuell situation: strengths first
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement?.id).toBe('sip-situation-trygg-worksWell');
      await userEvent.keyboard('Trivs');
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement?.id).toBe('sip-situation-trygg-worksLessWell');
      await userEvent.keyboard('Raster');
      await tabTo(screen.getByRole('button', { name: 'Nästa: Behov' }).element());
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-phase-behov');

      // 3. Behov
      await tabTo(byId('sip-goals-add-short'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-goals-0-text');
      await userEvent.keyboard('Gå i skolan');
      await tabTo(byId('sip-goals-add-long'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-goals-1-text');
      await userEvent.keyboard('Gå ut nian');
      await typeInto('sip-ownActions', 'Mamma följer med');

      await tabTo(byId('sip-actions-add'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-actions-0-what');
      await userEvent.keyboard('Samtal om oro');
      await press('sip-actions-0-areas-1'); // Må bra
      await typeInto('sip-actions-0-organisation', 'BUP');
      await typeInto('sip-actions-0-contactPerson', 'Omar');
      await tabTo(byId('sip-actions-0-principal-0'));
      await userEvent.keyboard('{ArrowDown}'); // Kommunen → Regionen
      await typeInto('sip-actions-0-frequency', 'Varje vecka');
      await typeDate('sip-actions-0-start', '10', '3', '2026');
      await typeDate('sip-actions-0-followUpBy', '15', '5', '2026');

      await tabTo(byId('sip-actions-add'));
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-actions-1-what');
      await userEvent.keyboard('Rastvakt');
      await typeInto('sip-actions-1-organisation', 'Skolan');
      await tabTo(byId('sip-actions-1-principal-0'));
      await userEvent.keyboard('{ArrowUp}'); // wraps to the last: Någon annan

      await tabTo(screen.getByRole('button', { name: 'Nästa: Sammanfattning' }).element());
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-phase-sammanfattning');

      // 4. Sammanfattning: the generated table, then the overall responsibility, last
      await expect
        .element(screen.getByRole('table', { name: 'Regionen ansvarar för' }))
        .toBeVisible();
      await expect.element(screen.getByRole('table', { name: 'Andra gör' })).toBeVisible();
      await typeInto('sip-overallResponsibility-childWish', 'Anna');
      await tabTo(byId('sip-overallResponsibility-principal-0'));
      await userEvent.keyboard('{Space}'); // Kommunen
      await typeInto('sip-overallResponsibility-organisation', 'Soc');
      await typeInto('sip-overallResponsibility-person', 'Anna Berg');

      await tabTo(screen.getByRole('button', { name: 'Nästa: Avslutning' }).element());
      await userEvent.keyboard('{Enter}');
      await expectFocusOn('sip-phase-avslutning');

      // 5. Avslutning
      await typeDate('sip-followUp-date', '20', '5', '2026');
      await typeInto('sip-followUp-form', 'Möte');
      expect(byId('sip-contacts').textContent).toContain(
        'Anna Berg (initiativtagare, ordförande), Soc: 0470',
      );

      await tabTo(screen.getByRole('button', { name: 'Markera planen som klar' }).element());
      await userEvent.keyboard('{Enter}');
      expect(onComplete).toHaveBeenCalledTimes(1);
      await expect
        .element(
          screen.getByText('Planen innehåller allt som lagen kräver och är markerad som klar.'),
        )
        .toBeVisible();
      await expectNoAxeViolations(screen.container);

      // The plan the host received
      const plan = latest!;
      expect(plan.meetingDate).toBe('2026-03-03');
      expect(plan.child).toEqual({ reference: 'Elev 7B-12' });
      expect(
        plan.participants.map(({ name, roles, organisation, contact, present }) => ({
          name,
          roles,
          organisation,
          contact,
          present,
        })),
      ).toEqual([
        {
          name: 'Anna Berg',
          roles: ['initiator', 'chair'],
          organisation: 'Soc',
          contact: '0470',
          present: true,
        },
        {
          name: 'Sara Lind',
          roles: ['guardian'],
          organisation: undefined,
          contact: undefined,
          present: undefined,
        },
      ]);
      expect(plan.initiator).toBe(plan.participants[0]!.id);
      expect(plan.chair).toBe(plan.participants[0]!.id);
      expect(plan.consents).toHaveLength(1);
      expect(plan.consents[0]).toMatchObject({
        givenBy: plan.participants[1]!.id,
        organisations: ['Soc'],
        information: ['Frånvaro'],
        form: 'written',
        validUntil: '2027-03-03',
      });
      expect(plan.purpose).toBe('Må bättre');
      expect(plan.childParticipation).toBe('partly');
      expect(plan.notToRaise).toEqual({ text: 'Lägret' });
      expect(plan.situation).toEqual({
        trygg: { worksWell: 'Trivs', worksLessWell: 'Raster' },
      });
      expect(plan.goals.map(({ text, term }) => ({ text, term }))).toEqual([
        { text: 'Gå i skolan', term: 'short' },
        { text: 'Gå ut nian', term: 'long' },
      ]);
      expect(plan.ownActions).toBe('Mamma följer med');
      expect(plan.actions.map(({ id: _id, ...rest }) => rest)).toEqual([
        {
          what: 'Samtal om oro',
          areas: ['ma-bra'],
          organisation: 'BUP',
          contactPerson: 'Omar',
          principal: 'region',
          frequency: 'Varje vecka',
          start: '2026-03-10',
          followUpBy: '2026-05-15',
        },
        {
          what: 'Rastvakt',
          areas: [],
          organisation: 'Skolan',
          principal: 'other',
        },
      ]);
      expect(plan.overallResponsibility).toEqual({
        childWish: 'Anna',
        principal: 'kommun',
        organisation: 'Soc',
        person: 'Anna Berg',
      });
      expect(plan.followUp).toEqual({ date: '2026-05-20', form: 'Möte' });
      expect(checkLegalElements(plan)).toEqual([]);
      expect(onComplete).toHaveBeenCalledWith(plan);

      // What a plain form submission carries: every field by its path, and the plan as core JSON.
      const data = new FormData(
        screen.getByRole('form', { name: 'SIP' }).element() as HTMLFormElement,
      );
      expect(data.get('sip.participants.0.name')).toBe('Anna Berg');
      expect(data.getAll('sip.participants.0.roles')).toEqual(['initiator', 'chair']);
      expect(data.get('sip.participants.0.present')).toBe('true');
      expect(data.get('sip.consents.0.form')).toBe('written');
      expect(data.get('sip.consents.0.validUntil')).toBe('2027-03-03');
      expect(data.get('sip.situation.trygg.worksWell')).toBe('Trivs');
      expect(data.get('sip.actions.0.principal')).toBe('region');
      expect(data.getAll('sip.actions.0.areas')).toEqual(['ma-bra']);
      expect(data.get('sip.actions.1.principal')).toBe('other');
      expect(data.get('sip.overallResponsibility.person')).toBe('Anna Berg');
      expect(data.get('sip.followUp.date')).toBe('2026-05-20');
      const json = parseSipPlan(JSON.parse(String(data.get('plan'))));
      expect(json.ok).toBe(true);
      expect(json.ok && json.value).toEqual(plan);
    },
  );
});

describe('SipPlanForm: marking the plan complete', () => {
  function withoutLegalElements(): SipPlan {
    const plan = filledPlan();
    return {
      ...plan,
      actions: [{ ...plan.actions[0]!, principal: undefined }, plan.actions[1]!],
      overallResponsibility: { childWish: 'Anna' },
    };
  }

  it('lists exactly the missing legal elements in an error summary that takes focus', async () => {
    const plan = withoutLegalElements();
    const onComplete = vi.fn();
    const screen = await render(<PlanHost initial={plan} mode="meeting" onComplete={onComplete} />);
    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();

    const summary = screen.getByRole('region', { name: 'Det här saknas i planen' });
    await expect.element(summary).toBeVisible();
    await expect.poll(() => document.activeElement).toBe(summary.element());
    const links = [...summary.element().querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toEqual(checkLegalElements(plan).map((m) => m.message.sv));
    expect(checkLegalElements(plan).map((m) => m.element)).toEqual([
      'principal-responsibility',
      'other-actors',
      'overall-responsibility',
      'overall-responsibility',
    ]);
    expect(onComplete).not.toHaveBeenCalled();
    await expectNoAxeViolations(screen.container);
  });

  it('follows a link by keyboard to the field, switching to the phase that holds it', async () => {
    const screen = await render(<PlanHost initial={withoutLegalElements()} mode="meeting" />);
    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    const summary = screen.getByRole('region', { name: 'Det här saknas i planen' });
    await expect.poll(() => document.activeElement).toBe(summary.element());
    expect(currentStep()).toBe('1 Inledning');

    // The first link: the action without a principal, in Behov.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('href')).toBe('#sip-actions-0-principal');
    await userEvent.keyboard('{Enter}');
    expect(currentStep()).toBe('3 Behov');
    await expectFocusOn('sip-actions-0-principal-0');
    // The field carries the same message, linked to the group.
    const group = byId('sip-actions-0-principal');
    expect(group.getAttribute('aria-describedby')).toContain('sip-actions-0-principal-error');
    expect(byId('sip-actions-0-principal-error').textContent).toBe(
      `Fel: ${checkLegalElements(withoutLegalElements())[0]!.message.sv}`,
    );

    // Back in the summary (still there), the overall principal: in Sammanfattning.
    await summary
      .getByRole('link', { name: /huvudman.*huvudansvar|huvudansvar/i })
      .first()
      .click();
    expect(currentStep()).toBe('4 Sammanfattning');
    await expectFocusOn('sip-overallResponsibility-principal-0');
    await expectNoAxeViolations(screen.container);
  });

  it('narrows the summary as gaps are fixed and calls onComplete when nothing is missing', async () => {
    const onComplete = vi.fn();
    let latest: SipPlan | undefined;
    const screen = await render(
      <PlanHost
        initial={withoutLegalElements()}
        onComplete={onComplete}
        onPlan={(p) => (latest = p)}
      />,
    );
    const complete = screen.getByRole('button', { name: 'Markera planen som klar' });
    await complete.click();
    const summary = screen.getByRole('region', { name: 'Det här saknas i planen' });
    expect(summary.element().querySelectorAll('li')).toHaveLength(4);

    await byId('sip-actions-0-principal-1').click(); // Regionen
    await expect.poll(() => summary.element().querySelectorAll('li').length).toBe(3);
    await byId('sip-noOtherActors').click();
    await byId('sip-overallResponsibility-principal-0').click();
    await byId('sip-overallResponsibility-person').focus();
    await userEvent.keyboard('Anna Berg');
    await expect.element(summary).not.toBeInTheDocument();

    await complete.click();
    expect(onComplete).toHaveBeenCalledWith(latest);
    expect(checkLegalElements(latest!)).toEqual([]);
  });
});

describe('SipPlanForm meeting mode', () => {
  it('shows the five phases as steps, moves freely between them and focuses the phase heading', async () => {
    const onPhaseChange = vi.fn();
    const screen = await render(
      <PlanHost initial={filledPlan()} mode="meeting" onPhaseChange={onPhaseChange} />,
    );
    const nav = screen.getByRole('navigation', { name: /Mötets steg/ });
    const steps = nav.getByRole('button');
    expect(steps.elements().map((b) => b.textContent)).toEqual([
      '1 Inledning',
      '2 Aktuell situation',
      '3 Behov',
      '4 Sammanfattning',
      '5 Avslutning',
    ]);
    await expect
      .element(nav.getByRole('button', { name: '1 Inledning' }))
      .toHaveAttribute('aria-current', 'step');
    await expect.element(nav.getByText('Steg 1 av 5')).toBeVisible();
    // Only the current phase shows; the rest stay in the form, hidden.
    expect(byId('sip-phase-behov').closest('[hidden]')).not.toBeNull();
    expect(screen.getByRole('button', { name: /Föregående/ }).elements()).toHaveLength(0);

    // Jump straight to step 4 by keyboard.
    await tabTo(nav.getByRole('button', { name: '4 Sammanfattning' }).element());
    await userEvent.keyboard('{Enter}');
    await expectFocusOn('sip-phase-sammanfattning');
    expect(onPhaseChange).toHaveBeenLastCalledWith('sammanfattning');
    await expect
      .element(nav.getByRole('button', { name: '4 Sammanfattning' }))
      .toHaveAttribute('aria-current', 'step');
    await expect
      .element(nav.getByRole('button', { name: '1 Inledning' }))
      .not.toHaveAttribute('aria-current');
    await expect.element(screen.getByRole('heading', { name: 'Sammanfattning' })).toBeVisible();
    expect(byId('sip-phase-inledning').closest('[hidden]')).not.toBeNull();

    await screen.getByRole('button', { name: 'Föregående: Behov' }).click();
    await expectFocusOn('sip-phase-behov');
    await screen.getByRole('button', { name: 'Nästa: Sammanfattning' }).click();
    await screen.getByRole('button', { name: 'Nästa: Avslutning' }).click();
    await expectFocusOn('sip-phase-avslutning');
    expect(screen.getByRole('button', { name: /^Nästa/ }).elements()).toHaveLength(0);
    await expectNoAxeViolations(screen.container);
  });

  it('follows a controlled phase', async () => {
    const screen = await render(<PlanHost initial={filledPlan()} mode="meeting" phase="behov" />);
    await expect.element(screen.getByRole('heading', { name: 'Behov', level: 3 })).toBeVisible();
    expect(currentStep()).toBe('3 Behov');
  });

  it('shows every section at once in full mode, in the order of the meeting circle', async () => {
    const screen = await render(<PlanHost initial={filledPlan()} />);
    const headings = screen
      .getByRole('heading', { level: 3 })
      .elements()
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Inledning',
      'Aktuell situation',
      'Behov',
      'Sammanfattning',
      'Avslutning',
    ]);
    expect(screen.container.querySelector('[hidden]')).toBeNull();
    await expectNoAxeViolations(screen.container);
  });
});

describe('SipPlanForm rows, consent and protection', () => {
  it('moves focus and announces when an action is added and removed', async () => {
    const screen = await render(
      <PlanHost initial={filledPlan()} mode="meeting" defaultPhase="behov" />,
    );
    await tabTo(byId('sip-actions-add'));
    await userEvent.keyboard('{Enter}');
    await expectFocusOn('sip-actions-3-what');
    await expect.element(screen.getByText('Insats 4 har lagts till.')).toBeInTheDocument();

    await tabTo(byId('sip-actions-3-remove'));
    await userEvent.keyboard('{Enter}');
    // The previous row's remove button: focus stays in the list, one step up.
    await expectFocusOn('sip-actions-2-remove');
    await expect.element(screen.getByText('Insats 4 har tagits bort.')).toBeInTheDocument();
    expect(screen.container.querySelectorAll('[id^="sip-actions-"][id$="-what"]')).toHaveLength(3);

    // Removing the only goal of a term returns focus to that term's add button.
    await tabTo(byId('sip-goals-2-remove'));
    await userEvent.keyboard('{Enter}');
    await expectFocusOn('sip-goals-add-long');
    await expectNoAxeViolations(screen.container);
  });

  it('withdraws a consent from today and can undo it', async () => {
    let latest: SipPlan | undefined;
    const screen = await render(
      <PlanHost initial={filledPlan()} mode="meeting" onPlan={(p) => (latest = p)} />,
    );
    await screen.getByRole('button', { name: 'Återkalla samtycke 1' }).click();
    expect(latest!.consents[0]!.withdrawnOn).toBe(todayIso());
    await expect
      .element(screen.getByRole('group', { name: 'Samtycke 1' }))
      .toHaveAccessibleDescription(/återkallat från och med/);
    await expectFocusOn('sip-consents-0-undoWithdraw');
    await expect.element(screen.getByText('Samtycke 1 är återkallat.')).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);

    await userEvent.keyboard('{Enter}');
    expect(latest!.consents[0]!.withdrawnOn).toBeUndefined();
    await expectFocusOn('sip-consents-0-withdraw');
  });

  it('never asks for or keeps the name of a child with protected identity', async () => {
    const plan = filledPlan();
    const protectedPlan: SipPlan = {
      ...plan,
      child: { reference: 'Ärende 14', protectedIdentity: true },
    };
    protectedPlan.participants = protectedPlan.participants.map((p) =>
      p.roles.includes('child') ? { id: p.id, roles: p.roles } : p,
    );
    let latest: SipPlan | undefined;
    const screen = await render(
      <PlanHost initial={protectedPlan} mode="meeting" onPlan={(p) => (latest = p)} />,
    );
    expect(document.getElementById('sip-participants-0-name')?.tagName).toBe('P');
    await expect
      .element(screen.getByText('Namnet visas inte eftersom barnet har skyddade personuppgifter.'))
      .toBeVisible();

    // Ticking "Barnet" on a named participant drops the name from the plan.
    await byId('sip-participants-1-roles-0').click();
    expect(latest!.participants[1]!.name).toBeUndefined();
    expect(document.getElementById('sip-participants-1-name')?.tagName).toBe('P');
    await expectNoAxeViolations(screen.container);
  });

  it('shows what is wrong with a broken plan instead of crashing, and keeps the rest', async () => {
    const broken = {
      ...filledPlan(),
      actions: 'inga',
      meetingDate: '3 mars',
    } as unknown as SipPlan;
    const screen = await render(<PlanHost initial={broken} />);
    const issues = screen.getByRole('region', {
      name: 'Planen innehåller uppgifter som inte stämmer',
    });
    await expect.element(issues).toBeVisible();
    expect(issues.element().textContent).toMatch(/actions/);
    expect(issues.element().textContent).toMatch(/meetingDate/);
    await expect
      .element(screen.getByRole('textbox', { name: 'Varför träffas ni?' }))
      .toHaveValue('Att Alva ska må bättre och kunna gå till skolan igen.');
    await expectNoAxeViolations(screen.container);
  });

  it('renders something useful from data that is not a plan at all', async () => {
    const garbage = await render(<PlanHost initial={42 as unknown as SipPlan} />);
    await expect.element(garbage.getByRole('heading', { name: 'Inledning' })).toBeVisible();
    await expect
      .element(
        garbage.getByRole('region', { name: 'Planen innehåller uppgifter som inte stämmer' }),
      )
      .toBeVisible();
  });

  it('keeps free text with markup as text', async () => {
    const plan = { ...filledPlan(), purpose: '<script>window.hacked = 1</script><b>fet</b>' };
    const screen = await render(<PlanHost initial={plan} />);
    await expect
      .element(screen.getByRole('textbox', { name: 'Varför träffas ni?' }))
      .toHaveValue(plan.purpose);
    expect(screen.container.querySelector('b, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('speaks English', async () => {
    const screen = await render(<PlanHost initial={filledPlan()} mode="meeting" locale="en" />);
    await expect.element(screen.getByRole('button', { name: '2 Current situation' })).toBeVisible();
    await expect.element(screen.getByRole('group', { name: 'Date of the meeting' })).toBeVisible();
    await expect.element(screen.getByRole('textbox', { name: 'Day' }).first()).toBeVisible();
    await screen.getByRole('button', { name: 'Mark the plan as complete' }).click();
    await expect.element(screen.getByText(/everything the law requires/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });
});

describe('SipPlanForm: protected identity in a form submission', () => {
  it('never puts the name or address of a protected child into the page or the submitted data', async () => {
    // The host passes a plan that (wrongly) still holds the child's name and address.
    const onComplete = vi.fn();
    const screen = await render(
      <PlanHost initial={protectedPlan()} name="plan" onComplete={onComplete} />,
    );
    const form = screen.getByRole('form', { name: 'SIP' }).element() as HTMLFormElement;
    const data = new FormData(form);
    const json = JSON.parse(String(data.get('plan'))) as SipPlan;
    expect(json.child).toEqual({ reference: 'Ärende 2026-014', protectedIdentity: true });
    expect(json.participants.find((p) => p.roles.includes('child'))).toEqual({
      id: 'p-child',
      roles: ['child'],
      present: true,
    });
    expect(data.get('sip.participants.0.name')).toBeNull();
    for (const [key, value] of data.entries()) {
      expect(String(value), key).not.toContain(PROTECTED_ADDRESS);
      // No field for a name or for the child holds it. (Free text is the user's own words and is
      // kept as typed; the family plan and the print take the name out of it.)
      if (/\.name$|^sip\.child/.test(key)) expect(String(value), key).not.toContain(PROTECTED_NAME);
    }
    expect(JSON.stringify(json.child)).not.toContain(PROTECTED_NAME);
    expect(form.innerHTML).not.toContain(PROTECTED_ADDRESS);

    // Nor does the plan handed over when it is marked complete.
    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]![0].child).toEqual(json.child);
    await expectNoAxeViolations(screen.container);
  });
});

describe('SipPlanForm: what the posted plan holds', () => {
  const posted = (form: HTMLFormElement) =>
    JSON.parse(String(new FormData(form).get('plan'))) as SipPlan;
  const childWheel = (plan: SipPlan) => plan.assessments!.find((a) => a.id === 'a-child')!;

  it('posts the wheels as the meeting may see them, unless the host names another receiver', async () => {
    const screen = await render(
      <>
        <PlanHost initial={planWithAssessments()} name="plan" />
        <PlanHost initial={planWithAssessments()} name="plan" formReceiver="contact-person" />
      </>,
    );
    const [meeting, contactPerson] = screen.getByRole('form', { name: 'SIP' }).elements();
    // The child kept one answer for the contact person: it is not in the meeting's post at all.
    expect(childWheel(posted(meeting as HTMLFormElement)).areas.omvardad).toBeUndefined();
    expect(JSON.stringify(posted(meeting as HTMLFormElement))).not.toContain('Hemligt');
    expect(childWheel(posted(contactPerson as HTMLFormElement)).areas.omvardad?.note).toBe(
      'Hemligt: bara min mentor får veta',
    );
  });
});

describe('SipPlanForm: the consent policy', () => {
  const givenBy = 'Vem ger samtycket?';
  const childAlone =
    'Samtycke 2 är givet av barnet. Vårdnadshavarna måste också samtycka till att uppgifter delas med BUP Växjö.';

  it('by default the guardians must consent too: said at the consent, and listed on completion', async () => {
    const onComplete = vi.fn();
    const screen = await render(
      <PlanHost initial={childConsentPlan()} mode="meeting" onComplete={onComplete} />,
    );
    // The policy is stated with the consents.
    await expect
      .element(screen.getByText(/Här gäller att vårdnadshavarna alltid ska samtycka/))
      .toBeVisible();
    const consent2 = screen.getByRole('group', { name: 'Samtycke 2' });
    await expect
      .element(consent2.getByRole('combobox', { name: givenBy }))
      .toHaveAccessibleDescription(`Fel: ${childAlone}`);
    await expect
      .element(screen.getByRole('group', { name: 'Samtycke 1' }).getByRole('combobox'))
      .not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    expect(onComplete).not.toHaveBeenCalled();
    const summary = screen.getByRole('region', { name: 'Det här saknas i planen' });
    await expect
      .element(summary.getByRole('link', { name: childAlone }))
      .toHaveAttribute('href', '#sip-consents-1-givenBy');

    // The guardian's consent covers BUP too: nothing is missing any more.
    await byId('sip-consents-0-organisations-1').click(); // BUP Växjö
    await expect.element(summary).not.toBeInTheDocument();
    await expect
      .element(consent2.getByRole('combobox', { name: givenBy }))
      .not.toHaveAttribute('aria-invalid');
    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('child-may-consent-alone: the mature child consents alone', async () => {
    const onComplete = vi.fn();
    const screen = await render(
      <PlanHost
        initial={childConsentPlan()}
        consentPolicy="child-may-consent-alone"
        onComplete={onComplete}
      />,
    );
    await expect
      .element(screen.getByText(/ett barn som är moget nog kan samtycka själv/))
      .toBeVisible();
    await expect
      .element(
        screen.getByRole('group', { name: 'Samtycke 2' }).getByRole('combobox', { name: givenBy }),
      )
      .not.toHaveAttribute('aria-invalid');
    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('speaks English', async () => {
    const screen = await render(<PlanHost initial={childConsentPlan()} locale="en" />);
    await expect
      .element(
        screen
          .getByRole('group', { name: 'Consent 2' })
          .getByRole('combobox', { name: 'Who gives the consent?' }),
      )
      .toHaveAccessibleDescription(
        'Error: Consent 2 was given by the child. The guardians must also consent to sharing information with BUP Växjö.',
      );
  });
});

describe('SipPlanForm: problems in the data a host passed', () => {
  it('links each problem to its field, shows it at the field, and lists the rest as text', async () => {
    const plan = brokenPlan();
    const result = parseSipPlan(plan);
    const messages = result.ok ? [] : result.issues.map((i) => i.message.sv);
    expect(messages).toHaveLength(3);
    const [reference, followUpForm, extra] = [
      messages.find((t) => t.startsWith('child.reference'))!,
      messages.find((t) => t.startsWith('followUp.form'))!,
      messages.find((t) => t.startsWith('extra'))!,
    ];

    const screen = await render(<PlanHost initial={plan} mode="meeting" defaultPhase="behov" />);
    const issues = screen.getByRole('region', {
      name: 'Planen innehåller uppgifter som inte stämmer',
    });
    await expect
      .element(issues.getByRole('link', { name: reference }))
      .toHaveAttribute('href', '#sip-child-reference');
    await expect
      .element(issues.getByRole('link', { name: followUpForm }))
      .toHaveAttribute('href', '#sip-followUp-form');
    // Nothing in the form can fix an unknown key: it is said, not linked.
    expect(issues.getByRole('link').elements()).toHaveLength(2);
    await expect.element(issues.getByText(extra)).toBeVisible();
    // Listing the problems does not take focus from where the user is.
    expect(document.activeElement).not.toBe(issues.element());

    // The fields in Inledning and Avslutning (hidden phases now) show their problem too.
    const errorOf = (id: string) => byId(`${id}-error`).textContent;
    expect(errorOf('sip-child-reference')).toBe(`Fel: ${reference}`);
    expect(byId('sip-child-reference').getAttribute('aria-invalid')).toBe('true');
    expect(byId('sip-child-reference').getAttribute('aria-describedby')).toContain(
      'sip-child-reference-error',
    );
    expect(errorOf('sip-followUp-form')).toBe(`Fel: ${followUpForm}`);
    await expectNoAxeViolations(screen.container);

    // Following a link by keyboard switches to the phase that holds the field.
    expect(currentStep()).toBe('3 Behov');
    await tabTo(issues.getByRole('link', { name: reference }).element());
    await userEvent.keyboard('{Enter}');
    expect(currentStep()).toBe('1 Inledning');
    await expectFocusOn('sip-child-reference');
  });

  it('a section on its own shows the problems at its fields as well', async () => {
    const plan = brokenPlan();
    const screen = await render(
      <form aria-label="SIP">
        <SipAvslutning value={plan} onChange={() => {}} />
      </form>,
    );
    const issues = screen.getByRole('region', {
      name: 'Planen innehåller uppgifter som inte stämmer',
    });
    // Only the follow-up form is in this section: the others are text here.
    expect(
      issues
        .getByRole('link')
        .elements()
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#sip-followUp-form']);
    await expect
      .element(screen.getByRole('textbox', { name: 'Hur följer ni upp?' }))
      .toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(screen.container);
  });
});

/** Two plans in one host form, each kept in state, as a page with two children's plans has them. */
function TwoPlans(props: { labels?: [string, string]; mode?: SipPlanFormProps['mode'] }) {
  // Plan A has problems in its data, and both miss legal elements: every summary shows.
  const [a, setA] = useState<SipPlan>(() => ({
    ...brokenPlan(),
    actions: [],
    noOtherActors: undefined,
  }));
  const [b, setB] = useState(emptyPlan);
  return (
    <form aria-label="Två planer" onSubmit={(event) => event.preventDefault()}>
      <SipPlanForm
        value={a}
        onChange={setA}
        idPrefix="a"
        label={props.labels?.[0]}
        mode={props.mode}
      />
      <SipPlanForm
        value={b}
        onChange={setB}
        idPrefix="b"
        label={props.labels?.[1]}
        mode={props.mode}
      />
    </form>
  );
}

const landmarkProblems = async (container: Element) =>
  (await axeViolations(container)).filter((v) => v.id === 'landmark-unique');

describe('Two plans on one page: landmark names stay unique', () => {
  it('without labels: the sections in a form are not regions, so nothing repeats', async () => {
    const screen = await render(<TwoPlans />);
    await expect.element(screen.getByRole('heading', { name: 'Inledning' }).nth(1)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Inledning' }).elements()).toHaveLength(0);
    await expectNoAxeViolations(screen.container);
  });

  it('with labels: each plan is a region, and its steps and summaries carry its label', async () => {
    const screen = await render(
      <TwoPlans labels={['Alvas plan', 'Familjens plan']} mode="meeting" />,
    );
    await expect
      .element(screen.getByRole('region', { name: 'Alvas plan', exact: true }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('region', { name: 'Familjens plan', exact: true }))
      .toBeVisible();
    const navs = screen.getByRole('navigation', { name: /Mötets steg/ }).elements();
    expect(navs.map((nav) => nav.textContent?.includes('(Alvas plan)'))).toEqual([true, false]);
    await expect
      .element(
        screen.getByRole('region', {
          name: 'Planen innehåller uppgifter som inte stämmer (Alvas plan)',
        }),
      )
      .toBeVisible();
    // Both plans checked: two summaries with the same title, told apart by the label.
    for (const button of screen.getByRole('button', { name: 'Markera planen som klar' }).elements())
      await userEvent.click(button);
    await expect
      .element(screen.getByRole('region', { name: 'Det här saknas i planen (Familjens plan)' }))
      .toHaveFocus();
    await expect
      .element(screen.getByRole('region', { name: 'Det här saknas i planen (Alvas plan)' }))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('the same two plans in meeting mode without labels repeat their names: the label is needed', async () => {
    // Proves that the check above can fail: axe does report repeated landmark names here.
    const screen = await render(<TwoPlans mode="meeting" />);
    for (const button of screen.getByRole('button', { name: 'Markera planen som klar' }).elements())
      await userEvent.click(button);
    await expect
      .element(screen.getByRole('region', { name: 'Det här saknas i planen' }).nth(1))
      .toBeVisible();
    expect(await landmarkProblems(screen.container)).not.toEqual([]);
  });

  it('a section on its own is a region; two of them are told apart by their labels', async () => {
    const sections = (labels: [string?, string?]) => (
      <form aria-label="SIP">
        <SipInledning value={emptyPlan()} onChange={() => {}} idPrefix="a" label={labels[0]} />
        <SipInledning value={emptyPlan()} onChange={() => {}} idPrefix="b" label={labels[1]} />
      </form>
    );
    const screen = await render(sections([]));
    expect(screen.getByRole('region', { name: 'Inledning' }).elements()).toHaveLength(2);
    expect(await landmarkProblems(screen.container)).not.toEqual([]);

    await screen.rerender(sections(['Alvas plan', 'Familjens plan']));
    await expect
      .element(screen.getByRole('region', { name: 'Inledning (Alvas plan)' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('region', { name: 'Inledning (Familjens plan)' }))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
  });
});
