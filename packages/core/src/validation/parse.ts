import { array, literal, picklist, unknown } from 'valibot';
import { ASSESSMENT_TYPE } from '../assessment/types.ts';
import type { Assessment, PerspectiveKind } from '../assessment/types.ts';
import { contrastRatio } from '../content/contrast.ts';
import type { ContentPack } from '../content/types.ts';
import { SCALES } from '../scales/scales.ts';
import type { ScaleId } from '../scales/types.ts';
import { has, isObj, items } from './guards.ts';
import {
  areaRule,
  childRule,
  countRule,
  entries,
  str$,
  uniqueRule,
  type Add,
  type KnownAreas,
} from './rules.ts';
import { run, type Kind } from './run.ts';
import {
  bool,
  common,
  fmt,
  idS,
  nonEmpty,
  obj,
  opt,
  rec,
  str,
  visibility,
  type Exhaustive,
} from './schema.ts';
import type { IssuePath, ParseOptions, ParseResult } from './types.ts';

// Content packs and assessments. The SIP plan builds on the assessment pieces exported here
// (`sip/parse-sip-plan.ts`), so that importing this module never pulls in the plan's schema.

const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const SEMVER_RE = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;
const COLOR_RE = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const langS = fmt((s) => LANG_RE.test(s), 'lang');

const SCALE_IDS = ['none', 'faces-3', 'agree-5', 'steps-10'] as const satisfies ScaleId[];
const PERSPECTIVES = [
  'child',
  'guardian',
  'school',
  'student-health',
  'social-services',
  'health-care',
  'other',
] as const satisfies PerspectiveKind[];
// Compile-time proof that every list above names every member of its type.
type _Complete = [
  Exhaustive<Exclude<ScaleId, (typeof SCALE_IDS)[number]>>,
  Exhaustive<Exclude<PerspectiveKind, (typeof PERSPECTIVES)[number]>>,
];

const packSchema = obj({
  id: idS,
  version: fmt((s) => SEMVER_RE.test(s), 'semver'),
  languages: array(langS),
  texts: rec(langS, obj({ title: nonEmpty, centre: nonEmpty, closingQuestion: nonEmpty })),
  arenas: opt(array(obj({ id: idS, texts: rec(langS, obj({ name: nonEmpty })) }))),
  areas: array(
    obj({
      id: idS,
      color: fmt((s) => COLOR_RE.test(s), 'color'),
      icon: opt(nonEmpty),
      texts: rec(
        langS,
        obj({
          name: nonEmpty,
          description: nonEmpty,
          child: obj({ young: nonEmpty, middle: nonEmpty, teen: nonEmpty }),
          guardian: nonEmpty,
          questions: array(nonEmpty),
        }),
      ),
    }),
  ),
});

/** @internal The assessment schema (a SIP plan carries assessments). */
export const assessmentSchema = obj({
  ...common,
  type: literal(ASSESSMENT_TYPE),
  scale: picklist(SCALE_IDS),
  perspective: obj({ kind: picklist(PERSPECTIVES), label: opt(str) }),
  areas: rec(
    idS,
    obj({
      // The value's range depends on the scale, so `rules` checks it (with one clear message).
      answer: opt(
        obj({ kind: picklist(['value', 'dont-know', 'declined']), value: opt(unknown()) }),
      ),
      note: opt(str),
      talkedAbout: opt(bool),
      visibility,
    }),
  ),
  hopes: opt(obj({ text: str, visibility })),
});

/** Every language the pack declares must have texts in `texts` (a record by language). */
function languagesRule(add: Add, path: IssuePath, texts: unknown, languages: string[]) {
  if (!isObj(texts)) return;
  for (const lang of languages) {
    if (!has(texts, lang)) add([...path, lang], 'missingLang', { lang });
  }
}

function packRules(pack: unknown, add: Add) {
  if (!isObj(pack)) return;
  const languages = [
    ...new Set(items(pack.languages).filter((l): l is string => typeof l === 'string')),
  ];
  countRule(add, ['languages'], pack.languages, 1, Infinity);
  uniqueRule(add, ['languages'], pack.languages);
  languagesRule(add, ['texts'], pack.texts, languages);
  countRule(add, ['areas'], pack.areas, 3, 12);
  uniqueRule(add, ['areas'], pack.areas, 'id');
  uniqueRule(add, ['arenas'], pack.arenas, 'id');
  items(pack.arenas).forEach((arena, i) => {
    if (isObj(arena)) languagesRule(add, ['arenas', i, 'texts'], arena.texts, languages);
  });
  items(pack.areas).forEach((area, i) => {
    if (!isObj(area)) return;
    const color = str$(area.color);
    if (color && COLOR_RE.test(color)) {
      const ratio = contrastRatio(color, '#fff');
      if (!(ratio >= 4.5)) {
        // Floor, not round: 4.499 must not be shown as "4.5" next to "at least 4.5 is required".
        const shown = (Math.floor(ratio * 100) / 100).toFixed(2);
        add(['areas', i, 'color'], 'contrast', { en: shown, sv: shown.replace('.', ',') });
      }
    }
    languagesRule(add, ['areas', i, 'texts'], area.texts, languages);
    for (const [lang, texts] of entries(area.texts)) {
      if (isObj(texts))
        countRule(add, ['areas', i, 'texts', lang, 'questions'], texts.questions, 2, 3);
    }
  });
}

/** @internal Rules across an assessment's fields (also run on the assessments a SIP plan carries). */
export function assessmentRules(
  doc: unknown,
  add: Add,
  known: KnownAreas,
  prefix: IssuePath = [],
  protectedByPlan = false,
) {
  if (!isObj(doc)) return;
  const scale = str$(doc.scale);
  // An unknown scale is reported by the schema; until it is fixed, judge values by the widest one.
  const steps = scale && has(SCALES, scale) ? SCALES[scale as ScaleId].steps : 10;
  for (const [id, area] of entries(doc.areas)) {
    areaRule(add, [...prefix, 'areas', id], id, known);
    const answer = isObj(area) ? area.answer : undefined;
    if (!isObj(answer)) continue;
    // `value` belongs to the kind `value` only: "Vet inte" with a number would be two answers at once.
    const at = [...prefix, 'areas', id, 'answer', 'value'];
    const value = answer.value;
    if (answer.kind !== 'value') {
      if (has(answer, 'value') && (answer.kind === 'dont-know' || answer.kind === 'declined')) {
        add(at, 'unknownKey');
      }
    } else if (!has(answer, 'value')) add(at, 'required');
    else if (steps === 0) add(at, 'noValues');
    else if (!(
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= steps
    )) {
      add(at, 'range', { min: 1, max: steps });
    }
  }
  childRule(add, [...prefix, 'child'], doc.child, protectedByPlan);
}

const PACK: Kind = { schema: packSchema, rules: packRules };
/** @internal The assessment kind for `run` (`parseDocument` offers it beside the SIP plan). */
export const ASSESSMENT: Kind = {
  type: ASSESSMENT_TYPE,
  schema: assessmentSchema,
  rules: assessmentRules,
};

/**
 * Validates a complete content pack: structure, 3–12 areas, unique well-formed ids, `#rrggbb` or
 * `#rgb` colours with at least 4.5:1 contrast against white text, texts for every declared language,
 * and two or three guiding questions per area. Never throws.
 *
 * @example
 * const result = parsePack(hostPack);
 * if (!result.ok) console.error(formatIssues(result.issues, 'sv').join('\n'));
 */
export function parsePack(input: unknown): ParseResult<ContentPack> {
  return run(input, [PACK], undefined) as ParseResult<ContentPack>;
}

/**
 * Validates an assessment (migrating an older `schemaVersion` first): structure, answer values
 * within the assessment's scale, visibility, ISO 8601 timestamps, no personal identity number,
 * and no name or address for a child with protected identity. Never throws. The value returned
 * is a fresh copy that shares nothing with the input.
 *
 * @example
 * const result = parseAssessment(JSON.parse(text), { pack: defaultPack });
 * if (result.ok) render(result.value);
 * else showErrors(formatIssues(result.issues, 'sv'));
 */
export function parseAssessment(input: unknown, options?: ParseOptions): ParseResult<Assessment> {
  return run(input, [ASSESSMENT], options) as ParseResult<Assessment>;
}
