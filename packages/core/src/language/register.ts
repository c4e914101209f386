/**
 * Registering languages, and what a registered language needs: filling a catalogue's section
 * from Swedish, adding a pack language to a pack, the writing direction of a tag. Registering
 * installs these as hooks in the registry (`registry.ts`), so components that only look up
 * languages never load them.
 */
import type { ShippedLocale, UiLocale } from '../i18n/messages.ts';
import type { ContentPack, PackTexts } from '../content/types.ts';
import type { Answer, Scale } from '../scales/types.ts';
import {
  lower,
  registry,
  shippedLocale,
  type LocaleInfo,
  type PackLanguage,
  type TextDirection,
  type UiCatalogue,
} from './registry.ts';

/** Puts what a registered language needs into the registry, once per page. */
function install(): void {
  const r = registry();
  r.catalogue ??= uiCatalogueFor;
  r.packLanguage ??= packLanguageFor;
  r.info ??= localeInfo;
  r.messages ??= uiMessages;
  r.text ??= catalogueText;
  r.pack ??= packForLocale;
  r.label ??= registeredLabel;
}

const filled = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/**
 * What `answerLabel` shows from a registered catalogue (`scales` section: `agree-5.4`,
 * `dont-know`, ...), or `''` to fall through: a scale's own labels for the language win, as do
 * the shipped Swedish and English words for the answer states.
 */
function registeredLabel(scale: Scale, answer: Answer | undefined, locale: string): string {
  const kind = answer?.kind;
  const own = kind === 'value' ? scale.labels : { sv: 1, en: 1 };
  const lang = String(locale);
  if (Object.hasOwn(own, lang) || Object.hasOwn(own, lang.split('-')[0]!)) return '';
  const key =
    answer?.kind === 'value'
      ? `${scale.id}.${answer.value}`
      : kind === 'dont-know' || kind === 'declined'
        ? kind
        : 'none';
  return catalogueText(lang, 'scales', key) ?? '';
}

/**
 * Adds (or replaces) a UI language. Pass a catalogue that `parseUiCatalogue` accepted.
 *
 * @example
 * import arUi from '@barnets-basta/core/languages/ar.ui.json';
 * const result = parseUiCatalogue(arUi);
 * if (result.ok) registerUiCatalogue(result.value);
 * // <Wheel locale="ar" /> now shows Arabic, right to left.
 */
export function registerUiCatalogue(catalogue: UiCatalogue): void {
  install();
  registry().ui.set(lower(catalogue.locale), catalogue);
}

/**
 * Adds (or replaces) a content-pack language. Pass a document that `parsePackLanguage` accepted.
 * Components showing that pack in that locale then use its texts.
 *
 * @example
 * const result = parsePackLanguage(lattlast, defaultPack);
 * if (result.ok) registerPackLanguage(result.value);
 */
export function registerPackLanguage(language: PackLanguage): void {
  install();
  registry().packs.set(`${language.pack}\u0000${lower(language.locale)}`, language);
}

/**
 * Removes every registered language (UI catalogues and pack languages); for tests and hosts that
 * switch sets of languages.
 *
 * @example
 * clearRegisteredLanguages();
 */
export function clearRegisteredLanguages(): void {
  const r = registry();
  r.ui.clear();
  r.packs.clear();
  r.warned.clear();
}

/**
 * The tags of the registered UI catalogues, in the order they were added.
 *
 * @example
 * registeredUiLocales(); // ["ar"]
 */
export function registeredUiLocales(): string[] {
  return [...registry().ui.values()].map((c) => c.locale);
}

// Languages written right to left, by script and by language (when the tag names no script).
const RTL_SCRIPTS = new Set([
  'arab',
  'hebr',
  'thaa',
  'syrc',
  'nkoo',
  'adlm',
  'rohg',
  'mand',
  'samr',
]);
const RTL_LANGUAGES = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'prs', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi', 'syr', 'nqo',
]); // prettier-ignore

/**
 * The writing direction of a BCP 47 tag: from `Intl.Locale` text info where the engine has it,
 * else from a list of right-to-left scripts and languages. Never throws; nonsense is `ltr`.
 *
 * @example
 * textDirection('ar'); // "rtl"
 * textDirection('sv-x-lattlast'); // "ltr"
 */
export function textDirection(tag: string): TextDirection {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    // A script the tag names decides (some engines' text info ignores it: `az-Arab` gave ltr).
    if (locale.script) return RTL_SCRIPTS.has(locale.script.toLowerCase()) ? 'rtl' : 'ltr';
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    const script = locale.maximize().script?.toLowerCase();
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return RTL_LANGUAGES.has(lower(tag).split('-')[0]!) ? 'rtl' : 'ltr';
  }
}

/** Warns once per message (a missing string in a catalogue is a host's to-do, not an error). */
function warnOnce(message: string) {
  const r = registry();
  if (r.warned.has(message)) return;
  r.warned.add(message);
  console.warn(`[barnets-basta] ${message}`);
}

const cache = new WeakMap<UiCatalogue, Map<string, unknown>>();

/**
 * A registered catalogue's section for a package: every missing or empty string taken from
 * Swedish, with one console warning that lists them (never a blank); keys the Swedish catalogue
 * lacks are warned about and ignored. The same object for the same catalogue and section, so it
 * can be a dependency of a React memo. What `uiMessages` returns for a registered language.
 */
function fillSection<T extends object>(
  catalogue: UiCatalogue,
  section: string,
  shipped: Readonly<Record<ShippedLocale, T>>,
): T {
  let sections = cache.get(catalogue);
  if (!sections) cache.set(catalogue, (sections = new Map()));
  const hit = sections.get(section);
  if (hit) return hit as T;
  const base = shipped.sv as Record<string, unknown>;
  const own = Object.hasOwn(catalogue.messages, section) ? catalogue.messages[section]! : {};
  const out: Record<string, unknown> = { ...base };
  const missing: string[] = [];
  for (const key of Object.keys(base)) {
    const value = Object.hasOwn(own, key) ? own[key] : undefined;
    if (filled(value)) out[key] = value;
    else if (typeof base[key] === 'string') missing.push(key);
  }
  const unknown = Object.keys(own).filter((key) => !Object.hasOwn(base, key));
  if (missing.length)
    warnOnce(
      `UI catalogue "${catalogue.locale}", section "${section}": ${missing.length} missing, shown in Swedish: ${missing.join(', ')}`,
    );
  if (unknown.length)
    warnOnce(
      `UI catalogue "${catalogue.locale}", section "${section}": unknown keys ignored: ${unknown.join(', ')}`,
    );
  sections.set(section, out);
  return out as T;
}

const packCache = new WeakMap<ContentPack, Map<PackLanguage, ContentPack>>();

/**
 * A pack with a pack language added: its locale joins `languages` and every text the language
 * lacks is taken from the pack's fallback language (the same primary language, else its first),
 * so the result is a complete, valid pack. Missing texts are warned about once, except those a
 * `scope: "child"` language leaves out by design (descriptions and guardian statements).
 *
 * @example
 * const pack = withPackLanguage(defaultPack, arabicPack);
 * areaTexts(pack, 'trygg', 'ar').name; // "الأمان"
 */
export function withPackLanguage(pack: ContentPack, language: PackLanguage): ContentPack {
  let byLanguage = packCache.get(pack);
  if (!byLanguage) packCache.set(pack, (byLanguage = new Map()));
  const hit = byLanguage.get(language);
  if (hit) return hit;
  const tag = language.locale;
  const primary = lower(tag).split('-')[0];
  const from =
    pack.languages.find((l) => lower(l).split('-')[0] === primary) ?? pack.languages[0] ?? 'sv';
  const childOnly = language.scope === 'child';
  const missing: string[] = [];
  const take = (own: string | undefined, base: string | undefined, path: string, warn = true) => {
    if (filled(own)) return own;
    if (warn) missing.push(path);
    return base ?? '';
  };
  const baseTexts = pack.texts[from];
  const texts: PackTexts = {
    title: take(language.texts?.title, baseTexts?.title, 'texts.title'),
    centre: take(language.texts?.centre, baseTexts?.centre, 'texts.centre'),
    closingQuestion: take(
      language.texts?.closingQuestion,
      baseTexts?.closingQuestion,
      'texts.closingQuestion',
    ),
  };
  const own = <V>(record: Record<string, V> | undefined, key: string) =>
    record && Object.hasOwn(record, key) ? record[key] : undefined;
  const out: ContentPack = {
    ...pack,
    languages: pack.languages.includes(tag) ? pack.languages : [...pack.languages, tag],
    texts: { ...pack.texts, [tag]: texts },
    areas: pack.areas.map((area) => {
      const base = area.texts[from];
      const mine = own(language.areas, area.id);
      const at = `areas.${area.id}`;
      const questions = mine?.questions?.filter(filled);
      if (!questions?.length) missing.push(`${at}.questions`);
      return {
        ...area,
        texts: {
          ...area.texts,
          [tag]: {
            name: take(mine?.name, base?.name, `${at}.name`),
            description: take(
              mine?.description,
              base?.description,
              `${at}.description`,
              !childOnly,
            ),
            child: {
              young: take(mine?.child?.young, base?.child.young, `${at}.child.young`),
              middle: take(mine?.child?.middle, base?.child.middle, `${at}.child.middle`),
              teen: take(mine?.child?.teen, base?.child.teen, `${at}.child.teen`),
            },
            guardian: take(mine?.guardian, base?.guardian, `${at}.guardian`, !childOnly),
            questions: questions?.length ? questions : [...(base?.questions ?? [])],
          },
        },
      };
    }),
  };
  if (pack.arenas)
    out.arenas = pack.arenas.map((arena) => ({
      ...arena,
      texts: {
        ...arena.texts,
        [tag]: {
          name: take(
            own(language.arenas, arena.id)?.name,
            arena.texts[from]?.name,
            `arenas.${arena.id}.name`,
          ),
        },
      },
    }));
  if (missing.length)
    warnOnce(
      `pack language "${tag}" of "${pack.id}": ${missing.length} missing, shown in "${from}": ${missing.join(', ')}`,
    );
  byLanguage.set(language, out);
  return out;
}

// The lookups `registry.ts` hands to once a language is registered.

/**
 * A tag and its fallbacks, longest first, as BCP 47 lookup does: `ar-SA` → `ar-SA`, `ar`.
 * A private-use or extension singleton (`x`, `u`) is dropped together with what follows it.
 */
function lookupChain(tag: string): string[] {
  const parts = lower(tag).split('-').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) {
    if (parts[n - 1]!.length === 1) continue;
    out.push(parts.slice(0, n).join('-'));
  }
  return out;
}

function uiCatalogueFor(locale: UiLocale | undefined): UiCatalogue | undefined {
  const ui = registry().ui;
  for (const tag of lookupChain(String(locale ?? ''))) {
    const found = ui.get(tag);
    if (found) return found;
  }
  return undefined;
}

function packLanguageFor(packId: string, locale: UiLocale | undefined): PackLanguage | undefined {
  const packs = registry().packs;
  const exact = packs.get(`${packId}\u0000${lower(locale)}`);
  if (exact) return exact;
  for (const tag of lookupChain(String(locale ?? ''))) {
    const found = packs.get(`${packId}\u0000${tag}`);
    if (found) return found;
  }
  return undefined;
}

function localeInfo(locale: UiLocale | undefined): LocaleInfo | undefined {
  const catalogue = uiCatalogueFor(locale);
  const shipped = catalogue ? 'sv' : shippedLocale(locale);
  if (!catalogue) return undefined;
  return {
    lang: catalogue.locale,
    dir: catalogue.dir ?? textDirection(catalogue.locale),
    shipped,
    catalogue,
  };
}

function uiMessages<T extends object>(
  section: string,
  locale: UiLocale | undefined,
  shipped: Readonly<Record<ShippedLocale, T>>,
): T | undefined {
  const catalogue = uiCatalogueFor(locale);
  return catalogue ? fillSection(catalogue, section, shipped) : undefined;
}

function catalogueText(
  locale: UiLocale | undefined,
  section: string,
  key: string,
): string | undefined {
  const catalogue = uiCatalogueFor(locale);
  if (!catalogue || !Object.hasOwn(catalogue.messages, section)) return undefined;
  const own = catalogue.messages[section]!;
  const value = Object.hasOwn(own, key) ? own[key] : undefined;
  return filled(value) ? value : undefined;
}

function packForLocale(pack: ContentPack, locale: UiLocale | undefined): ContentPack {
  if (locale === undefined || pack.languages.includes(String(locale))) return pack;
  const language = packLanguageFor(pack.id, locale);
  return language ? withPackLanguage(pack, language) : pack;
}
