import type { ContentPack } from '../content/types.ts';
import type { Answer, ScaleId } from '../scales/types.ts';
import { has } from '../validation/guards.ts';
import { CURRENT_SCHEMA_VERSION } from '../versioning/migrations.ts';
import {
  ASSESSMENT_TYPE,
  type AreaAssessment,
  type Assessment,
  type ChildRef,
  type Perspective,
} from './types.ts';

/**
 * A random RFC 4122 version 4 id. `crypto.randomUUID` exists only in secure contexts, and
 * municipal intranets still serve plain http, so there is a fallback on `getRandomValues`
 * (and, where even that is missing, `Math.random`: ids need to be unique, not secret).
 *
 * @example
 * newId(); // "3b241101-e2bb-4255-8caf-4136c566a962"
 */
export function newId(): string {
  const crypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** What {@link createAssessment} needs. */
export interface CreateAssessmentOptions {
  /** The pack the wheel shows; only its `id` and `version` are stored. */
  pack: Pick<ContentPack, 'id' | 'version'>;
  scale: ScaleId;
  perspective: Perspective;
  /** Defaults to a random UUID. */
  id?: string;
  /** Defaults to the current time; pass a fixed date in tests. */
  now?: Date;
  /** No personal identity number; with `protectedIdentity`, no name or address either. */
  child?: ChildRef;
}

/**
 * A new, empty assessment: every area unanswered. Nothing is validated here (the `parse*`
 * functions do that), so a protected child's name passed in is reported when the assessment
 * is parsed or imported, not silently dropped.
 *
 * @example
 * const a = createAssessment({
 *   pack: defaultPack,
 *   scale: 'agree-5',
 *   perspective: { kind: 'guardian', label: 'Vårdnadshavare 1' },
 *   child: { reference: 'Elev 7B-12' },
 * });
 */
export function createAssessment(options: CreateAssessmentOptions): Assessment {
  const time = (options.now ?? new Date()).toISOString();
  const assessment: Assessment = {
    type: ASSESSMENT_TYPE,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id ?? newId(),
    pack: { id: options.pack.id, version: options.pack.version },
    scale: options.scale,
    perspective: { ...options.perspective },
    createdAt: time,
    updatedAt: time,
    areas: {},
  };
  if (options.child) assessment.child = { ...options.child };
  return assessment;
}

/**
 * A copy of `assessment` with one area's fields changed; the input is left untouched. A field set
 * to `undefined` in `patch` is removed, and an area left with no fields is removed altogether
 * (an untouched area is absent). `updatedAt` becomes `now`.
 *
 * @example
 * let a = setAreaAssessment(assessment, 'trygg', { note: 'Vill prata om rasterna', visibility: 'contact-person' });
 * a = setAreaAssessment(a, 'trygg', { note: undefined }); // note removed
 */
export function setAreaAssessment(
  assessment: Assessment,
  areaId: string,
  patch: Partial<AreaAssessment>,
  now: Date = new Date(),
): Assessment {
  const areas = { ...assessment.areas };
  const area: Record<string, unknown> = { ...(has(areas, areaId) ? areas[areaId] : undefined) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete area[key];
    else area[key] = typeof value === 'object' && value !== null ? { ...value } : value;
  }
  if (Object.keys(area).length) areas[areaId] = area as AreaAssessment;
  else delete areas[areaId];
  return { ...assessment, areas, updatedAt: now.toISOString() };
}

/**
 * A copy of `assessment` with one area's answer set: a value on the scale, "Vet inte"
 * (`dont-know`) or "Vill inte svara" (`declined`); `undefined` makes the area unanswered again.
 * The four states stay distinct: nothing is ever coerced into another.
 *
 * @example
 * let a = setAnswer(assessment, 'trygg', { kind: 'value', value: 4 });
 * a = setAnswer(a, 'aktiv', { kind: 'dont-know' });
 * a = setAnswer(a, 'trygg', undefined); // unanswered again
 */
export function setAnswer(
  assessment: Assessment,
  areaId: string,
  answer: Answer | undefined,
  now?: Date,
): Assessment {
  return setAreaAssessment(assessment, areaId, { answer }, now);
}
