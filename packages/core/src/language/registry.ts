/**
 * The languages a host added as data, at run time: UI catalogues and content-pack languages,
 * registered by BCP 47 tag and looked up by every component that takes a `locale`. No validation
 * lives here (that is `parse-language.ts`), so a package that only reads the registry stays small.
 *
 * The registry is kept on `globalThis` under a `Symbol.for` key, so a page that loads core twice
 * (a custom-element bundle beside the host's own copy) still has one registry.
 */
import type { ShippedLocale, UiLocale } from '../i18n/messages.ts';
import type { AreaTexts, ContentPack, PackTexts } from '../content/types.ts';

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Whether a translation may be used: `draft` (machine or non-professional; a professional
 * translator must review it before use with families) or `reviewed`.
 */
export type TranslationStatus = 'draft' | 'reviewed';

/**
 * A UI catalogue as data (`bb.ui-catalogue`): one JSON document with the strings of every
 * package, one section per catalogue (`wheel`, `views`, `sip-form`, `sip-plan`, `sip-follow-up`,
 * `follow-up`, `elements`, `csv`, `scales`, ...). A missing string falls back to Swedish.
 */
export interface UiCatalogue {
  type: 'bb.ui-catalogue';
  /** BCP 47 tag, e.g. `ar` or `sv-x-lattlast`. */
  locale: string;
  /** Writing direction; when left out, from `Intl.Locale` text info or the list of RTL scripts. */
  dir?: TextDirection;
  status: TranslationStatus;
  /** Who translated it, what must be reviewed. */
  note?: string;
  /** Section → key → string, `{placeholders}` as in the Swedish catalogue. */
  messages: Record<string, Record<string, string>>;
}

/** The texts of one area in a pack language; any field may be missing (it falls back). */
export interface PackLanguageArea {
  name?: string;
  description?: string;
  child?: Partial<AreaTexts['child']>;
  guardian?: string;
  questions?: string[];
}

/**
 * A content-pack language as data (`bb.pack-language`): the texts of one pack in one more
 * language. `scope: "child"` says the language covers only what children read (the child
 * registers, the questions and the pack's own texts), as lättläst svenska does; then the other
 * texts fall back without a warning.
 */
export interface PackLanguage {
  type: 'bb.pack-language';
  /** The id of the pack these texts belong to. */
  pack: string;
  locale: string;
  status: TranslationStatus;
  note?: string;
  scope?: 'all' | 'child';
  texts?: Partial<PackTexts>;
  arenas?: Record<string, { name?: string }>;
  areas?: Record<string, PackLanguageArea>;
}

interface Registry {
  ui: Map<string, UiCatalogue>;
  packs: Map<string, PackLanguage>;
  warned: Set<string>;
}

const KEY = Symbol.for('barnets-basta.languages');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= { ui: new Map(), packs: new Map(), warned: new Set() });
}

const lower = (tag: unknown) => String(tag ?? '').toLowerCase();

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

/**
 * The Swedish or English catalogue a locale starts from: English for `en` and `en-*`, Swedish for
 * everything else (Swedish is the fallback of every added language).
 *
 * @example
 * shippedLocale('en-GB'); // "en"
 * shippedLocale('ar'); // "sv"
 */
export function shippedLocale(locale: UiLocale | undefined): ShippedLocale {
  return lower(locale).split('-')[0] === 'en' ? 'en' : 'sv';
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

/**
 * The registered UI catalogue for a locale (`ar-SA` finds `ar`), or `undefined` for `sv`, `en`
 * and any unregistered tag.
 *
 * @example
 * uiCatalogueFor('ar')?.status; // "draft"
 */
export function uiCatalogueFor(locale: UiLocale | undefined): UiCatalogue | undefined {
  const ui = registry().ui;
  for (const tag of lookupChain(String(locale ?? ''))) {
    const found = ui.get(tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * The registered pack language for a pack and a locale (exact tag first, then shorter ones).
 *
 * @example
 * packLanguageFor('barnets-basta', 'sv-x-lattlast')?.scope; // "child"
 */
export function packLanguageFor(
  packId: string,
  locale: UiLocale | undefined,
): PackLanguage | undefined {
  const packs = registry().packs;
  const exact = packs.get(`${packId}\u0000${lower(locale)}`);
  if (exact) return exact;
  for (const tag of lookupChain(String(locale ?? ''))) {
    const found = packs.get(`${packId}\u0000${tag}`);
    if (found) return found;
  }
  return undefined;
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

/** What a component needs to know about its UI locale. */
export interface LocaleInfo {
  /** The tag for the `lang` attribute of the UI: the catalogue's tag, or `sv`/`en`. */
  lang: string;
  /** The direction for the `dir` attribute. */
  dir: TextDirection;
  /** The shipped catalogue under it: `en` for English, else `sv` (the fallback). */
  shipped: ShippedLocale;
  /** The registered catalogue, when there is one. */
  catalogue: UiCatalogue | undefined;
}

/**
 * How a component shows a locale: which `lang` and `dir` its root gets and which shipped
 * catalogue fills what the registered one lacks. An unregistered tag shows Swedish (`lang="sv"`),
 * except English ones.
 *
 * @example
 * localeInfo('ar'); // { lang: "ar", dir: "rtl", shipped: "sv", catalogue } once Arabic is registered
 * localeInfo('en-GB'); // { lang: "en", dir: "ltr", shipped: "en", catalogue: undefined }
 */
export function localeInfo(locale: UiLocale | undefined): LocaleInfo {
  const catalogue = uiCatalogueFor(locale);
  const shipped = catalogue ? 'sv' : shippedLocale(locale);
  if (!catalogue) return { lang: shipped, dir: 'ltr', shipped, catalogue };
  return {
    lang: catalogue.locale,
    dir: catalogue.dir ?? textDirection(catalogue.locale),
    shipped,
    catalogue,
  };
}

/** Warns once per message (a missing string in a catalogue is a host's to-do, not an error). */
function warnOnce(message: string) {
  const r = registry();
  if (r.warned.has(message)) return;
  r.warned.add(message);
  console.warn(`[barnets-basta] ${message}`);
}

const cache = new WeakMap<UiCatalogue, Map<string, unknown>>();
const filled = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/**
 * A package's catalogue for a locale: the shipped one for `sv` and `en`; for a registered
 * language its section, with every missing or empty string taken from Swedish and one console
 * warning that lists them (never a blank). Keys the Swedish catalogue lacks are warned about and
 * ignored. The same object is returned for the same catalogue and section, so it can be a
 * dependency of a React memo.
 *
 * @example
 * const messages = uiMessages('wheel', 'ar', wheelMessages); // Arabic, Swedish where missing
 */
export function uiMessages<T extends object>(
  section: string,
  locale: UiLocale | undefined,
  shipped: Readonly<Record<ShippedLocale, T>>,
): T {
  const catalogue = uiCatalogueFor(locale);
  if (!catalogue) return shipped[shippedLocale(locale)];
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

/**
 * One string of a registered catalogue, or `undefined` (no catalogue, no such string). Used where
 * a text is not in a package catalogue, such as the scales' step labels.
 *
 * @example
 * catalogueText('ar', 'scales', 'agree-5.5'); // "ينطبق تمامًا" once Arabic is registered
 */
export function catalogueText(
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

/**
 * The pack to show in a locale: the pack itself when it has that language (or none is
 * registered), else the pack with the registered pack language added.
 *
 * @example
 * const pack = packForLocale(defaultPack, 'ar'); // has "ar" once Arabic is registered
 */
export function packForLocale(pack: ContentPack, locale: UiLocale | undefined): ContentPack {
  if (locale === undefined || pack.languages.includes(String(locale))) return pack;
  const language = packLanguageFor(pack.id, locale);
  return language ? withPackLanguage(pack, language) : pack;
}
