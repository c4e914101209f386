/**
 * The wheel's one form contract (`wheelFormFields`), and the table of submitted fields in
 * docs/embedding.md ("Plain form fields") checked against it, so the guide cannot drift.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAnswer, getScale } from '../scales/scales.ts';
import { createAssessment, setAreaAssessment } from '../assessment/assessment.ts';
import { areaFormFields, wheelFieldName, wheelFormFields } from './form-fields.ts';

const pack = { id: 'barnets-basta', version: '1.0.0' };
const empty = () =>
  createAssessment({ pack, scale: 'agree-5', perspective: { kind: 'child' }, id: 'a-1' });

/** Every part of every field set: one full area, one "Vet inte", hopes with a visibility. */
function full() {
  let a = setAreaAssessment(empty(), 'trygg', {
    answer: { kind: 'value', value: 4 },
    note: 'Jag har en kompis',
    visibility: 'contact-person',
    talkedAbout: true,
  });
  a = setAreaAssessment(a, 'aktiv', { answer: { kind: 'dont-know' } });
  return { ...a, hopes: { text: 'Att få vara med', visibility: 'respondent' as const } };
}

describe('wheelFormFields', () => {
  it('lists every field with a value, areas in the given order, then the hopes', () => {
    expect(
      wheelFormFields('hjul', full(), ['trygg', 'ma-bra', 'aktiv'], { receiver: 'respondent' }),
    ).toEqual([
      ['hjul.trygg', '4'],
      ['hjul.trygg.note', 'Jag har en kompis'],
      ['hjul.trygg.visibility', 'contact-person'],
      ['hjul.trygg.talkedAbout', 'true'],
      ['hjul.aktiv', 'dont-know'],
      ['hjul.hopes', 'Att få vara med'],
      ['hjul.hopes.visibility', 'respondent'],
    ]);
  });

  it('sends the meeting only what the meeting may see, unless the host asks for more', () => {
    expect(wheelFormFields('hjul', full(), ['trygg', 'ma-bra', 'aktiv'])).toEqual([
      ['hjul.aktiv', 'dont-know'],
    ]);
    expect(
      wheelFormFields('hjul', full(), ['trygg', 'aktiv'], { receiver: 'contact-person' }),
    ).toEqual([
      ['hjul.trygg', '4'],
      ['hjul.trygg.note', 'Jag har en kompis'],
      ['hjul.trygg.visibility', 'contact-person'],
      ['hjul.trygg.talkedAbout', 'true'],
      ['hjul.aktiv', 'dont-know'],
    ]);
  });

  it('sends nothing for an untouched assessment, and no hopes when the question is hidden', () => {
    expect(wheelFormFields('hjul', empty())).toEqual([]);
    expect(wheelFormFields('hjul', full(), ['aktiv'], { hopes: false })).toEqual([
      ['hjul.aktiv', 'dont-know'],
    ]);
  });

  it('sends a visibility with what an area holds when the respondent chooses it (default "meeting")', () => {
    const choice = { allowVisibilityChoice: true };
    expect(areaFormFields('x', 'trygg', undefined, choice)).toEqual([]);
    expect(areaFormFields('x', 'trygg', { note: 'Hej' }, choice)).toEqual([
      ['x.trygg.note', 'Hej'],
      ['x.trygg.visibility', 'meeting'],
    ]);
    expect(areaFormFields('x', 'trygg', { talkedAbout: true }, choice)).toEqual([
      ['x.trygg.visibility', 'meeting'],
      ['x.trygg.talkedAbout', 'true'],
    ]);
    expect(wheelFormFields('x', empty(), [], { allowVisibilityChoice: true })).toEqual([
      ['x.hopes.visibility', 'meeting'],
    ]);
  });

  it('writes answers that decodeAnswer reads back', () => {
    const scale = getScale('agree-5');
    for (const [key, value] of wheelFormFields('hjul', full(), ['trygg', 'aktiv'])) {
      if (key === 'hjul.trygg')
        expect(decodeAnswer(value, scale)).toEqual({ kind: 'value', value: 4 });
      if (key === 'hjul.aktiv') expect(decodeAnswer(value, scale)).toEqual({ kind: 'dont-know' });
    }
  });

  it('names the fields after the wheel and the area', () => {
    expect(wheelFieldName('hjul', 'ma-bra')).toBe('hjul.ma-bra');
    expect(wheelFieldName('hjul', 'ma-bra', 'talkedAbout')).toBe('hjul.ma-bra.talkedAbout');
    expect(wheelFieldName('hjul', null)).toBe('hjul.hopes');
  });
});

describe('docs/embedding.md "Plain form fields"', () => {
  const doc = readFileSync(new URL('../../../../docs/embedding.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## Plain form fields'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| field')));
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const field = (row: string[]) => row[1]!.replace(/`/g, '');

  it('lists exactly the contract, with the JSON field that only <bb-wheel> adds', () => {
    const contract = wheelFormFields('hjul', full(), ['trygg', 'aktiv'], {
      allowVisibilityChoice: true,
      receiver: 'respondent',
    }).map(([key]) => key.replace(/^hjul\.(trygg|aktiv)/, 'hjul.<area id>'));
    expect(rows.map(field).sort()).toEqual([...new Set([...contract, 'hjul'])].sort());
  });

  it('says both the React wheel and <bb-wheel> send every contract field', () => {
    for (const row of rows.filter((r) => field(r) !== 'hjul')) {
      expect([field(row), row[3], row[4]]).toEqual([field(row), 'yes', 'yes']);
    }
  });
});
