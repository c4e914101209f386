/**
 * @internal Validation of content packs: the pack schema and its rules across fields (3–12
 * areas, unique ids, texts for every declared language, colour contrast). Part of the
 * `@barnets-basta/core/content` entry, for hosts that author or override packs; the default entry
 * ships the default pack, already valid, and does not carry this.
 */
import type { IssuePath, ParseResult } from '../validation/types.ts';
import { has, isObj, items } from '../validation/guards.ts';
import { countRule, entries, str$, uniqueRule, type Add } from '../validation/rules.ts';
import { run, type Kind } from '../validation/run.ts';
import { fmt, idS, list, nonEmpty, obj, opt, rec } from '../validation/schema.ts';
import { contrastRatio, HEX_COLOUR } from './contrast.ts';
import type { ContentPack } from './types.ts';

const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const SEMVER_RE = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;

const langS = fmt((s) => LANG_RE.test(s), 'lang');

/** @internal The content-pack schema (the JSON Schema files are generated from it). */
export const packSchema = obj({
  id: idS,
  version: fmt((s) => SEMVER_RE.test(s), 'semver'),
  languages: list(langS),
  texts: rec(langS, obj({ title: nonEmpty, centre: nonEmpty, closingQuestion: nonEmpty })),
  arenas: opt(list(obj({ id: idS, texts: rec(langS, obj({ name: nonEmpty })) }))),
  areas: list(
    obj({
      id: idS,
      color: fmt((s) => HEX_COLOUR.test(s), 'color'),
      icon: opt(nonEmpty),
      texts: rec(
        langS,
        obj({
          name: nonEmpty,
          description: nonEmpty,
          child: obj({ young: nonEmpty, middle: nonEmpty, teen: nonEmpty }),
          guardian: nonEmpty,
          questions: list(nonEmpty),
        }),
      ),
    }),
  ),
});

/** Every language the pack declares must have texts in `texts` (a record by language). */
function languagesRule(add: Add, path: IssuePath, texts: unknown, languages: string[]) {
  if (!isObj(texts)) return;
  for (const lang of languages) {
    if (!has(texts, lang)) add([...path, lang], 'missingLang', { lang });
  }
}

function packRules(pack: unknown, add: Add) {
  if (!isObj(pack)) return;
  const languages = [
    ...new Set(items(pack.languages).filter((l): l is string => typeof l === 'string')),
  ];
  countRule(add, ['languages'], pack.languages, 1, Infinity);
  uniqueRule(add, ['languages'], pack.languages);
  languagesRule(add, ['texts'], pack.texts, languages);
  countRule(add, ['areas'], pack.areas, 3, 12);
  uniqueRule(add, ['areas'], pack.areas, 'id');
  uniqueRule(add, ['arenas'], pack.arenas, 'id');
  items(pack.arenas).forEach((arena, i) => {
    if (isObj(arena)) languagesRule(add, ['arenas', i, 'texts'], arena.texts, languages);
  });
  items(pack.areas).forEach((area, i) => {
    if (!isObj(area)) return;
    const color = str$(area.color);
    if (color && HEX_COLOUR.test(color)) {
      const ratio = contrastRatio(color, '#fff');
      if (!(ratio >= 4.5)) {
        // Floor, not round: 4.499 must not be shown as "4.5" next to "at least 4.5 is required".
        const shown = (Math.floor(ratio * 100) / 100).toFixed(2);
        add(['areas', i, 'color'], 'contrast', { en: shown, sv: shown.replace('.', ',') });
      }
    }
    languagesRule(add, ['areas', i, 'texts'], area.texts, languages);
    for (const [lang, texts] of entries(area.texts)) {
      if (isObj(texts))
        countRule(add, ['areas', i, 'texts', lang, 'questions'], texts.questions, 2, 3);
    }
  });
}

const PACK: Kind = { schema: packSchema, rules: packRules };

/**
 * Validates a complete content pack: structure, 3–12 areas, unique well-formed ids, `#rrggbb` or
 * `#rgb` colours with at least 4.5:1 contrast against white text, texts for every declared language,
 * and two or three guiding questions per area. Never throws.
 *
 * @example
 * const result = parsePack(hostPack);
 * if (!result.ok) console.error(formatIssues(result.issues, 'sv').join('\n'));
 */
export function parsePack(input: unknown): ParseResult<ContentPack> {
  return run(input, [PACK], undefined) as ParseResult<ContentPack>;
}
