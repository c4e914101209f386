import type {
  Assessment,
  AreaAssessment,
  PerspectiveKind,
  Visibility,
} from '../assessment/types.ts';
import { ASSESSMENT_TYPE } from '../assessment/types.ts';
import { asSeenBy } from '../privacy/as-seen-by.ts';
import type { Viewer } from '../privacy/viewers.ts';
import { answerLabel, getScale } from '../scales/scales.ts';
import type { Answer, ScaleId } from '../scales/types.ts';
import { parseAssessment } from '../validation/parse.ts';
import type { ParseOptions, ParseResult } from '../validation/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../versioning/migrations.ts';
import {
  CHILD_REFERENCE,
  clean,
  CONFIDENTIALITY,
  DOCUMENT_ID,
  EXT,
  fhirDateTime,
  guard,
  packUrl,
  Reader,
  scaleSystem,
  text,
  type Json,
} from './common.ts';

/** The FHIR resource type that names each perspective's author. */
const AUTHOR_TYPE: Record<PerspectiveKind, string> = {
  child: 'Patient',
  guardian: 'RelatedPerson',
  school: 'Organization',
  'student-health': 'Organization',
  'social-services': 'Organization',
  'health-care': 'Organization',
  other: 'RelatedPerson',
};
const PERSPECTIVES = Object.keys(AUTHOR_TYPE) as PerspectiveKind[];
const SCALES: ScaleId[] = ['none', 'faces-3', 'agree-5', 'steps-10'];
const VISIBILITIES: Visibility[] = ['meeting', 'contact-person', 'respondent'];

/** Options of the exports that carry answers. */
export interface FhirExportOptions {
  /**
   * Who receives the resource; it carries only what that reader may see, by core's one rule
   * (`asSeenBy` in `@barnets-basta/core/privacy`). `'meeting'` (default) and `'guardian'`: only
   * what is marked `meeting`; `'contact-person'`: also `contact-person`; `'respondent'`:
   * everything, for the respondent's own copy (the child's own answers included). Protected
   * identity removes the child's name and a guardian's label for every receiver.
   */
  audience?: Viewer;
}

/** The child as the subject of a resource: a pseudonym, never a personal identity number. */
export function childSubject(child: Assessment['child']): Json | undefined {
  if (!child) return undefined;
  return clean({
    type: 'Patient',
    identifier: text(child.reference)
      ? { system: CHILD_REFERENCE, value: text(child.reference) }
      : undefined,
    // A child with protected identity never has a name here (core refuses one anyway).
    display: child.protectedIdentity ? undefined : text(child.name),
    extension:
      child.protectedIdentity === undefined
        ? undefined
        : [{ url: EXT.protectedIdentity, valueBoolean: child.protectedIdentity }],
  });
}

/** The security label that marks a resource about a child with protected identity. */
export function securityOf(child: Assessment['child']): Json | undefined {
  return child?.protectedIdentity
    ? { security: [{ system: CONFIDENTIALITY, code: 'R', display: 'restricted' }] }
    : undefined;
}

/** Reads `childSubject` back. */
export function readChild(r: Reader, v: unknown, path: (string | number)[]) {
  const s = r.obj(v, path, ['type', 'identifier', 'display', 'extension']);
  if (!s) return undefined;
  if (s.type !== undefined) r.code(s.type, [...path, 'type'], ['Patient']);
  const child: NonNullable<Assessment['child']> = {};
  const id = r.obj(s.identifier, [...path, 'identifier'], ['system', 'value']);
  if (id) {
    r.code(id.system, [...path, 'identifier', 'system'], [CHILD_REFERENCE], true);
    child.reference = r.str(id.value, [...path, 'identifier', 'value'], true);
  }
  const name = r.str(s.display, [...path, 'display']);
  if (name !== undefined) child.name = name;
  const ext = r.extensions(s.extension, [...path, 'extension']);
  const prot = ext.one(EXT.protectedIdentity, 'valueBoolean');
  if (prot) child.protectedIdentity = r.bool(prot.value, prot.path);
  ext.done();
  return clean(child);
}

/** Reads `securityOf` back: only our restricted label is understood. */
export function readMeta(r: Reader, v: unknown): boolean {
  const meta = r.obj(v, ['meta'], ['security']);
  if (!meta) return false;
  let restricted = false;
  r.list(meta.security, ['meta', 'security']).forEach((s, i) => {
    const c = r.obj(s, ['meta', 'security', i], ['system', 'code', 'display']);
    if (c?.system === CONFIDENTIALITY && c.code === 'R') restricted = true;
    else if (c) r.add(['meta', 'security', i], 'unmapped');
  });
  return restricted;
}

function answerCoding(scaleId: ScaleId, answer: Answer, lang: 'sv' | 'en'): Json {
  const code = answer.kind === 'value' ? String(answer.value) : answer.kind;
  return {
    system: scaleSystem(scaleId),
    code,
    display: answerLabel(getScale(scaleId), answer, lang),
  };
}

/**
 * An assessment as a FHIR R4 `QuestionnaireResponse` for the pack's `Questionnaire`
 * (`packToQuestionnaire`). The author's role is the perspective; the child is referred to by
 * pseudonym only. The assessment goes through `asSeenBy` first: answers and notes the receiver
 * may not see (by default everything not marked `meeting`, so the child's "Bara jag" answers) are
 * not exported, and with protected identity neither the child's name nor a guardian's label is;
 * `audience: 'respondent'` gives the respondent's own copy.
 *
 * @example
 * ```ts
 * import { assessmentToQuestionnaireResponse } from '@barnets-basta/core/fhir';
 * const resource = assessmentToQuestionnaireResponse(childAssessment);
 * const own = assessmentToQuestionnaireResponse(childAssessment, { audience: 'respondent' });
 * ```
 */
export function assessmentToQuestionnaireResponse(
  given: Assessment,
  options: FhirExportOptions = {},
): Json {
  // What the receiver may not see, and a protected child's name, never enter the resource.
  const a = asSeenBy(given, options.audience ?? 'meeting');
  const items: Json[] = [];
  for (const [id, area] of Object.entries(a.areas)) {
    items.push(
      clean({
        linkId: id,
        extension: area.visibility ? [{ url: EXT.visibility, valueCode: area.visibility }] : [],
        answer: area.answer ? [{ valueCoding: answerCoding(a.scale, area.answer, 'sv') }] : [],
      }),
    );
    if (text(area.note))
      items.push({ linkId: `${id}.note`, answer: [{ valueString: text(area.note) }] });
    if (area.talkedAbout !== undefined)
      items.push({ linkId: `${id}.talked-about`, answer: [{ valueBoolean: area.talkedAbout }] });
  }
  const hopes = a.hopes;
  if (hopes && text(hopes.text)) {
    items.push(
      clean({
        linkId: 'hopes',
        extension: hopes.visibility ? [{ url: EXT.visibility, valueCode: hopes.visibility }] : [],
        answer: [{ valueString: text(hopes.text) }],
      }),
    );
  }
  return clean({
    resourceType: 'QuestionnaireResponse',
    meta: securityOf(a.child),
    extension: [
      { url: EXT.perspective, valueCode: a.perspective.kind },
      { url: EXT.scale, valueCode: a.scale },
      { url: EXT.createdAt, valueDateTime: fhirDateTime(a.createdAt) },
    ],
    identifier: { system: DOCUMENT_ID, value: text(a.id) },
    questionnaire: `${packUrl(a.pack.id)}|${a.pack.version}`,
    status: 'completed',
    subject: childSubject(a.child),
    authored: fhirDateTime(a.updatedAt),
    author: clean({
      type: AUTHOR_TYPE[a.perspective.kind],
      display: text(a.perspective.label),
    }),
    item: items,
  });
}

const QR_KEYS = [
  'meta',
  'extension',
  'identifier',
  'questionnaire',
  'status',
  'subject',
  'authored',
  'author',
  'item',
];

/**
 * Reads a `QuestionnaireResponse` written by `assessmentToQuestionnaireResponse` (or by another
 * system in the same shape) back into an assessment, validated like `parseAssessment`. Every
 * element that has no place in an assessment is an issue, so nothing is dropped silently.
 * Never throws.
 *
 * @example
 * ```ts
 * import { formatIssues } from '@barnets-basta/core';
 * import { questionnaireResponseToAssessment } from '@barnets-basta/core/fhir';
 * const result = questionnaireResponseToAssessment(JSON.parse(text));
 * if (!result.ok) showErrors(formatIssues(result.issues, 'sv'));
 * ```
 */
export function questionnaireResponseToAssessment(
  input: unknown,
  options?: ParseOptions,
): ParseResult<Assessment> {
  return guard(() => {
    const r = new Reader();
    const qr = r.resource(input, 'QuestionnaireResponse', QR_KEYS);
    if (!qr) return { ok: false, issues: r.issues };
    const ext = r.extensions(qr.extension, ['extension']);
    const kind = ext.one(EXT.perspective, 'valueCode');
    const scale = ext.one(EXT.scale, 'valueCode');
    const created = ext.one(EXT.createdAt, 'valueDateTime');
    ext.done();
    if (!kind) r.add(['extension'], 'required');
    const id = r.obj(qr.identifier, ['identifier'], ['system', 'value'], true);
    if (id) r.code(id.system, ['identifier', 'system'], [DOCUMENT_ID], true);
    const canonical = r.str(qr.questionnaire, ['questionnaire'], true) ?? '';
    const m = /^urn:barnets-basta:pack:([^|]+)\|(.+)$/.exec(canonical);
    if (canonical && !m)
      r.add(['questionnaire'], 'code', { options: '"urn:barnets-basta:pack:<id>|<version>"' });
    r.code(qr.status, ['status'], ['completed'], true);
    const restricted = readMeta(r, qr.meta);
    const child = readChild(r, qr.subject, ['subject']);
    const author = r.obj(qr.author, ['author'], ['type', 'display']);
    const perspectiveKind = kind ? r.code(kind.value, kind.path, PERSPECTIVES, true) : undefined;
    if (author?.type !== undefined && perspectiveKind)
      r.code(author.type, ['author', 'type'], [AUTHOR_TYPE[perspectiveKind]]);
    const scaleId = scale ? r.code(scale.value, scale.path, SCALES, true) : undefined;
    if (!scale) r.add(['extension'], 'required');

    const areas: Record<string, AreaAssessment> = {};
    let hopes: Assessment['hopes'];
    const areaOf = (key: string) => (areas[key] ??= {});
    r.list(qr.item, ['item']).forEach((it, i) => {
      const at = ['item', i];
      const item = r.obj(it, at, ['linkId', 'extension', 'answer']);
      if (!item) return;
      const linkId = r.str(item.linkId, [...at, 'linkId'], true) ?? '';
      const ie = r.extensions(item.extension, [...at, 'extension']);
      const vis = ie.one(EXT.visibility, 'valueCode');
      const visibility = vis ? r.code(vis.value, vis.path, VISIBILITIES) : undefined;
      ie.done();
      const answers = r.list(item.answer, [...at, 'answer']);
      if (answers.length > 1) r.add([...at, 'answer', 1], 'unmapped');
      const ans = r.obj(
        answers[0],
        [...at, 'answer', 0],
        ['valueCoding', 'valueString', 'valueBoolean'],
      );
      const [areaId, part] = linkId.split('.', 2) as [string, string | undefined];
      if (linkId === 'hopes') {
        const t = r.str(ans?.valueString, [...at, 'answer', 0, 'valueString'], true);
        if (t !== undefined) hopes = clean({ text: t, visibility });
      } else if (part === 'note') {
        const note = r.str(ans?.valueString, [...at, 'answer', 0, 'valueString'], true);
        if (note !== undefined) areaOf(areaId).note = note;
      } else if (part === 'talked-about') {
        const b = r.bool(ans?.valueBoolean, [...at, 'answer', 0, 'valueBoolean']);
        if (b !== undefined) areaOf(areaId).talkedAbout = b;
      } else if (part === undefined && linkId) {
        const area = areaOf(areaId);
        if (visibility) area.visibility = visibility;
        if (ans) {
          const cpath = [...at, 'answer', 0, 'valueCoding'];
          const coding = r.obj(ans.valueCoding, cpath, ['system', 'code', 'display'], true);
          if (coding) {
            if (scaleId) r.code(coding.system, [...cpath, 'system'], [scaleSystem(scaleId)], true);
            const code = r.str(coding.code, [...cpath, 'code'], true);
            if (code === 'dont-know' || code === 'declined') area.answer = { kind: code };
            else if (code !== undefined && /^\d+$/.test(code))
              area.answer = { kind: 'value', value: Number(code) };
            else if (code !== undefined)
              r.add([...cpath, 'code'], 'code', { options: '"1"…"10", "dont-know", "declined"' });
          }
        }
      } else r.add([...at, 'linkId'], 'unmapped');
    });
    if (r.issues.length) return { ok: false, issues: r.issues };

    const doc: Assessment = {
      type: ASSESSMENT_TYPE,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: (id?.value as string) ?? '',
      pack: { id: m?.[1] ?? '', version: m?.[2] ?? '' },
      scale: scaleId!,
      perspective: clean({
        kind: perspectiveKind!,
        label: author?.display as string | undefined,
      }),
      createdAt: (created?.value as string) ?? '',
      updatedAt: (qr.authored as string) ?? '',
      ...(child || restricted
        ? {
            child: clean({
              ...child,
              protectedIdentity: child?.protectedIdentity ?? (restricted || undefined),
            }),
          }
        : {}),
      areas,
      ...(hopes ? { hopes } : {}),
    };
    // Core's own rules (answer ranges, protected identity, no personal identity numbers) decide.
    return parseAssessment(doc, options);
  });
}
