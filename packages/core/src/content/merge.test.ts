import { describe, expect, it } from 'vitest';
import type { ParseResult, ValidationIssue } from '../validation/types.ts';
import { resolvePack } from './merge.ts';
import { defaultPack } from './packs/barnets-basta.ts';
import { sexOmradenPack } from './packs/sex-omraden.ts';
import { shanarriPack } from './packs/shanarri.ts';
import { areaTexts } from './texts.ts';
import type { AreaTexts, ContentOverride, ContentPack } from './types.ts';

function ok(result: ParseResult<ContentPack>): ContentPack {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

function issues(result: ParseResult<ContentPack>): ValidationIssue[] {
  if (result.ok) throw new Error('expected issues, got a valid pack');
  return result.issues;
}

function area(pack: ContentPack, id: string) {
  const found = pack.areas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
}

/** Any override, including ones the types forbid: hosts pass parsed JSON. */
const loose = (value: unknown) => value as ContentOverride;

describe('resolvePack', () => {
  it('validates the base pack when there is no override', () => {
    expect(ok(resolvePack(defaultPack))).toEqual(defaultPack);
  });

  it('accepts every shipped pack', () => {
    for (const pack of [defaultPack, shanarriPack, sexOmradenPack]) {
      expect(ok(resolvePack(pack)).id).toBe(pack.id);
    }
  });

  it('overrides one area’s questions and leaves everything else alone', () => {
    const questions = ['Var känner du dig trygg?', 'Vem kan du prata med?'];
    const value = ok(
      resolvePack(defaultPack, { areas: { trygg: { texts: { sv: { questions } } } } }),
    );
    const trygg = area(value, 'trygg');
    expect(trygg.texts.sv?.questions).toEqual(questions);
    expect(trygg.texts.sv?.name).toBe('Trygg');
    expect(trygg.texts.sv?.child).toEqual(area(defaultPack, 'trygg').texts.sv?.child);
    expect(trygg.texts.en).toEqual(area(defaultPack, 'trygg').texts.en);
    expect(value.areas.filter((a) => a.id !== 'trygg')).toEqual(
      defaultPack.areas.filter((a) => a.id !== 'trygg'),
    );
  });

  it('replaces questions as a whole: fewer questions do not keep old ones', () => {
    const value = ok(
      resolvePack(defaultPack, {
        areas: { 'ma-bra': { texts: { en: { questions: ['One?', 'Two?'] } } } },
      }),
    );
    expect(area(value, 'ma-bra').texts.en?.questions).toEqual(['One?', 'Two?']);
  });

  it('overrides one child register without touching the others', () => {
    const value = ok(
      resolvePack(defaultPack, {
        areas: { aktiv: { texts: { sv: { child: { young: 'Jag leker.' } } } } },
      }),
    );
    const child = area(value, 'aktiv').texts.sv?.child;
    expect(child?.young).toBe('Jag leker.');
    expect(child?.teen).toBe(area(defaultPack, 'aktiv').texts.sv?.child.teen);
  });

  it('overrides one colour', () => {
    const value = ok(resolvePack(defaultPack, { areas: { aktiv: { color: '#1d4f91' } } }));
    expect(area(value, 'aktiv').color).toBe('#1d4f91');
    expect(area(value, 'trygg').color).toBe(area(defaultPack, 'trygg').color);
  });

  it('rejects an override colour that fails contrast with white text', () => {
    const found = issues(resolvePack(defaultPack, { areas: { aktiv: { color: '#ffd700' } } }));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((i) => i.path.includes('color'))).toBe(true);
  });

  it('overrides all English texts', () => {
    const override: ContentOverride = {
      texts: {
        en: { title: 'Wellbeing wheel', centre: 'Me', closingQuestion: 'What are your hopes?' },
      },
      areas: Object.fromEntries(
        defaultPack.areas.map((a) => {
          const en: AreaTexts = {
            name: `Area ${a.id}`,
            description: `About ${a.id}.`,
            child: { young: `I ${a.id}.`, middle: `I am ${a.id}.`, teen: `I am quite ${a.id}.` },
            guardian: `My child is ${a.id}.`,
            questions: [`How ${a.id}?`, `Why ${a.id}?`],
          };
          return [a.id, { texts: { en } }];
        }),
      ),
      arenas: [
        { id: 'hemma', texts: { en: { name: 'home' } } },
        { id: 'skolan', texts: { en: { name: 'school' } } },
        { id: 'fritiden', texts: { en: { name: 'leisure' } } },
      ],
    };
    const value = ok(resolvePack(defaultPack, override));
    expect(value.texts.en?.title).toBe('Wellbeing wheel');
    expect(value.texts.sv).toEqual(defaultPack.texts.sv);
    for (const a of value.areas) {
      expect(a.texts.en?.name).toBe(`Area ${a.id}`);
      expect(a.texts.en?.questions).toEqual([`How ${a.id}?`, `Why ${a.id}?`]);
      expect(a.texts.sv).toEqual(area(defaultPack, a.id).texts.sv);
    }
    // Arenas with a known id keep the Swedish names they did not restate.
    expect(value.arenas?.map((x) => [x.texts.sv?.name, x.texts.en?.name])).toEqual([
      ['hemma', 'home'],
      ['i skolan', 'school'],
      ['på fritiden', 'leisure'],
    ]);
  });

  it('switches the arena ring off with an empty list', () => {
    const value = ok(resolvePack(defaultPack, { arenas: [] }));
    expect(value.arenas).toBeUndefined();
  });

  it('adds a new language when its texts are given for the whole pack', () => {
    const nb = (name: string): AreaTexts => ({
      name,
      description: `${name}.`,
      child: { young: `Jeg ${name}.`, middle: `Jeg er ${name}.`, teen: `Jeg er ganske ${name}.` },
      guardian: `Barnet mitt er ${name}.`,
      questions: [`Hva ${name}?`, `Hvorfor ${name}?`],
    });
    const value = ok(
      resolvePack(defaultPack, {
        texts: {
          nb: { title: 'Barnets beste-hjulet', centre: 'Jeg', closingQuestion: 'Hva håper du på?' },
        },
        areas: Object.fromEntries(
          defaultPack.areas.map((a) => [a.id, { texts: { nb: nb(a.id) } }]),
        ),
        arenas: defaultPack.arenas?.map((a) => ({ id: a.id, texts: { nb: { name: a.id } } })),
      }),
    );
    expect(value.languages).toEqual(['sv', 'en', 'nb']);
    expect(areaTexts(value, 'trygg', 'nb').name).toBe('trygg');
  });

  it('reports an unknown area id at its own path, in Swedish and English', () => {
    const found = issues(resolvePack(defaultPack, { areas: { tryg: { color: '#1d4f91' } } }));
    const issue = found.find((i) => i.code === 'unknown-area');
    expect(issue).toBeDefined();
    expect(issue?.path).toEqual(['areas', 'tryg']);
    expect(issue?.message.sv).toContain('"tryg"');
    expect(issue?.message.sv).toContain('trygg');
    expect(issue?.message.en).toContain('"tryg"');
    expect(issue?.message.sv).not.toBe(issue?.message.en);
  });

  it('reorders areas by id', () => {
    const order = [...defaultPack.areas.map((a) => a.id)].reverse();
    const value = ok(resolvePack(defaultPack, { order }));
    expect(value.areas.map((a) => a.id)).toEqual(order);
    expect(area(value, 'delaktig')).toEqual(area(defaultPack, 'delaktig'));
  });

  it('picks a subset of areas with order, merged with area overrides', () => {
    const order = ['trygg', 'ma-bra', 'omvardad', 'aktiv', 'respekterad', 'delaktig'];
    const value = ok(resolvePack(defaultPack, { order, areas: { trygg: { color: '#1d4f91' } } }));
    expect(value.areas.map((a) => a.id)).toEqual(order);
    expect(area(value, 'trygg').color).toBe('#1d4f91');
  });

  it('reports unknown and repeated ids in order at their index', () => {
    const found = issues(
      resolvePack(defaultPack, { order: ['trygg', 'glad', 'ma-bra', 'trygg', 'aktiv'] }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: ['order', 1], code: 'unknown-area' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: ['order', 3], code: 'duplicate' }),
    );
  });

  it('fails when an order leaves fewer than three areas', () => {
    expect(resolvePack(defaultPack, { order: ['trygg', 'ma-bra'] }).ok).toBe(false);
  });

  it('reports a misspelt field instead of silently ignoring it', () => {
    const found = issues(
      resolvePack(defaultPack, loose({ areas: { trygg: { colour: '#1d4f91' } } })),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: ['areas', 'trygg', 'colour'], code: 'unknown-key' }),
    );
    const top = issues(resolvePack(defaultPack, loose({ area: {} })));
    expect(top).toContainEqual(expect.objectContaining({ path: ['area'], code: 'unknown-key' }));
  });

  it('accepts a whole area spread in, as long as its id matches', () => {
    const trygg = area(defaultPack, 'trygg');
    expect(
      ok(resolvePack(defaultPack, loose({ areas: { trygg: { ...trygg, color: '#1d4f91' } } })))
        .areas[0]?.color,
    ).toBe('#1d4f91');
    const found = issues(
      resolvePack(defaultPack, loose({ areas: { trygg: { ...trygg, id: 'annat' } } })),
    );
    expect(found).toContainEqual(expect.objectContaining({ path: ['areas', 'trygg', 'id'] }));
  });

  it('uses a whole pack on its own', () => {
    const value = ok(resolvePack(defaultPack, shanarriPack));
    expect(value.id).toBe('shanarri');
    expect(value.languages).toEqual(['en']);
    expect(value.areas.map((a) => a.id)).toEqual(shanarriPack.areas.map((a) => a.id));
  });

  it('rejects an invalid whole pack with a list of issues', () => {
    const broken = { ...sexOmradenPack, areas: sexOmradenPack.areas.slice(0, 2) };
    expect(issues(resolvePack(defaultPack, broken)).length).toBeGreaterThan(0);
  });

  it('does not change the base pack', () => {
    const before = structuredClone(defaultPack);
    resolvePack(defaultPack, {
      texts: { sv: { title: 'Annat' } },
      areas: {
        trygg: {
          color: '#1d4f91',
          texts: { sv: { child: { young: 'Ny.' }, questions: ['A?', 'B?'] } },
        },
      },
      order: ['trygg', 'aktiv', 'delaktig'],
    });
    expect(defaultPack).toEqual(before);
  });

  it('never lets an override reach Object.prototype', () => {
    const evil = JSON.parse(
      '{"areas":{"trygg":{"__proto__":{"polluted":true}}},"texts":{"__proto__":{"x":1}}}',
    );
    const result = resolvePack(defaultPack, evil);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(result.ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    const throwing = Object.defineProperty({}, 'areas', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const inputs: unknown[] = [
      null,
      42,
      'pack',
      [],
      true,
      { areas: null },
      { areas: 'trygg' },
      { areas: { trygg: null } },
      { areas: { trygg: { texts: 'sv' } } },
      { areas: { trygg: { texts: { sv: { child: 'x', questions: 'q' } } } } },
      { texts: [] },
      { texts: { sv: 7 } },
      { order: 'trygg' },
      { order: [null, 3, {}] },
      { arenas: {} },
      { arenas: [null, 1] },
      { languages: 'sv' },
      { areas: [] },
      { areas: [null] },
      throwing,
    ];
    inputs.forEach((input, index) => {
      const label = `input #${index}`;
      let result: ParseResult<ContentPack> | undefined;
      expect(() => {
        result = resolvePack(defaultPack, loose(input));
      }, label).not.toThrow();
      expect(result?.ok, label).toBe(false);
      if (result && !result.ok) {
        for (const i of result.issues) {
          expect(i.message.sv.length).toBeGreaterThan(0);
          expect(i.message.en.length).toBeGreaterThan(0);
        }
      }
    });
    expect(() => resolvePack(null as unknown as ContentPack, { order: ['trygg'] })).not.toThrow();
  });
});
