import { filled } from '../validation/guards.ts';
import type {
  AreaDefinition,
  AreaTexts,
  Audience,
  ChildStatements,
  ContentPack,
  LanguageTag,
  PackTexts,
} from './types.ts';

/**
 * The language to show a pack in: `requested` when the pack has it, else the pack's language
 * with the same primary subtag (`sv-SE` finds `sv`), else the pack's first language.
 *
 * @example
 * pickLanguage(defaultPack, 'en');    // "en"
 * pickLanguage(defaultPack, 'en-GB'); // "en"
 * pickLanguage(defaultPack, 'fi');    // "sv" (the pack's first language)
 */
export function pickLanguage(pack: ContentPack, requested: string): string {
  const languages = pack.languages;
  if (languages.includes(requested)) return requested;
  const primary = String(requested).toLowerCase().split('-')[0];
  const sameFamily = languages.find((lang) => lang.toLowerCase().split('-')[0] === primary);
  return sameFamily ?? languages[0] ?? requested;
}

/** The languages to try, best first: the chosen one, then the pack's, in the pack's order. */
function fallbackChain(pack: ContentPack, lang: LanguageTag): LanguageTag[] {
  return [...new Set([pickLanguage(pack, lang), ...pack.languages])];
}

/** The first non-empty string among the candidates, or `''`. */
function firstText(candidates: (string | undefined)[]): string {
  for (const text of candidates) if (filled(text)) return text;
  return '';
}

/**
 * A pack's own texts (title, centre label, closing question) in one language. A missing or
 * empty field falls back to the pack's other languages in order, so a partly translated pack
 * still shows something.
 *
 * @example
 * packTexts(defaultPack, 'sv').closingQuestion; // "Vad hoppas du på framåt?"
 * packTexts(defaultPack, 'en').centre;          // "Me"
 */
export function packTexts(pack: ContentPack, lang: LanguageTag): PackTexts {
  const chain = fallbackChain(pack, lang).map((l) => pack.texts[l]);
  return {
    title: firstText(chain.map((t) => t?.title)),
    centre: firstText(chain.map((t) => t?.centre)),
    closingQuestion: firstText(chain.map((t) => t?.closingQuestion)),
  };
}

/**
 * One area's texts in one language, by id or by the area itself. A missing or empty field falls
 * back to the pack's other languages in order. An id the pack does not have gives the id as the
 * name and empty texts, so a caller can render something rather than crash; validate host input
 * with `resolvePack` to catch that earlier.
 *
 * @example
 * areaTexts(defaultPack, 'delaktig', 'sv').child.young; // "Jag får vara med och känner att jag hör till."
 * areaTexts(defaultPack, defaultPack.areas[0]!, 'en').name; // "Safe"
 */
export function areaTexts(
  pack: ContentPack,
  area: string | AreaDefinition,
  lang: LanguageTag,
): AreaTexts {
  const definition = typeof area === 'string' ? pack.areas.find((a) => a.id === area) : area;
  const chain = definition ? fallbackChain(pack, lang).map((l) => definition.texts[l]) : [];
  const pick = (get: (t: AreaTexts) => string | undefined) =>
    firstText(chain.map((t) => (t ? get(t) : undefined)));
  const child = (register: keyof ChildStatements) => pick((t) => t.child?.[register]);
  const questions = chain.find(
    (t) => Array.isArray(t?.questions) && t.questions.length > 0,
  )?.questions;
  return {
    name: pick((t) => t.name) || (typeof area === 'string' ? area : area.id),
    description: pick((t) => t.description),
    child: { young: child('young'), middle: child('middle'), teen: child('teen') },
    guardian: pick((t) => t.guardian),
    questions: questions ? [...questions] : [],
  };
}

/**
 * The statement to show for an audience: the child statement in the register for the child's
 * age, the guardian statement, or the professionals' description.
 *
 * @example
 * const texts = areaTexts(defaultPack, 'trygg', 'sv');
 * statementFor(texts, 'child-4-7');    // "Jag känner mig trygg hemma och i skolan."
 * statementFor(texts, 'guardian');     // "Mitt barn känner sig tryggt ..."
 * statementFor(texts, 'professional'); // the description
 */
export function statementFor(texts: AreaTexts, audience: Audience): string {
  switch (audience) {
    case 'child-4-7':
      return texts.child.young;
    case 'child-8-12':
      return texts.child.middle;
    case 'child-13-18':
      return texts.child.teen;
    case 'guardian':
      return texts.guardian;
    default:
      // 'professional', and any unknown audience (it comes from host attributes too): the
      // neutral description.
      return texts.description;
  }
}
