/** @internal A plain object (not null, not an array). */
export const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** @internal Own-property test that works on objects without a prototype. */
export const has = (o: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(o, key);

/** @internal The items of a list, or none when it is not one (for checks on half-valid input). */
export const items = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/**
 * @internal Keys that would reach an object's prototype if copied or merged: never taken from
 * input, whatever its origin.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** @internal A non-empty string after trimming. */
export const filled = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
