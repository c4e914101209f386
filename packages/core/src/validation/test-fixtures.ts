// Hand-made valid documents for the validation tests. Not part of the published package (`test-*`).
import type { Assessment } from '../assessment/types.ts';
import type { AreaTexts, ContentPack } from '../content/types.ts';
import type { SipPlan } from '../sip/types.ts';

const texts = (name: string): AreaTexts => ({
  name,
  description: `${name}: beskrivning för yrkespersoner`,
  child: { young: `Jag är ${name}`, middle: `Jag känner mig ${name}`, teen: `Jag är ofta ${name}` },
  guardian: `Mitt barn är ${name}`,
  questions: [`Vad gör dig ${name}?`, `När är du inte ${name}?`],
});

/** A valid three-area pack in Swedish and English. */
export function validPack(): ContentPack {
  return {
    id: 'test-hjul',
    version: '1.0.0',
    languages: ['sv', 'en'],
    texts: {
      sv: { title: 'Testhjulet', centre: 'Jag', closingQuestion: 'Vad hoppas du på framåt?' },
      en: { title: 'Test wheel', centre: 'Me', closingQuestion: 'What do you hope for?' },
    },
    arenas: [
      { id: 'hemma', texts: { sv: { name: 'Hemma' }, en: { name: 'At home' } } },
      { id: 'skolan', texts: { sv: { name: 'I skolan' }, en: { name: 'At school' } } },
    ],
    areas: [
      {
        id: 'trygg',
        color: '#1f5aa6',
        icon: 'shield',
        texts: { sv: texts('trygg'), en: texts('safe') },
      },
      { id: 'ma-bra', color: '#00704a', texts: { sv: texts('må bra'), en: texts('healthy') } },
      { id: 'aktiv', color: '#8a3b12', texts: { sv: texts('aktiv'), en: texts('active') } },
    ],
  };
}

/** A valid assessment on the agree-5 scale with all four answer states in use. */
export function validAssessment(): Assessment {
  return {
    type: 'bb.assessment',
    schemaVersion: 1,
    id: 'a-1',
    pack: { id: 'test-hjul', version: '1.0.0' },
    scale: 'agree-5',
    perspective: { kind: 'child' },
    createdAt: '2025-03-14T09:30:00.000Z',
    updatedAt: '2025-03-14T09:45:00+01:00',
    child: { reference: 'Elev 7B-12', name: 'Sam' },
    areas: {
      trygg: {
        answer: { kind: 'value', value: 4 },
        note: 'Rasterna är jobbiga',
        visibility: 'contact-person',
      },
      'ma-bra': { answer: { kind: 'dont-know' } },
      aktiv: { answer: { kind: 'declined' }, talkedAbout: true },
    },
    hopes: { text: 'Att få vara med i fotbollen', visibility: 'meeting' },
  };
}

/** A valid SIP plan that meets all four legal elements. */
export function validSipPlan(): SipPlan {
  return {
    type: 'bb.sip-plan',
    schemaVersion: 2,
    id: 'plan-1',
    pack: { id: 'test-hjul', version: '1.0.0' },
    createdAt: '2025-03-14T09:00:00.000Z',
    updatedAt: '2025-03-14T11:00:00.000Z',
    legalReference: 'SoL 2 kap. 7 §, HSL 16 kap. 4 §',
    child: { reference: 'Barn A', protectedIdentity: true },
    meetingDate: '2025-03-14',
    participants: [
      { id: 'p-barn', roles: ['child'], present: true },
      { id: 'p-vh', name: 'Vårdnadshavare 1', roles: ['guardian'], present: true },
      {
        id: 'p-soc',
        name: 'Handläggare',
        roles: ['initiator', 'chair'],
        organisation: 'Socialtjänsten',
      },
    ],
    initiator: 'p-soc',
    chair: 'p-soc',
    consents: [
      {
        id: 'c-1',
        givenBy: 'p-vh',
        organisations: ['Skolan', 'BUP'],
        information: ['skolfrånvaro'],
        form: 'written',
        givenOn: '2025-03-14',
        validUntil: '2026-03-14',
      },
    ],
    purpose: 'Samordna stödet kring skolgången',
    childParticipation: 'partly',
    notToRaise: { text: 'Pappas sjukdom', visibility: 'meeting' },
    situation: {
      trygg: { worksWell: 'Tränar fotboll', worksLessWell: 'Rasterna', needs: 'Vuxen på rasten' },
    },
    goals: [{ id: 'g-1', text: 'Gå till skolan varje dag', term: 'short', areas: ['trygg'] }],
    ownActions: 'Familjen går till skolan tillsammans på måndagar',
    actions: [
      {
        id: 'i-1',
        areas: ['trygg'],
        what: 'Samtal varje vecka',
        organisation: 'Socialtjänsten',
        contactPerson: 'Handläggare',
        principal: 'kommun',
        frequency: 'varje vecka',
        start: '2025-03-17',
        end: '2025-06-13',
        followUpBy: '2025-05-01',
      },
      { id: 'i-2', areas: ['ma-bra'], what: 'Bedömning', organisation: 'BUP', principal: 'region' },
      { id: 'i-3', areas: ['aktiv'], what: 'Rastvärd', organisation: 'Skolan', principal: 'other' },
    ],
    disagreements: [
      { id: 'd-1', text: 'Hur ofta mötena ska vara', positions: 'Skolan: varje vecka' },
    ],
    overallResponsibility: {
      principal: 'kommun',
      person: 'Handläggare',
      childWish: 'Socialtjänsten',
    },
    followUp: { date: '2025-05-01', form: 'Möte på skolan' },
    assessments: [{ ...validAssessment(), child: { reference: 'Barn A' } }],
    followUps: [],
    revisions: [],
  };
}
