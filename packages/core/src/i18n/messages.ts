import { has } from '../validation/guards.ts';

/** The UI languages the shipped message catalogues cover, Swedish first. */
export type ShippedLocale = 'sv' | 'en';

/**
 * A UI language: `sv` and `en` ship with every package; any other BCP 47 tag (`ar`,
 * `sv-x-lattlast`, ...) is a language a host registered as data (`registerUiCatalogue` in
 * `@barnets-basta/core/language`). An unregistered tag shows Swedish. The `string & {}` keeps
 * editors suggesting `sv` and `en`.
 */
export type UiLocale = ShippedLocale | (string & {});

/** The shipped UI languages, Swedish first (the default). */
export const UI_LOCALES: readonly ShippedLocale[] = ['sv', 'en'];

/**
 * Fills `{name}` placeholders. Values are inserted as plain strings (never markup).
 *
 * @example
 * formatMessage('{area}: {value} av {max}', { area: 'Trygg', value: 4, max: 5 }); // "Trygg: 4 av 5"
 */
export function formatMessage(
  template: string,
  values: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    has(values, key) ? String(values[key]) : whole,
  );
}

/**
 * Shallow-merges a host's partial catalogue over a shipped one, ignoring `undefined` values so a
 * host can override one string without repeating the rest.
 *
 * @example
 * const messages = mergeMessages(wheelMessages.sv, { dontKnow: 'Vet ej' });
 */
export function mergeMessages<T extends object>(base: T, override?: Partial<T>): T {
  if (!override) return base;
  const out = { ...base };
  for (const key of Object.keys(override) as (keyof T)[]) {
    const value = override[key];
    if (value !== undefined) out[key] = value as T[keyof T];
  }
  return out;
}
