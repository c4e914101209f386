/**
 * Validation of languages added as data: UI catalogues (`bb.ui-catalogue`) and content-pack
 * languages (`bb.pack-language`). Same pipeline, same path-specific Swedish and English messages
 * as every other document. Errors stop a document; a missing string is a warning only (it falls
 * back to Swedish, or to the pack's own language, when shown).
 */
import type { ContentPack } from '../content/types.ts';
import { isObj } from '../validation/guards.ts';
import { makeIssue, type Message } from '../validation/messages.ts';
import { countRule, entries, type Add } from '../validation/rules.ts';
import { run, type Kind } from '../validation/run.ts';
import { fmt, idS, list, nonEmpty, obj, oneOf, opt, rec, str } from '../validation/schema.ts';
import type { IssuePath, ParseResult, ValidationIssue } from '../validation/types.ts';
import type { PackLanguage, UiCatalogue } from './registry.ts';

const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const KEY_RE = /^[A-Za-z0-9][\w.-]*$/;

/** A BCP 47 tag the engine accepts too (`Intl.getCanonicalLocales` rejects `sv-x`). */
function isTag(s: string): boolean {
  if (!LANG_RE.test(s)) return false;
  try {
    return Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
}

const MESSAGES: Record<string, Message> = {
  key: [
    'format',
    'ska vara ett nyckelnamn av bokstäver, siffror, punkt, bindestreck och understreck',
    'must be a key of letters, digits, dots, hyphens and underscores',
  ],
  placeholders: [
    'format',
    'ska ha samma platshållare som den svenska texten: {expected}',
    'must keep the placeholders of the Swedish text: {expected}',
  ],
  missingString: ['required', 'saknas och visas på svenska', 'is missing and is shown in Swedish'],
  missingText: [
    'required',
    'saknas och visas på språket {from}',
    'is missing and is shown in the language {from}',
  ],
  otherPack: [
    'enum',
    'gäller paketet {found}, inte {expected}',
    'belongs to the pack {found}, not {expected}',
  ],
};

const langS = fmt(isTag, 'lang');
const keyS = fmt((s) => KEY_RE.test(s), 'key');
const status = oneOf(['draft', 'reviewed']);

const uiSchema = obj({
  type: oneOf(['bb.ui-catalogue']),
  locale: langS,
  dir: opt(oneOf(['ltr', 'rtl'])),
  status,
  note: opt(nonEmpty),
  messages: rec(keyS, rec(keyS, str)),
});

/** The shipped catalogues a UI catalogue is checked against: section → key → Swedish text. */
export type UiReference = Readonly<Record<string, object>>;

/** A parse result that also carries warnings: what is missing and will fall back. */
export type LanguageResult<T> = ParseResult<T> & { warnings: ValidationIssue[] };

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

function uiRules(reference: UiReference | undefined, warn: Add) {
  return (doc: unknown, add: Add) => {
    if (!isObj(doc) || !reference) return;
    const sections = isObj(doc.messages) ? doc.messages : {};
    for (const [section, strings] of entries(sections)) {
      const base = Object.hasOwn(reference, section)
        ? (reference[section] as Record<string, unknown>)
        : undefined;
      if (!base) {
        add(['messages', section], 'unknownKey');
        continue;
      }
      for (const [key, text] of entries(strings)) {
        const path: IssuePath = ['messages', section, key];
        if (!Object.hasOwn(base, key)) add(path, 'unknownKey');
        else if (typeof text === 'string' && text.trim() !== '') {
          const want = placeholders(String(base[key]));
          const got = placeholders(text);
          if (want.join() !== got.join())
            add(path, MESSAGES.placeholders!, { expected: want.join(' ') || '–' });
        }
      }
    }
    for (const [section, shipped] of Object.entries(reference)) {
      const base = shipped as Record<string, unknown>;
      const own = isObj(sections[section]) ? (sections[section] as Record<string, unknown>) : {};
      for (const key of Object.keys(base)) {
        if (typeof base[key] !== 'string') continue;
        const text = own[key];
        if (typeof text !== 'string' || text.trim() === '')
          warn(['messages', section, key], MESSAGES.missingString!);
      }
    }
  };
}

function withWarnings<T>(input: unknown, kind: Kind, warnings: ValidationIssue[]) {
  const result = run(input, [kind], undefined) as ParseResult<T>;
  return { ...result, warnings } as LanguageResult<T>;
}

/**
 * Validates a UI catalogue (`bb.ui-catalogue`): a BCP 47 `locale`, an optional `dir`, a `status`
 * (`draft` or `reviewed`) and `messages` by section and key, every value a string. With
 * `reference` (the shipped Swedish catalogues by section), an unknown section or key is an error,
 * a text that drops or adds a `{placeholder}` is an error, and each missing or empty string is a
 * warning (it is shown in Swedish). Never throws.
 *
 * @example
 * const result = parseUiCatalogue(json, { wheel: wheelMessages.sv });
 * if (!result.ok) console.error(formatIssues(result.issues, 'sv').join('\n'));
 * else registerUiCatalogue(result.value);
 */
export function parseUiCatalogue(
  input: unknown,
  reference?: UiReference,
): LanguageResult<UiCatalogue> {
  const warnings: ValidationIssue[] = [];
  const warn: Add = (path, key, params) => warnings.push(makeIssue([...path], key, params));
  return withWarnings<UiCatalogue>(
    input,
    { schema: uiSchema, messages: MESSAGES, rules: uiRules(reference, warn) },
    warnings,
  );
}

const maybe = opt(nonEmpty);
const packLanguageSchema = obj({
  type: oneOf(['bb.pack-language']),
  pack: idS,
  locale: langS,
  status,
  note: maybe,
  scope: opt(oneOf(['all', 'child'])),
  texts: opt(obj({ title: maybe, centre: maybe, closingQuestion: maybe })),
  arenas: opt(rec(idS, obj({ name: maybe }))),
  areas: opt(
    rec(
      idS,
      obj({
        name: maybe,
        description: maybe,
        child: opt(obj({ young: maybe, middle: maybe, teen: maybe })),
        guardian: maybe,
        questions: opt(list(nonEmpty)),
      }),
    ),
  ),
});

function packLanguageRules(pack: ContentPack | undefined, warn: Add) {
  return (doc: unknown, add: Add) => {
    if (!isObj(doc)) return;
    for (const [id, area] of entries(doc.areas)) {
      if (isObj(area)) countRule(add, ['areas', id, 'questions'], area.questions, 2, 3);
      if (pack && !pack.areas.some((a) => a.id === id))
        add(['areas', id], 'unknownArea', { area: id, pack: pack.id });
    }
    if (!pack) return;
    if (typeof doc.pack === 'string' && doc.pack !== pack.id)
      add(['pack'], MESSAGES.otherPack!, { found: doc.pack, expected: pack.id });
    for (const [id] of entries(doc.arenas))
      if (!pack.arenas?.some((a) => a.id === id)) add(['arenas', id], 'unknownKey');
    // Warnings: what will fall back.
    const from = pack.languages[0] ?? 'sv';
    const childOnly = doc.scope === 'child';
    const missing = (holder: unknown, key: string, path: IssuePath) => {
      const value = isObj(holder) ? holder[key] : undefined;
      const empty = key === 'questions' ? !Array.isArray(value) || !value.length : !value;
      if (empty) warn(path, MESSAGES.missingText!, { from });
    };
    for (const key of ['title', 'centre', 'closingQuestion'])
      missing(doc.texts, key, ['texts', key]);
    for (const arena of pack.arenas ?? [])
      missing(isObj(doc.arenas) ? doc.arenas[arena.id] : undefined, 'name', [
        'arenas',
        arena.id,
        'name',
      ]);
    for (const area of pack.areas) {
      const mine = isObj(doc.areas) ? doc.areas[area.id] : undefined;
      const at: IssuePath = ['areas', area.id];
      const keys = childOnly
        ? ['name', 'questions']
        : ['name', 'description', 'guardian', 'questions'];
      for (const key of keys) missing(mine, key, [...at, key]);
      const child = isObj(mine) ? mine.child : undefined;
      for (const key of ['young', 'middle', 'teen']) missing(child, key, [...at, 'child', key]);
    }
  };
}

/**
 * Validates a content-pack language (`bb.pack-language`): the texts of one pack in one more
 * language, every field optional, two or three questions where given. With `pack`, the document
 * must name that pack, every area and arena id must exist in it, and every text the language
 * lacks is a warning (`scope: "child"` expects only what children read). Never throws.
 *
 * @example
 * const result = parsePackLanguage(json, defaultPack);
 * if (result.ok) registerPackLanguage(result.value);
 * result.warnings.length; // texts that will be shown in the pack's first language
 */
export function parsePackLanguage(
  input: unknown,
  pack?: ContentPack,
): LanguageResult<PackLanguage> {
  const warnings: ValidationIssue[] = [];
  const warn: Add = (path, key, params) => warnings.push(makeIssue([...path], key, params));
  return withWarnings<PackLanguage>(
    input,
    { schema: packLanguageSchema, messages: MESSAGES, rules: packLanguageRules(pack, warn) },
    warnings,
  );
}
