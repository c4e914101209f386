import { parsePack } from '../content/parse-pack.ts';
import type { AreaDefinition, AreaTexts, ContentPack } from '../content/types.ts';
import { answerLabel, getScale } from '../scales/scales.ts';
import type { Answer, ScaleId } from '../scales/types.ts';
import type { IssuePath, ParseResult } from '../validation/types.ts';
import {
  clean,
  EXT,
  guard,
  packUrl,
  Reader,
  scaleSystem,
  translated,
  type Json,
} from './common.ts';

/** Options of `packToQuestionnaire`. */
export interface QuestionnaireOptions {
  /** The rating scale the answer options come from. Default `'agree-5'`. */
  scale?: ScaleId;
}

/** The display texts under each area's question, in this order. */
const DISPLAY: [string, (t: AreaTexts) => string][] = [
  ['description', (t) => t.description],
  ['child-young', (t) => t.child.young],
  ['child-middle', (t) => t.child.middle],
  ['child-teen', (t) => t.child.teen],
  ['guardian', (t) => t.guardian],
];

const byLang = (area: AreaDefinition, get: (t: AreaTexts) => string | undefined) =>
  Object.fromEntries(Object.entries(area.texts).map(([l, t]) => [l, get(t)]));

function answerOptions(scaleId: ScaleId, lang: string): Json[] {
  const scale = getScale(scaleId);
  const answers: Answer[] = [
    ...Array.from({ length: scale.steps }, (_, i): Answer => ({ kind: 'value', value: i + 1 })),
    { kind: 'dont-know' },
    { kind: 'declined' },
  ];
  return answers.map((a) => ({
    valueCoding: {
      system: scaleSystem(scaleId),
      code: a.kind === 'value' ? String(a.value) : a.kind,
      display: answerLabel(scale, a, lang),
    },
  }));
}

/**
 * A content pack as a FHIR R4 `Questionnaire`: one `choice` item per area (its linkId is the
 * area id) whose answer options are the scale's steps plus "Vet inte" and "Vill inte svara", a
 * note and a "talked about" item per area, and the closing question. Every text is given in
 * the pack's first language with the others as translation extensions; the statements and
 * guiding questions are display items under each area, and its colour an extension.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { packToQuestionnaire } from '@barnets-basta/core/fhir';
 * const questionnaire = packToQuestionnaire(defaultPack, { scale: 'agree-5' });
 * ```
 */
export function packToQuestionnaire(pack: ContentPack, options: QuestionnaireOptions = {}): Json {
  const langs = pack.languages;
  const scale = options.scale ?? 'agree-5';
  const item: Json[] = [];
  for (const arena of pack.arenas ?? []) {
    item.push({
      linkId: `arena.${arena.id}`,
      type: 'display',
      ...translated(
        'text',
        Object.fromEntries(Object.entries(arena.texts).map(([l, t]) => [l, t.name])),
        langs,
      ),
    });
  }
  for (const area of pack.areas) {
    const displays = DISPLAY.map(([key, get]) => ({
      linkId: `${area.id}.${key}`,
      type: 'display',
      ...translated('text', byLang(area, get), langs),
    }));
    const questions = Math.max(...Object.values(area.texts).map((t) => t.questions.length));
    for (let q = 0; q < questions; q++) {
      displays.push({
        linkId: `${area.id}.question-${q + 1}`,
        type: 'display',
        ...translated(
          'text',
          byLang(area, (t) => t.questions[q]),
          langs,
        ),
      });
    }
    item.push(
      clean({
        linkId: area.id,
        extension: [
          { url: EXT.color, valueString: area.color },
          ...(area.icon ? [{ url: EXT.icon, valueString: area.icon }] : []),
        ],
        type: 'choice',
        ...translated(
          'text',
          byLang(area, (t) => t.name),
          langs,
        ),
        answerOption: answerOptions(scale, langs[0]!),
        item: displays,
      }),
    );
    item.push({ linkId: `${area.id}.note`, type: 'text', text: 'Anteckning' });
    item.push({ linkId: `${area.id}.talked-about`, type: 'boolean', text: 'Samtalat om' });
  }
  item.push({
    linkId: 'hopes',
    type: 'text',
    ...translated(
      'text',
      Object.fromEntries(Object.entries(pack.texts).map(([l, t]) => [l, t.closingQuestion])),
      langs,
    ),
  });
  const centre = translated(
    'valueString',
    Object.fromEntries(Object.entries(pack.texts).map(([l, t]) => [l, t.centre])),
    langs,
  );
  return clean({
    resourceType: 'Questionnaire',
    language: langs[0],
    extension: [
      { url: EXT.centre, ...centre },
      { url: EXT.scale, valueCode: scale },
    ],
    url: packUrl(pack.id),
    version: pack.version,
    status: 'active',
    ...translated(
      'title',
      Object.fromEntries(Object.entries(pack.texts).map(([l, t]) => [l, t.title])),
      langs,
    ),
    item,
  });
}

/**
 * Reads a `Questionnaire` written by `packToQuestionnaire` back into a content pack, validated
 * like `parsePack` (3–12 areas, contrast, texts in every language). Elements that have no place
 * in a pack are issues; the answer options are not read back (they come from the scale, not
 * the pack). Never throws.
 *
 * @example
 * ```ts
 * import { questionnaireToPack } from '@barnets-basta/core/fhir';
 * const result = questionnaireToPack(JSON.parse(text));
 * if (result.ok) usePack(result.value);
 * ```
 */
export function questionnaireToPack(input: unknown): ParseResult<ContentPack> {
  return guard(() => {
    const r = new Reader();
    const q = r.resource(input, 'Questionnaire', [
      'language',
      'extension',
      'url',
      'version',
      'status',
      'title',
      '_title',
      'item',
    ]);
    if (!q) return { ok: false, issues: r.issues };
    const first = r.str(q.language, ['language'], true) ?? 'sv';
    const url = r.str(q.url, ['url'], true) ?? '';
    const id = /^urn:barnets-basta:pack:(.+)$/.exec(url)?.[1];
    if (url && !id) r.add(['url'], 'code', { options: '"urn:barnets-basta:pack:<id>"' });
    r.code(q.status, ['status'], ['active', 'draft', 'retired'], true);
    /** A text in every language: the element and its translations. */
    const texts = (o: Json, name: string, path: IssuePath) => {
      const out: Record<string, string> = {};
      const t = r.str(o[name], [...path, name]);
      if (t !== undefined) out[first] = t;
      Object.assign(out, r.translations(o[`_${name}`], [...path, `_${name}`]));
      return out;
    };
    const languages = [first];
    const title = texts(q, 'title', []);
    for (const l of Object.keys(title)) if (!languages.includes(l)) languages.push(l);
    const ext = r.extensions(q.extension, ['extension']);
    const centreExt = ext.values(EXT.centre, 'valueString');
    ext.one(EXT.scale, 'valueCode');
    ext.done();
    let centre: Record<string, string> = {};
    const centreAt =
      q.extension && Array.isArray(q.extension)
        ? q.extension.findIndex((e) => (e as Json)?.url === EXT.centre)
        : -1;
    if (centreExt.length && centreAt >= 0) {
      const e = q.extension as Json[];
      centre = texts(e[centreAt]!, 'valueString', ['extension', centreAt]);
    }

    const pack: ContentPack = {
      id: id ?? '',
      version: (q.version as string) ?? '',
      languages,
      texts: {},
      areas: [],
    };
    let closing: Record<string, string> = {};
    const arenas: NonNullable<ContentPack['arenas']> = [];
    r.list(q.item, ['item']).forEach((it, i) => {
      const at = ['item', i];
      const item = r.obj(it, at, [
        'linkId',
        'extension',
        'type',
        'text',
        '_text',
        'answerOption',
        'item',
      ]);
      if (!item) return;
      const linkId = r.str(item.linkId, [...at, 'linkId'], true) ?? '';
      if (linkId === 'hopes') closing = texts(item, 'text', at);
      else if (linkId.startsWith('arena.')) {
        const names = texts(item, 'text', at);
        arenas.push({
          id: linkId.slice(6),
          texts: Object.fromEntries(Object.entries(names).map(([l, n]) => [l, { name: n }])),
        });
      } else if (/\.(note|talked-about)$/.test(linkId)) {
        // The answer's own items: their words are the questionnaire's, not the pack's.
      } else if (linkId) {
        const ie = r.extensions(item.extension, [...at, 'extension']);
        const color = ie.one(EXT.color, 'valueString');
        const icon = ie.one(EXT.icon, 'valueString');
        ie.done();
        const names = texts(item, 'text', at);
        const area: AreaDefinition = {
          id: linkId,
          color: (color?.value as string) ?? '',
          texts: {},
        };
        if (icon) area.icon = r.str(icon.value, icon.path);
        const display: Record<string, Record<string, string>> = {};
        r.list(item.item, [...at, 'item']).forEach((d, j) => {
          const dat = [...at, 'item', j];
          const di = r.obj(d, dat, ['linkId', 'type', 'text', '_text']);
          if (!di) return;
          const key = (r.str(di.linkId, [...dat, 'linkId'], true) ?? '').slice(linkId.length + 1);
          display[key] = texts(di, 'text', dat);
        });
        for (const l of languages) {
          const questions: string[] = [];
          for (let n = 1; display[`question-${n}`]; n++) {
            const qt = display[`question-${n}`]![l];
            if (qt !== undefined) questions.push(qt);
          }
          area.texts[l] = {
            name: names[l] ?? '',
            description: display.description?.[l] ?? '',
            child: {
              young: display['child-young']?.[l] ?? '',
              middle: display['child-middle']?.[l] ?? '',
              teen: display['child-teen']?.[l] ?? '',
            },
            guardian: display.guardian?.[l] ?? '',
            questions,
          };
        }
        pack.areas.push(area);
      }
    });
    if (arenas.length) pack.arenas = arenas;
    for (const l of languages) {
      pack.texts[l] = {
        title: title[l] ?? '',
        centre: centre[l] ?? '',
        closingQuestion: closing[l] ?? '',
      };
    }
    if (r.issues.length) return { ok: false, issues: r.issues };
    return parsePack(pack);
  });
}
