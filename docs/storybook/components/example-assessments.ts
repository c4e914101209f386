/**
 * Made-up example assessments for the documentation pages (never real data). Built with core's
 * own functions, with fixed ids and times, so the pages and their tests show the same bytes.
 */
import {
  createAssessment,
  defaultPack,
  setAreaAssessment,
  type Assessment,
} from '@barnets-basta/core';

const CREATED = new Date('2025-03-14T09:30:00.000Z');
const UPDATED = new Date('2025-03-14T09:52:10.000Z');

/**
 * The child's own wheel: some values, one "Vet inte", one "Vill inte svara" that only the child
 * may see, a note for the contact person, and the hopes.
 *
 * @example
 * <Wheel readOnly defaultValue={exampleChild} />
 */
export const exampleChild: Assessment = (() => {
  let a = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: { kind: 'child' },
    id: 'exempel-barnet',
    now: CREATED,
    child: { reference: 'Elev 7B-12' },
  });
  a = setAreaAssessment(
    a,
    'trygg',
    {
      answer: { kind: 'value', value: 2 },
      note: 'Rasterna är jobbiga.',
      visibility: 'contact-person',
    },
    UPDATED,
  );
  a = setAreaAssessment(a, 'ma-bra', { answer: { kind: 'dont-know' } }, UPDATED);
  a = setAreaAssessment(a, 'utvecklas', { answer: { kind: 'value', value: 3 } }, UPDATED);
  a = setAreaAssessment(
    a,
    'omvardad',
    { answer: { kind: 'declined' }, visibility: 'respondent' },
    UPDATED,
  );
  a = setAreaAssessment(a, 'aktiv', { answer: { kind: 'value', value: 5 } }, UPDATED);
  a = setAreaAssessment(a, 'respekterad', { answer: { kind: 'value', value: 3 } }, UPDATED);
  a = setAreaAssessment(a, 'delaktig', { answer: { kind: 'value', value: 2 } }, UPDATED);
  return { ...a, hopes: { text: 'Att få börja på fotbollen igen.' } };
})();

/**
 * A guardian's wheel about the same child, answered separately: never merged with the child's.
 *
 * @example
 * <WheelSummaryTable series={[{ assessment: exampleChild }, { assessment: exampleGuardian }]} />
 */
export const exampleGuardian: Assessment = (() => {
  let a = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: { kind: 'guardian', label: 'Vårdnadshavare 1' },
    id: 'exempel-vardnadshavare',
    now: CREATED,
    child: { reference: 'Elev 7B-12' },
  });
  const values: Record<string, number> = {
    trygg: 4,
    'ma-bra': 3,
    utvecklas: 3,
    omvardad: 5,
    aktiv: 4,
    respekterad: 4,
    ansvarstagande: 3,
    delaktig: 3,
  };
  for (const [id, value] of Object.entries(values)) {
    a = setAreaAssessment(a, id, { answer: { kind: 'value', value } }, UPDATED);
  }
  return a;
})();
