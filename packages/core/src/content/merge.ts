import { isObj, UNSAFE_KEYS } from '../validation/guards.ts';
import { parsePack } from './parse-pack.ts';
import { makeIssue, quote } from '../validation/messages.ts';
import type { IssuePath, ParseResult, ValidationIssue } from '../validation/types.ts';
import type { ContentOverride, ContentPack } from './types.ts';

/**
 * The fields an override may carry, as a tree: `1` is a leaf that replaces (strings, arrays such
 * as `questions`), an object merges field by field, `'*'` matches any key (language tags).
 */
type Shape = 1 | { [key: string]: Shape };

const AREA_TEXTS: Shape = {
  name: 1,
  description: 1,
  child: { young: 1, middle: 1, teen: 1 },
  guardian: 1,
  questions: 1,
};
const AREA: Shape = { color: 1, icon: 1, texts: { '*': AREA_TEXTS } };
const PACK_TEXTS: Shape = { '*': { title: 1, centre: 1, closingQuestion: 1 } };
const ARENA: Shape = { id: 1, texts: { '*': { name: 1 } } };
const OVERRIDE_KEYS = ['id', 'version', 'languages', 'texts', 'arenas', 'areas', 'order'];

type Issues = ValidationIssue[];
type Dict = Record<string, unknown>;

/** Adds a hint to both languages of an issue, e.g. which ids or fields would have been valid. */
function withHint(found: ValidationIssue, sv: string, en: string): ValidationIssue {
  return {
    ...found,
    message: { sv: `${found.message.sv} (${sv})`, en: `${found.message.en} (${en})` },
  };
}

function unknownArea(issues: Issues, path: IssuePath, id: unknown, base: ContentPack): void {
  const known = base.areas.map((a) => a.id).join(', ');
  const found = makeIssue(path, 'unknownArea', { area: quote(id), pack: quote(base.id) });
  issues.push(withHint(found, `områden i paketet: ${known}`, `areas in the pack: ${known}`));
}

function unknownKey(issues: Issues, path: IssuePath, allowed: string[]): void {
  const found = makeIssue(path, 'unknownKey');
  const list = allowed.filter((key) => key !== '*').join(', ');
  issues.push(
    list
      ? withHint(found, `fält som går att ändra: ${list}`, `fields you can change: ${list}`)
      : found,
  );
}

/**
 * Merges `over` into `base` as `shape` allows: objects field by field, leaves (strings, arrays)
 * replaced, `undefined` ignored. Fields the shape does not know are reported and dropped, so a
 * typo such as `colour` is an error rather than silently doing nothing.
 */
function mergeShaped(
  base: unknown,
  over: unknown,
  shape: Shape,
  path: IssuePath,
  issues: Issues,
): unknown {
  if (over === undefined) return base;
  if (shape === 1) return over;
  if (!isObj(over)) {
    issues.push(makeIssue(path, 'object'));
    return base;
  }
  const out: Dict = isObj(base) ? { ...base } : {};
  for (const key of Object.keys(over)) {
    const sub = Object.hasOwn(shape, key) ? shape[key] : shape['*'];
    if (sub === undefined || UNSAFE_KEYS.has(key)) {
      unknownKey(issues, [...path, key], Object.keys(shape));
      continue;
    }
    const merged = mergeShaped(
      isObj(base) ? base[key] : undefined,
      over[key],
      sub,
      [...path, key],
      issues,
    );
    if (merged !== undefined) out[key] = merged;
  }
  return out;
}

/** Language tags used in an override's texts that the base pack does not list yet. */
function newLanguages(base: ContentPack, override: Dict): string[] {
  const found = new Set<string>();
  const collect = (texts: unknown) => {
    if (isObj(texts)) for (const lang of Object.keys(texts)) found.add(lang);
  };
  collect(override.texts);
  if (isObj(override.areas))
    for (const area of Object.values(override.areas)) if (isObj(area)) collect(area.texts);
  return [...found].filter((lang) => !UNSAFE_KEYS.has(lang) && !base.languages.includes(lang));
}

function mergeArenas(base: ContentPack, over: unknown, issues: Issues): unknown {
  if (over === undefined) return base.arenas;
  if (!Array.isArray(over)) {
    issues.push(makeIssue(['arenas'], 'list'));
    return base.arenas;
  }
  // The override's list is the new ring; an arena with a known id keeps the texts it does not restate.
  return over.map((arena: unknown, index) => {
    const match = isObj(arena) ? base.arenas?.find((a) => a.id === arena.id) : undefined;
    return match ? mergeShaped(match, arena, ARENA, ['arenas', index], issues) : arena;
  });
}

function mergeOverride(base: ContentPack, override: Dict): ParseResult<ContentPack> {
  const issues: Issues = [];
  for (const key of Object.keys(override)) {
    if (!OVERRIDE_KEYS.includes(key)) unknownKey(issues, [key], OVERRIDE_KEYS);
  }

  const byId = new Map<string, unknown>(base.areas.map((area) => [area.id, area]));
  if (override.areas !== undefined && !isObj(override.areas))
    issues.push(makeIssue(['areas'], 'object'));
  if (isObj(override.areas)) {
    for (const [id, areaOverride] of Object.entries(override.areas)) {
      const current = byId.get(id);
      if (current === undefined || UNSAFE_KEYS.has(id)) {
        unknownArea(issues, ['areas', id], id, base);
        continue;
      }
      let fields = areaOverride;
      if (isObj(fields) && 'id' in fields) {
        // A host may spread a whole area in; its id must match the key, as areas never change id.
        const { id: ownId, ...rest } = fields;
        if (ownId !== undefined && ownId !== id) {
          issues.push(makeIssue(['areas', id, 'id'], 'enum', { options: quote(id) }));
        }
        fields = rest;
      }
      byId.set(id, mergeShaped(current, fields, AREA, ['areas', id], issues));
    }
  }

  let areas = [...byId.values()];
  if (override.order !== undefined && !Array.isArray(override.order))
    issues.push(makeIssue(['order'], 'list'));
  if (Array.isArray(override.order)) {
    const seen = new Set<unknown>();
    areas = [];
    override.order.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !byId.has(id) || UNSAFE_KEYS.has(id)) {
        unknownArea(issues, ['order', index], id, base);
      } else if (seen.has(id)) {
        issues.push(makeIssue(['order', index], 'duplicate', { value: quote(id) }));
      } else {
        seen.add(id);
        areas.push(byId.get(id));
      }
    });
  }

  const merged: Dict = {
    ...base,
    id: override.id ?? base.id,
    version: override.version ?? base.version,
    languages: override.languages ?? [...base.languages, ...newLanguages(base, override)],
    texts: mergeShaped(base.texts, override.texts, PACK_TEXTS, ['texts'], issues),
    areas,
  };
  const arenas = mergeArenas(base, override.arenas, issues);
  // An empty list switches the outer ring off, the same as leaving `arenas` out of a whole pack.
  if (Array.isArray(arenas) && arenas.length === 0) delete merged.arenas;
  else if (arenas !== undefined) merged.arenas = arenas;

  const parsed = parsePack(merged);
  if (issues.length === 0) return parsed;
  return { ok: false, issues: parsed.ok ? issues : [...issues, ...parsed.issues] };
}

/**
 * Resolves the content pack to use: the base pack, with a host's partial override merged in, or
 * a whole pack that replaces it. The result is always validated; it never throws.
 *
 * - A whole pack (an object whose `areas` is an array) is validated on its own.
 * - A partial override merges: pack texts per language and field; areas matched by id
 *   (`areas: { trygg: { ... } }`), with unknown ids reported at `['areas', id]`; arrays such as
 *   `questions` and `arenas` replace; `order` picks and orders areas by id; texts in a language
 *   the pack lacks add that language (then it must be complete, or validation says where not).
 *
 * @example
 * ```ts
 * const result = resolvePack(defaultPack, {
 *   areas: { trygg: { color: '#1d4f91', texts: { sv: { questions: ['Var känner du dig trygg?', 'Vem kan du prata med?'] } } } },
 *   order: ['trygg', 'ma-bra', 'utvecklas', 'omvardad', 'aktiv', 'respekterad'],
 * });
 * if (result.ok) usePack(result.value);
 * else showErrors(formatIssues(result.issues, 'sv')); // e.g. "areas.tryg: området "tryg" finns inte i paketet …"
 * ```
 */
export function resolvePack(
  base: ContentPack,
  override?: ContentOverride | ContentPack,
): ParseResult<ContentPack> {
  try {
    if (override === undefined) return parsePack(base);
    if (isObj(override) && Array.isArray(override.areas)) return parsePack(override);
    if (!isObj(base) || !Array.isArray(base.areas)) return parsePack(base);
    if (!isObj(override)) return { ok: false, issues: [makeIssue([], 'object')] };
    return mergeOverride(base, override);
  } catch {
    // Host objects can hide getters that throw; the promise is a result, never an exception.
    return { ok: false, issues: [makeIssue([], 'unreadable')] };
  }
}
