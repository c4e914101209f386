import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAssessment } from '../assessment/assessment.ts';
import { createSipPlan } from '../sip/sip-plan.ts';
import { parseSipPlan } from '../sip/parse-sip-plan.ts';
import type { SipPlan } from '../sip/types.ts';
import { looksLikePersonalIdentityNumber, normaliseForIdentityCheck } from './identity-number.ts';
import { parseAssessment } from './parse.ts';

const LIMIT = { timeout: 60_000 };
const pack = { id: 'barnets-basta', version: '1.0.0' };

/** Every character of the Basic Multilingual Plane and beyond that matches `re` (one character). */
function charsWhere(test: (c: string) => boolean, max = 0x1ffff): string[] {
  const out: string[] = [];
  for (let code = 0; code <= max; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCodePoint(code);
    if (test(c)) out.push(c);
  }
  return out;
}

// The variants are generated from Unicode's own classes, not from a list of the ones we thought of.
const DASH_CHARS = [...charsWhere((c) => /^\p{Pd}$/u.test(c)), '\u2212'];
const SPACE_CHARS = [...charsWhere((c) => /^\p{Zs}$/u.test(c)), '\t', '\n'];
const INVISIBLE_CHARS = charsWhere((c) => /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u.test(c));
/** For each digit 0–9, every character that Unicode's compatibility folding turns into it. */
const DIGIT_FORMS = Array.from({ length: 10 }, (_, d) =>
  charsWhere((c) => /^\p{N}$/u.test(c) && c.normalize('NFKC') === String(d)),
);

const digitForm = (d: number) => fc.constantFrom(...DIGIT_FORMS[d]!);
const space = fc.constantFrom(...SPACE_CHARS);

/** A personnummer or samordningsnummer, written in any of the ways people and programs write one. */
const writtenNumber = fc
  .record({
    century: fc.constantFrom('', '19', '20'),
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 0, max: 9999 }),
    before: fc.array(space, { maxLength: 2 }),
    dash: fc.option(fc.constantFrom(...DASH_CHARS, '+'), { nil: '' }),
    after: fc.array(space, { maxLength: 2 }),
    prefix: fc.constantFrom('', 'Elev ', 'Barn: ', 'Sam '),
    suffix: fc.constantFrom('', ' (mamma)', '.'),
  })
  .chain((n) => {
    const pad = (x: number, width: number) => String(x).padStart(width, '0');
    const date = `${n.century}${pad(n.year, 2)}${pad(n.month, 2)}${pad(n.day + (n.coordination ? 60 : 0), 2)}`;
    const serial = pad(n.serial, 4);
    const digits = (text: string) =>
      fc.tuple(...[...text].map((d) => digitForm(Number(d)))).map((cs) => cs.join(''));
    return fc
      .tuple(
        digits(date),
        digits(serial),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE_CHARS)), { maxLength: 4 }),
      )
      .map(([d, s, invisible]) => {
        const points = [...`${d}${n.before.join('')}${n.dash}${n.after.join('')}${s}`];
        for (const [at, c] of invisible) points.splice(at % (points.length + 1), 0, c);
        return `${n.prefix}${points.join('')}${n.suffix}`;
      });
  });

const codesAt = (result: { ok: boolean; issues?: { code: string; path: (string | number)[] }[] }) =>
  (result.ok ? [] : (result.issues ?? [])).map((i) => `${i.code} @ ${i.path.join('.')}`);

describe('personal identity numbers, however they are written', () => {
  test('the examples from the report', () => {
    for (const text of ['19121212\u20131212', '19121212 - 1212', '191212\u00a0\u20131212']) {
      expect(looksLikePersonalIdentityNumber(text), JSON.stringify(text)).toBe(true);
    }
    expect(normaliseForIdentityCheck('1912\u200b1212\u2013\u00ad1212')).toBe('19121212-1212');
  });

  test('every generated way of writing one is recognised', LIMIT, () => {
    fc.assert(
      fc.property(writtenNumber, (text) => looksLikePersonalIdentityNumber(text)),
      { numRuns: 2000 },
    );
  });

  test("an assessment refuses one in the child's reference and name", LIMIT, () => {
    fc.assert(
      fc.property(writtenNumber, (text) => {
        const base = createAssessment({ pack, scale: 'agree-5', perspective: { kind: 'child' } });
        const data = JSON.parse(
          JSON.stringify({ ...base, child: { reference: text, name: text } }),
        );
        expect(codesAt(parseAssessment(data))).toEqual([
          'personal-identity-number @ child.reference',
          'personal-identity-number @ child.name',
        ]);
      }),
      { numRuns: 300 },
    );
  });

  test(
    "a SIP plan refuses one in the child's reference and in any participant's name",
    LIMIT,
    () => {
      fc.assert(
        fc.property(
          writtenNumber,
          fc.constantFrom('child', 'guardian', 'professional'),
          (text, role) => {
            const plan: SipPlan = {
              ...createSipPlan({ pack }),
              child: { reference: text },
              participants: [{ id: 'p-1', roles: [role as 'child'], name: text }],
            };
            expect(codesAt(parseSipPlan(JSON.parse(JSON.stringify(plan))))).toEqual([
              'personal-identity-number @ child.reference',
              'personal-identity-number @ participants.0.name',
            ]);
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  test('text with fewer than ten digits, however written, is never taken for one', LIMIT, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        fc.pre((normaliseForIdentityCheck(text).match(/\d/g)?.length ?? 0) < 10);
        return !looksLikePersonalIdentityNumber(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('dates, school years and phone numbers are not numbers of a person', () => {
    for (const text of [
      'Klass 2024\u20132025',
      '2025-03-14',
      'Elev 7B\u201312',
      '070-123 45 67',
      '1234567890123',
      'Möte 2026-03-05 kl. 10.00',
    ]) {
      expect(looksLikePersonalIdentityNumber(text), text).toBe(false);
    }
  });
});
