import { ASSESSMENT_TYPE } from '../assessment/types.ts';
import type { Assessment, PerspectiveKind } from '../assessment/types.ts';
import { SCALES } from '../scales/scales.ts';
import type { ScaleId } from '../scales/types.ts';
import { has, isObj } from './guards.ts';
import { areaRule, childRule, entries, str$, type Add, type KnownAreas } from './rules.ts';
import { run, type Kind } from './run.ts';
import {
  any,
  bool,
  common,
  idS,
  obj,
  oneOf,
  opt,
  rec,
  str,
  visibility,
  type Exhaustive,
} from './schema.ts';
import type { IssuePath, ParseOptions, ParseResult } from './types.ts';

// Assessments. The SIP plan builds on the assessment pieces exported here
// (`sip/parse-sip-plan.ts`), so that importing this module never pulls in the plan's schema;
// content packs are validated by `content/parse-pack.ts`, outside the default entry.

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

/** @internal The assessment schema (a SIP plan carries assessments). */
export const assessmentSchema = obj({
  ...common,
  type: oneOf([ASSESSMENT_TYPE]),
  scale: oneOf(SCALE_IDS),
  perspective: obj({ kind: oneOf(PERSPECTIVES), label: opt(str) }),
  areas: rec(
    idS,
    obj({
      // The value's range depends on the scale, so `rules` checks it (with one clear message).
      answer: opt(obj({ kind: oneOf(['value', 'dont-know', 'declined']), value: opt(any) })),
      note: opt(str),
      talkedAbout: opt(bool),
      visibility,
    }),
  ),
  hopes: opt(obj({ text: str, visibility })),
});

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

/** @internal The assessment kind for `run` (`parseDocument` offers it beside the SIP plan). */
export const ASSESSMENT: Kind = {
  type: ASSESSMENT_TYPE,
  schema: assessmentSchema,
  rules: assessmentRules,
};

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
