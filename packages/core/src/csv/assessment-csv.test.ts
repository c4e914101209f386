import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { createAssessment, setAreaAssessment } from '../assessment/assessment.ts';
import type { Assessment } from '../assessment/types.ts';
import { defaultPack } from '../content/packs/barnets-basta.ts';
import { assessmentsCsv } from './assessment-csv.ts';

function assessments(): Assessment[] {
  let child = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: { kind: 'child' },
  });
  child = setAreaAssessment(child, 'trygg', {
    answer: { kind: 'value', value: 4 },
    note: '=HYPERLINK("x")',
  });
  child = setAreaAssessment(child, 'ma-bra', {
    answer: { kind: 'value', value: 1 },
    note: 'Bara för mig',
    visibility: 'respondent',
  });
  child = setAreaAssessment(child, 'aktiv', { answer: { kind: 'dont-know' }, talkedAbout: true });
  let mother = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: { kind: 'guardian', label: 'Mamma; hemma' },
  });
  mother = setAreaAssessment(mother, 'trygg', {
    answer: { kind: 'value', value: 3 },
    visibility: 'contact-person',
  });
  return [child, mother];
}

/** The table as a spreadsheet reads it: rows of cells by heading. */
function read(text: string, delimiter: ',' | ';'): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<Record<string, string>>(text.slice(1), {
    delimiter,
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('assessmentsCsv', () => {
  test('one row per area and perspective, in the pack order, with the words of the answer', () => {
    const rows = read(assessmentsCsv(assessments(), defaultPack), ',');
    expect(rows).toHaveLength(2 * defaultPack.areas.length);
    expect(rows.map((r) => r['Område (id)'])).toEqual(
      [...defaultPack.areas, ...defaultPack.areas].map((a) => a.id),
    );
    const trygg = rows[0]!;
    expect(trygg).toMatchObject({
      Perspektiv: 'Barnet',
      Område: 'Trygg',
      Skala: 'agree-5',
      Värde: '4',
      Svar: 'Stämmer bra',
      // A note that looks like a formula is inert text.
      Anteckning: `'=HYPERLINK("x")`,
      'Vem får se': 'meeting',
    });
    const aktiv = rows.find((r) => r['Område (id)'] === 'aktiv')!;
    expect(aktiv).toMatchObject({ Värde: '', Svar: 'Vet inte', 'Samtalat om': 'ja' });
  });

  test("the child's private answers are not exported, not even as withheld", () => {
    const text = assessmentsCsv(assessments(), defaultPack);
    expect(text).not.toContain('Bara för mig');
    const maBra = read(text, ',').find(
      (r) => r.Perspektiv === 'Barnet' && r['Område (id)'] === 'ma-bra',
    )!;
    expect(maBra).toMatchObject({
      Värde: '',
      Svar: 'Inte besvarat',
      Anteckning: '',
      'Vem får se': '',
    });
    // A guardian's answer for the contact person stays out of the meeting's table too.
    const mother = read(text, ',').find((r) => r.Perspektiv === 'Vårdnadshavare')!;
    expect(mother).toMatchObject({ Vem: 'Mamma; hemma', Värde: '' });
  });

  test("the child's own copy and the contact person's table hold what each may see", () => {
    const own = read(assessmentsCsv(assessments(), defaultPack, { audience: 'respondent' }), ',');
    expect(own.find((r) => r['Område (id)'] === 'ma-bra')).toMatchObject({
      Värde: '1',
      Anteckning: 'Bara för mig',
      'Vem får se': 'respondent',
    });
    const contact = assessmentsCsv(assessments(), defaultPack, { audience: 'contact-person' });
    expect(contact).not.toContain('Bara för mig');
    expect(read(contact, ',').find((r) => r.Perspektiv === 'Vårdnadshavare')).toMatchObject({
      Värde: '3',
    });
  });

  test("a guardian gets what the meeting gets: never the contact person's answers", () => {
    const table = assessments();
    const text = assessmentsCsv(table, defaultPack, { audience: 'guardian' });
    expect(text).toBe(assessmentsCsv(table, defaultPack, { audience: 'meeting' }));
    expect(read(text, ',').find((r) => r.Perspektiv === 'Vårdnadshavare')).toMatchObject({
      Värde: '',
    });
  });

  test('protected identity on one assessment of the table: no name, address or guardian label', () => {
    const [child, mother] = assessments();
    const table = [
      { ...child!, child: { name: 'Sam Ek', address: 'Storgatan 1', protectedIdentity: true } },
      { ...mother!, perspective: { kind: 'guardian' as const, label: 'Mamma Lena' } },
    ];
    for (const audience of ['meeting', 'guardian', 'contact-person', 'respondent'] as const) {
      const text = assessmentsCsv(table, defaultPack, { audience });
      expect(text).not.toMatch(/Sam Ek|Storgatan|Lena/);
      expect(read(text, ',').find((r) => r.Perspektiv === 'Vårdnadshavare')).toMatchObject({
        Vem: '',
      });
    }
  });

  test('Swedish Excel and English headings; a host overrides a heading', () => {
    const text = assessmentsCsv(assessments(), defaultPack, {
      dialect: 'excel-sv',
      lang: 'en',
      messages: { note: 'Comment' },
    });
    const rows = read(text, ';');
    expect(rows[0]).toMatchObject({
      Perspective: 'The child',
      Area: 'Safe',
      Comment: `'=HYPERLINK("x")`,
    });
    expect(rows.find((r) => r.Perspective === 'Guardian')).toMatchObject({ Who: 'Mamma; hemma' });
  });
});
