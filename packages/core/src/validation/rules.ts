/**
 * @internal Rules across fields shared by every document kind. They read half-valid data, so
 * every access is guarded by shape.
 */
import { has, isObj, items } from './guards.ts';
import { quote, type MessageParams, type MessageRef } from './messages.ts';
import { looksLikePersonalIdentityNumber } from './identity-number.ts';
import type { IssuePath, ParseOptions } from './types.ts';

/** Reports one issue found by a rule. */
export type Add = (path: IssuePath, key: MessageRef, params?: MessageParams) => void;

/** Area ids a document may use, when the host told us the pack. */
export type KnownAreas = { pack: string; ids: Set<unknown> } | undefined;

export const entries = (x: unknown): [string, unknown][] => (isObj(x) ? Object.entries(x) : []);
export const str$ = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

export function countRule(add: Add, path: IssuePath, list: unknown, min: number, max: number) {
  if (!Array.isArray(list)) return;
  if (list.length < min) add(path, 'tooFew', { min, count: list.length });
  if (list.length > max) add(path, 'tooMany', { max, count: list.length });
}

/** Reports every later occurrence of a value already seen (of `item[field]` when `field` is given). */
export function uniqueRule(add: Add, path: IssuePath, list: unknown, field?: string) {
  const seen = new Set<string>();
  items(list).forEach((item, i) => {
    const value = field ? (isObj(item) ? item[field] : undefined) : item;
    if (typeof value !== 'string') return;
    if (seen.has(value))
      add(field ? [...path, i, field] : [...path, i], 'duplicate', { value: quote(value) });
    seen.add(value);
  });
}

/** The area ids of the pack the host passed, if any. */
export function packAreas(options: ParseOptions | undefined): KnownAreas {
  const pack = options?.pack;
  if (!isObj(pack)) return undefined;
  return {
    pack: quote(pack.id),
    ids: new Set(items(pack.areas).map((a) => (isObj(a) ? a.id : a))),
  };
}

export function areaRule(add: Add, path: IssuePath, id: unknown, known: KnownAreas) {
  if (known && typeof id === 'string' && !known.ids.has(id)) {
    add(path, 'unknownArea', { area: quote(id), pack: known.pack });
  }
}

/** No personnummer anywhere near a child, and no name or address when the identity is protected. */
export function childRule(add: Add, path: IssuePath, child: unknown, protectedByPlan: boolean) {
  if (!isObj(child)) return;
  const isProtected = child.protectedIdentity === true || protectedByPlan;
  for (const field of ['reference', 'name', 'address']) {
    if (!has(child, field)) continue;
    if (isProtected && field !== 'reference') add([...path, field], 'protected');
    else if (looksLikePersonalIdentityNumber(child[field])) add([...path, field], 'pnr');
  }
}

/**
 * No personnummer in a person's name either (a SIP participant of any role): the same check as
 * for the child, so a number written with an en dash or invisible characters is stopped here too.
 */
export function nameRule(add: Add, path: IssuePath, name: unknown) {
  if (looksLikePersonalIdentityNumber(name)) add(path, 'pnr');
}
