import { useState, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { defaultPack, type SipPlan } from '@barnets-basta/core';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import type { PlanSectionProps } from '../shared/plan-context.tsx';
import { emptyPlan, filledPlan, planWithAssessments } from '../test-fixtures.ts';
import { byId, expectFocusOn, tabTo } from '../test-utils.tsx';
import { SipAktuellSituation } from './aktuell-situation/sip-aktuell-situation.tsx';
import { SipAvslutning } from './avslutning/sip-avslutning.tsx';
import { SipBehov } from './behov/sip-behov.tsx';
import { SipInledning } from './inledning/sip-inledning.tsx';
import { SipSammanfattning } from './sammanfattning/sip-sammanfattning.tsx';

function Host({
  section: Section,
  initial,
  onPlan,
  ...props
}: {
  section: ComponentType<PlanSectionProps>;
  initial: SipPlan;
  onPlan?: (plan: SipPlan) => void;
} & Partial<PlanSectionProps>) {
  const [plan, setPlan] = useState(initial);
  return (
    <form aria-label="SIP">
      <Section
        {...props}
        value={plan}
        onChange={(next) => {
          setPlan(next);
          onPlan?.(next);
        }}
      />
    </form>
  );
}

const SECTIONS: [string, ComponentType<PlanSectionProps>][] = [
  ['Inledning', SipInledning],
  ['Aktuell situation', SipAktuellSituation],
  ['Behov', SipBehov],
  ['Sammanfattning', SipSammanfattning],
  ['Avslutning', SipAvslutning],
];

describe('each section on its own', () => {
  for (const [title, Section] of SECTIONS) {
    it(`${title}: works alone when empty, and passes axe`, async () => {
      const screen = await render(<Host section={Section} initial={emptyPlan()} />);
      await expect.element(screen.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expect.element(screen.getByRole('region', { name: title })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });

    it(`${title}: works alone when filled, and passes axe`, async () => {
      const screen = await render(<Host section={Section} initial={filledPlan()} />);
      await expect.element(screen.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  }
});

describe('SipAktuellSituation', () => {
  it('lists every area of the pack in order, strengths first, with the area questions as a hint', async () => {
    const screen = await render(<Host section={SipAktuellSituation} initial={emptyPlan()} />);
    const legends = [...screen.container.querySelectorAll('.bb-situation__area > legend')].map(
      (l) => l.textContent,
    );
    expect(legends).toEqual(defaultPack.areas.map((a) => a.texts.sv!.name));
    const trygg = screen.getByRole('group', { name: 'Trygg' });
    const labels = trygg
      .getByRole('textbox')
      .elements()
      .map((t) => (t as HTMLTextAreaElement).labels![0]!.textContent);
    expect(labels).toEqual(['Det här fungerar bra', 'Det här fungerar mindre bra']);
    await expect.element(trygg).toHaveAccessibleDescription(/^Att tänka på: /);
  });

  it('shows the earlier wheels read-only beside, without answers kept from the meeting', async () => {
    const screen = await render(
      <Host section={SipAktuellSituation} initial={planWithAssessments()} />,
    );
    await expect
      .element(screen.getByRole('complementary', { name: 'Tidigare hjul' }))
      .toBeVisible();
    const trygg = screen.getByRole('list', { name: 'Tidigare svar om Trygg' });
    expect(trygg.element().textContent).toBe(
      'Barnet: 2 – Stämmer liteMamma: 4 – Stämmer braMentor: 3 – Stämmer ganska bra',
    );
    // The child's answer on Omvårdad is for the contact person only: not shown in the meeting.
    const omvardad = screen.getByRole('list', { name: 'Tidigare svar om Omvårdad' });
    expect(omvardad.element().textContent).not.toContain('Barnet');
    expect(screen.container.textContent).not.toContain('Hemligt: bara min mentor får veta');
    await expect.element(screen.getByText(/Svar som bara den som svarade/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('reports an edit as the whole plan, leaving empty areas out of the data', async () => {
    let latest: SipPlan | undefined;
    await render(
      <Host section={SipAktuellSituation} initial={emptyPlan()} onPlan={(p) => (latest = p)} />,
    );
    byId('sip-situation-aktiv-worksWell').focus();
    await userEvent.keyboard('Fotboll');
    expect(latest!.situation).toEqual({ aktiv: { worksWell: 'Fotboll' } });
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    expect(latest!.situation).toEqual({});
  });
});

describe('SipInledning', () => {
  it('adds and removes participants with focus moved and the change announced', async () => {
    const screen = await render(<Host section={SipInledning} initial={emptyPlan()} />);
    await expect.element(screen.getByText('Inga deltagare är tillagda än.')).toBeVisible();
    await tabTo(byId('sip-participants-add'));
    await userEvent.keyboard('{Enter}');
    await expectFocusOn('sip-participants-0-name');
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Deltagare 1 har lagts till.');
    await tabTo(byId('sip-participants-0-remove'));
    await userEvent.keyboard('{Enter}');
    await expectFocusOn('sip-participants-add');
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Deltagare 1 har tagits bort.');
    await expectNoAxeViolations(screen.container);
  });

  it('offers the participants and their organisations in a consent, and adds another organisation with Enter', async () => {
    let latest: SipPlan | undefined;
    const screen = await render(
      <Host section={SipInledning} initial={filledPlan()} onPlan={(p) => (latest = p)} />,
    );
    const givenBy = screen.getByRole('combobox', { name: 'Vem ger samtycket?' }).first();
    const options = [...(givenBy.element() as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual(['Välj', 'Alva', 'Sara Lind', 'Anna Berg', 'Omar Haddad', 'Lena Ek']);
    const orgs = screen
      .getByRole('group', { name: 'Vilka verksamheter får dela uppgifter?' })
      .first();
    expect(
      orgs
        .getByRole('checkbox')
        .elements()
        .map((c) => (c as HTMLInputElement).labels![0]!.textContent),
    ).toEqual(['Socialtjänsten, Växjö kommun', 'BUP Växjö', 'Högstadieskolan']);
    byId('sip-consents-0-otherOrganisation').focus();
    await userEvent.keyboard('Försäkringskassan{Enter}');
    expect(latest!.consents[0]!.organisations).toContain('Försäkringskassan');
    await expect
      .element(page.elementLocator(byId('sip-consents-0-otherOrganisation')))
      .toHaveValue('');
  });
});

describe('SipSammanfattning', () => {
  it('generates who does what from the actions and records the overall responsibility', async () => {
    let latest: SipPlan | undefined;
    const screen = await render(
      <Host section={SipSammanfattning} initial={filledPlan()} onPlan={(p) => (latest = p)} />,
    );
    await expect
      .element(screen.getByRole('heading', { name: 'Vem gör vad och när' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('rowheader', { name: /Samtal om oro och magont/ }))
      .toBeVisible();
    await screen.getByRole('radio', { name: 'Regionen' }).click();
    expect(latest!.overallResponsibility).toMatchObject({
      principal: 'region',
      person: 'Anna Berg',
    });
    // The overall principal is the municipality or the region, never "someone else".
    expect(
      screen
        .getByRole('group', { name: 'Vilken huvudman har huvudansvaret?' })
        .getByRole('radio')
        .elements(),
    ).toHaveLength(2);
  });
});

describe('SipAvslutning', () => {
  it('lists the contacts from the participants and records follow-up and closing', async () => {
    let latest: SipPlan | undefined;
    const screen = await render(
      <Host section={SipAvslutning} initial={filledPlan()} onPlan={(p) => (latest = p)} />,
    );
    const contacts = screen.getByRole('listitem');
    expect(contacts.elements().map((li) => li.textContent)).toEqual([
      'Sara Lind (vårdnadshavare): 070-123 45 67',
      'Anna Berg (initiativtagare, ordförande, samordningsperson), Socialtjänsten, Växjö kommun: 0470-410 00',
      'Omar Haddad (yrkesperson), BUP Växjö: omar.haddad@example.invalid',
      'Lena Ek (yrkesperson), Högstadieskolan: 0470-411 11',
    ]);
    byId('sip-closing-reason').focus();
    await userEvent.keyboard('Målen är nådda');
    expect(latest!.closing).toEqual({ reason: 'Målen är nådda' });
  });
});
