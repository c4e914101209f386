/**
 * Plans for tests and stories (not shipped: `test-*` files are left out of the package). Fixed ids
 * and dates, so stories render the same every time.
 */
import {
  createAssessment,
  defaultPack,
  setAreaAssessment,
  type Assessment,
  type SipPlan,
} from '@barnets-basta/core';
import { createSipPlan } from '@barnets-basta/core/sip';

const NOW = new Date('2026-03-02T09:00:00.000Z');

/** A new plan with nothing filled in. */
export function emptyPlan(): SipPlan {
  return createSipPlan({ pack: defaultPack, id: 'plan-empty', now: NOW });
}

function assessment(
  id: string,
  kind: Assessment['perspective']['kind'],
  label: string | undefined,
  values: Record<string, number>,
): Assessment {
  let a = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: label ? { kind, label } : { kind },
    id,
    now: NOW,
  });
  for (const [area, value] of Object.entries(values)) {
    a = setAreaAssessment(a, area, { answer: { kind: 'value', value } }, NOW);
  }
  return a;
}

/** Three earlier wheels: the child's, a guardian's and the school's (one answer kept private). */
export function earlierAssessments(): Assessment[] {
  const child = assessment('a-child', 'child', undefined, {
    trygg: 2,
    'ma-bra': 3,
    utvecklas: 2,
    omvardad: 4,
    aktiv: 5,
    respekterad: 2,
    ansvarstagande: 3,
    delaktig: 1,
  });
  // The child chose that only the contact person may see this answer: never shown in the meeting.
  const privateArea = setAreaAssessment(
    child,
    'omvardad',
    {
      answer: { kind: 'value', value: 1 },
      note: 'Hemligt: bara min mentor får veta',
      visibility: 'contact-person',
    },
    NOW,
  );
  const guardian = assessment('a-guardian', 'guardian', 'Mamma', {
    trygg: 4,
    'ma-bra': 3,
    utvecklas: 3,
    omvardad: 5,
    aktiv: 4,
    respekterad: 4,
    ansvarstagande: 3,
    delaktig: 3,
  });
  const school = assessment('a-school', 'school', 'Mentor', {
    trygg: 3,
    'ma-bra': 2,
    utvecklas: 2,
    omvardad: 4,
    aktiv: 3,
    respekterad: 3,
    ansvarstagande: 2,
    delaktig: 2,
  });
  return [privateArea, guardian, school];
}

/** A complete plan: all four legal elements present. */
export function filledPlan(): SipPlan {
  const plan = createSipPlan({ pack: defaultPack, id: 'plan-filled', now: NOW });
  return {
    ...plan,
    child: { reference: 'Elev 7B-12', name: 'Alva' },
    meetingDate: '2026-03-03',
    participants: [
      { id: 'p-child', name: 'Alva', roles: ['child'], present: true },
      {
        id: 'p-mum',
        name: 'Sara Lind',
        roles: ['guardian'],
        contact: '070-123 45 67',
        present: true,
      },
      {
        id: 'p-soc',
        name: 'Anna Berg',
        roles: ['initiator', 'chair', 'coordinator'],
        organisation: 'Socialtjänsten, Växjö kommun',
        contact: '0470-410 00',
        present: true,
      },
      {
        id: 'p-bup',
        name: 'Omar Haddad',
        roles: ['professional'],
        organisation: 'BUP Växjö',
        contact: 'omar.haddad@example.invalid',
        present: true,
      },
      {
        id: 'p-school',
        name: 'Lena Ek',
        roles: ['professional'],
        organisation: 'Högstadieskolan',
        contact: '0470-411 11',
        present: false,
      },
    ],
    initiator: 'p-soc',
    chair: 'p-soc',
    consents: [
      {
        id: 'c-1',
        givenBy: 'p-mum',
        organisations: ['Socialtjänsten, Växjö kommun', 'BUP Växjö', 'Högstadieskolan'],
        information: ['Skolfrånvaro', 'Journal från BUP'],
        form: 'written',
        givenOn: '2026-03-03',
        validUntil: '2027-03-03',
      },
      {
        id: 'c-2',
        givenBy: 'p-child',
        organisations: ['Högstadieskolan'],
        information: ['Samtal med kuratorn'],
        form: 'oral',
        givenOn: '2026-03-03',
        withdrawnOn: '2026-03-10',
      },
    ],
    purpose: 'Att Alva ska må bättre och kunna gå till skolan igen.',
    questions: 'Hur kan skolan och BUP hjälpas åt?\nVad behöver familjen hemma?',
    childParticipation: 'partly',
    notToRaise: { text: 'Det som hände på lägret i höstas.' },
    situation: {
      trygg: {
        worksWell: 'Trivs hemma med mamma och lillebror.',
        worksLessWell: 'Känner sig otrygg i korridoren på rasterna.',
      },
      'ma-bra': {
        worksWell: 'Sover bättre sedan jul.',
        worksLessWell: 'Ont i magen på morgonen.',
        needs: 'Samtal om oro.',
      },
      aktiv: { worksWell: 'Spelar fotboll två gånger i veckan.' },
    },
    goals: [
      { id: 'g-1', text: 'Jag vill kunna gå till skolan tre dagar i veckan.', term: 'short' },
      { id: 'g-2', text: 'Jag vill ha en kompis i klassen.', term: 'short' },
      { id: 'g-3', text: 'Jag vill gå ut nian med godkända betyg.', term: 'long' },
    ],
    ownActions: 'Mamma följer med till skolan på måndagar.\nAlva skriver i en mående-dagbok.',
    actions: [
      {
        id: 'act-1',
        areas: ['ma-bra', 'trygg'],
        what: 'Samtal om oro och magont',
        organisation: 'BUP Växjö',
        contactPerson: 'Omar Haddad',
        principal: 'region',
        frequency: 'Varannan vecka',
        start: '2026-03-10',
        end: '2026-06-30',
        followUpBy: '2026-05-15',
      },
      {
        id: 'act-2',
        areas: ['omvardad'],
        what: 'Familjestöd i hemmet',
        organisation: 'Socialtjänsten, Växjö kommun',
        contactPerson: 'Anna Berg',
        principal: 'kommun',
        frequency: 'Varje vecka',
        start: '2026-03-09',
        followUpBy: '2026-05-15',
      },
      {
        id: 'act-3',
        areas: ['utvecklas', 'delaktig'],
        what: 'Anpassat schema och en trygg vuxen på rasterna',
        organisation: 'Högstadieskolan',
        contactPerson: 'Lena Ek',
        principal: 'other',
        frequency: 'Varje skoldag',
        start: '2026-03-09',
        end: '2026-06-12',
      },
    ],
    disagreements: [
      {
        id: 'd-1',
        text: 'Om Alva ska börja med hela skoldagar direkt.',
        positions: 'Skolan vill börja direkt, mamma vill vänta till april.',
      },
    ],
    overallResponsibility: {
      principal: 'kommun',
      organisation: 'Socialtjänsten, Växjö kommun',
      person: 'Anna Berg',
      childWish: 'Alva vill att Anna håller ihop planen.',
    },
    followUp: { date: '2026-05-20', form: 'Nytt SIP-möte på skolan' },
  };
}

/** The filled plan with the earlier wheels it started from. */
export function planWithAssessments(): SipPlan {
  return { ...filledPlan(), assessments: earlierAssessments() };
}

/**
 * A child with protected identity. The name is deliberately present in the data (as a careless
 * host might pass it): every view must still keep it off the screen and out of print.
 */
export const PROTECTED_NAME = 'Alva';
export const PROTECTED_ADDRESS = 'Storgatan 12, Växjö';

export function protectedPlan(): SipPlan {
  const plan = filledPlan();
  return {
    ...plan,
    id: 'plan-protected',
    child: {
      reference: 'Ärende 2026-014',
      protectedIdentity: true,
      name: PROTECTED_NAME,
      address: PROTECTED_ADDRESS,
    },
    purpose: 'Att Alva ska må bättre och kunna gå till skolan igen.',
  };
}

/**
 * A plan with data a host should not have passed: a personal identity number as the child's
 * reference (a field can fix it), a follow-up form that is not text (a field can fix it), and an
 * unknown key (no field can).
 */
export function brokenPlan(): SipPlan {
  return {
    ...filledPlan(),
    id: 'plan-broken',
    child: { reference: '20100101-1234' },
    followUp: { date: '2026-05-20', form: 42 as unknown as string },
    extra: 'okänd',
  } as SipPlan;
}

/**
 * Dates typed in a draft that are not real dates: the meeting date's year has two digits (the
 * plan still holds 3 March 2026) and an action's end is 31 February.
 */
export function planWithUnfinishedDates(): SipPlan {
  const plan = filledPlan();
  return {
    ...plan,
    id: 'plan-unfinished-dates',
    unfinishedDates: { meetingDate: { day: '3', month: '3', year: '26' } },
    actions: plan.actions.map((action, i) =>
      i === 1
        ? { ...action, unfinishedDates: { end: { day: '31', month: '2', year: '2026' } } }
        : action,
    ),
  };
}

/**
 * The child has consented (not withdrawn) to sharing with BUP, which no guardian has consented
 * to: enough where a mature child may consent alone, not where the guardians must consent.
 */
export function childConsentPlan(): SipPlan {
  const plan = filledPlan();
  return {
    ...plan,
    id: 'plan-child-consent',
    consents: [
      { ...plan.consents[0]!, organisations: ['Socialtjänsten, Växjö kommun', 'Högstadieskolan'] },
      { ...plan.consents[1]!, organisations: ['BUP Växjö'], withdrawnOn: undefined },
    ].map((c) => {
      const copy = { ...c };
      if (copy.withdrawnOn === undefined) delete copy.withdrawnOn;
      return copy;
    }),
  };
}
