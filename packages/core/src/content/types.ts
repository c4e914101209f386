/**
 * Content-pack types. A content pack is data: the set of areas, their order, colours and every
 * domain text, per language. Regions use different wheels, so nothing here is hard-coded.
 */

/** A BCP 47 language tag such as `sv` or `en`. Packs may carry any languages; UI catalogues ship sv and en. */
export type LanguageTag = string;

/** Who a text is written for. Child registers follow age, not school year. */
export type Audience = 'child-4-7' | 'child-8-12' | 'child-13-18' | 'guardian' | 'professional';

/** All audiences, in the order they are offered in pickers. */
export const AUDIENCES: readonly Audience[] = [
  'child-4-7',
  'child-8-12',
  'child-13-18',
  'guardian',
  'professional',
];

/** First-person statements for the child, one per age register. */
export interface ChildStatements {
  /** About 4–7 years, lättläst, meant to be read aloud with picture support. */
  young: string;
  /** About 8–12 years. */
  middle: string;
  /** About 13–18 years. */
  teen: string;
}

/** The texts of one area in one language. */
export interface AreaTexts {
  /** Short name shown on the wheel, e.g. "Trygg". */
  name: string;
  /** Description for professionals. */
  description: string;
  /** First-person statement for the child in three registers. */
  child: ChildStatements;
  /** Statement for guardians, about their child. */
  guardian: string;
  /** Two or three guiding questions for the conversation. */
  questions: string[];
}

/** One area (segment) of the wheel. */
export interface AreaDefinition {
  /** Stable key (`trygg`, `ma-bra`, ...); lower-case letters, digits and hyphens. Never shown. */
  id: string;
  /** Segment colour as `#rrggbb`; must give at least 4.5:1 against white text. */
  color: string;
  /** Optional icon id that a host's icon set can resolve. */
  icon?: string;
  /** Texts per language tag. */
  texts: Record<LanguageTag, AreaTexts>;
}

/** Pack-level texts in one language. */
export interface PackTexts {
  /** Name of the wheel, e.g. "Barnets bästa-hjulet". */
  title: string;
  /** Label of the centre when no chosen name is given, e.g. "Jag". */
  centre: string;
  /** Closing open question, e.g. "Vad hoppas du på framåt?". */
  closingQuestion: string;
}

/** An optional outer ring that names the arenas of the child's life. */
export interface ArenaDefinition {
  id: string;
  texts: Record<LanguageTag, { name: string }>;
}

/** A complete content pack. */
export interface ContentPack {
  /** Stable pack id, e.g. `barnets-basta`. */
  id: string;
  /** Semantic version of the content, e.g. `1.0.0`; stored with every assessment. */
  version: string;
  /** Languages the pack is complete in; the first is the fallback. */
  languages: LanguageTag[];
  texts: Record<LanguageTag, PackTexts>;
  /** Outer ring of arenas (hemma, i skolan, på fritiden); omitted when the wheel has none. */
  arenas?: ArenaDefinition[];
  /** Areas in clockwise order from 12 o'clock; 3 to 12 of them. */
  areas: AreaDefinition[];
}

/** Deeply partial: what a host passes to change part of a pack. */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A partial override of a pack. Areas are matched by id (not by position); arrays of strings
 * (questions) replace the whole array.
 */
export interface ContentOverride {
  id?: string;
  version?: string;
  languages?: LanguageTag[];
  texts?: Record<LanguageTag, Partial<PackTexts>>;
  arenas?: ArenaDefinition[];
  /** Per area id: the fields to change. */
  areas?: Record<string, DeepPartial<Omit<AreaDefinition, 'id'>>>;
  /** Replace the order (and set) of areas: ids from the base pack. */
  order?: string[];
}
