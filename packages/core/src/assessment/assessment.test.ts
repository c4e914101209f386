import { afterEach, describe, expect, test, vi } from 'vitest';
import { importDocument } from '../sip/import-document.ts';
import { exportDocument } from '../versioning/json.ts';
import { parseAssessment } from '../validation/parse.ts';
import { createAssessment, newId, setAnswer, setAreaAssessment } from './assessment.ts';

const pack = { id: 'barnets-basta', version: '1.0.0' };
const t0 = new Date('2025-03-14T09:00:00.000Z');
const t1 = new Date('2025-03-14T09:05:00.000Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const fresh = () =>
  createAssessment({ pack, scale: 'agree-5', perspective: { kind: 'child' }, id: 'a-1', now: t0 });

describe('createAssessment', () => {
  test('an empty, valid assessment: every area unanswered', () => {
    expect(fresh()).toEqual({
      type: 'bb.assessment',
      schemaVersion: 1,
      id: 'a-1',
      pack: { id: 'barnets-basta', version: '1.0.0' },
      scale: 'agree-5',
      perspective: { kind: 'child' },
      createdAt: '2025-03-14T09:00:00.000Z',
      updatedAt: '2025-03-14T09:00:00.000Z',
      areas: {},
    });
    expect(parseAssessment(fresh()).ok).toBe(true);
  });

  test('stores only the pack id and version, and copies what it is given', () => {
    const perspective = { kind: 'guardian' as const, label: 'Vårdnadshavare 1' };
    const child = { reference: 'Elev 7B-12' };
    const a = createAssessment({
      pack: { ...pack, languages: ['sv'] } as never,
      scale: 'faces-3',
      perspective,
      child,
    });
    expect(a.pack).toEqual(pack);
    perspective.label = 'changed';
    child.reference = 'changed';
    expect(a.perspective.label).toBe('Vårdnadshavare 1');
    expect(a.child).toEqual({ reference: 'Elev 7B-12' });
    expect(a.id).toMatch(UUID);
    expect(Date.parse(a.createdAt)).not.toBeNaN();
  });

  test('a protected child with a name is created, then refused by validation (not dropped silently)', () => {
    const a = createAssessment({
      pack,
      scale: 'none',
      perspective: { kind: 'school' },
      child: { protectedIdentity: true, name: 'Sam' },
    });
    const result = parseAssessment(a);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['protected-identity']);
  });
});

describe('newId', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('uses crypto.randomUUID when there is one', () => {
    vi.stubGlobal('crypto', { randomUUID: () => 'from-crypto' });
    expect(newId()).toBe('from-crypto');
  });

  test('falls back to getRandomValues (insecure contexts have no randomUUID)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0xff) });
    expect(newId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  test('and to Math.random where there is no crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(UUID);
  });
});

describe('setAnswer', () => {
  test('sets each of the four states without touching the input', () => {
    const a = fresh();
    const b = setAnswer(a, 'trygg', { kind: 'value', value: 4 }, t1);
    const c = setAnswer(b, 'aktiv', { kind: 'dont-know' }, t1);
    const d = setAnswer(c, 'delaktig', { kind: 'declined' }, t1);
    expect(a.areas).toEqual({});
    expect(b.areas).toEqual({ trygg: { answer: { kind: 'value', value: 4 } } });
    expect(d.areas).toEqual({
      trygg: { answer: { kind: 'value', value: 4 } },
      aktiv: { answer: { kind: 'dont-know' } },
      delaktig: { answer: { kind: 'declined' } },
    });
    expect(d.updatedAt).toBe('2025-03-14T09:05:00.000Z');
    expect(d.createdAt).toBe('2025-03-14T09:00:00.000Z');
    expect(parseAssessment(d).ok).toBe(true);
  });

  test('undefined makes the area unanswered again (absent, not null, not zero)', () => {
    const a = setAnswer(fresh(), 'trygg', { kind: 'value', value: 4 }, t1);
    const b = setAnswer(a, 'trygg', undefined, t1);
    expect(b.areas).toEqual({});
    expect('trygg' in b.areas).toBe(false);
    expect(a.areas.trygg!.answer).toEqual({ kind: 'value', value: 4 });
  });

  test('removing the answer keeps the note', () => {
    let a = setAreaAssessment(
      fresh(),
      'trygg',
      { answer: { kind: 'declined' }, note: 'Vi pratade om rasterna' },
      t1,
    );
    a = setAnswer(a, 'trygg', undefined, t1);
    expect(a.areas.trygg).toEqual({ note: 'Vi pratade om rasterna' });
  });

  test('the stored answer is a copy', () => {
    const answer = { kind: 'value' as const, value: 2 };
    const a = setAnswer(fresh(), 'trygg', answer, t1);
    answer.value = 5;
    expect(a.areas.trygg!.answer).toEqual({ kind: 'value', value: 2 });
  });
});

describe('setAreaAssessment', () => {
  test('patches fields, removes those set to undefined', () => {
    let a = setAreaAssessment(
      fresh(),
      'ma-bra',
      { talkedAbout: true, note: 'Sover dåligt', visibility: 'respondent' },
      t1,
    );
    expect(a.areas['ma-bra']).toEqual({
      talkedAbout: true,
      note: 'Sover dåligt',
      visibility: 'respondent',
    });
    a = setAreaAssessment(a, 'ma-bra', { note: undefined, visibility: 'contact-person' }, t1);
    expect(a.areas['ma-bra']).toEqual({ talkedAbout: true, visibility: 'contact-person' });
    const round = importDocument(exportDocument(a));
    expect(round).toEqual({ ok: true, value: a });
  });

  test('an area left with no fields is removed', () => {
    let a = setAreaAssessment(fresh(), 'aktiv', { talkedAbout: true }, t1);
    a = setAreaAssessment(a, 'aktiv', { talkedAbout: undefined }, t1);
    expect(a.areas).toEqual({});
  });

  test('updatedAt defaults to now', () => {
    const before = Date.now();
    const a = setAreaAssessment(fresh(), 'aktiv', { talkedAbout: true });
    expect(Date.parse(a.updatedAt)).toBeGreaterThanOrEqual(before - 1);
  });
});
