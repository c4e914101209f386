/**
 * Protected identity in free text. `withProtectedIdentity` removes the child's name and address
 * from the fields that hold them; someone may still have typed them into a note, a goal or a
 * reason. The rule here takes them out of every text, for every view and export: one rule in
 * core, used by `asSeenBy`, the elements and the SIP views alike.
 */

/** The child's name(s) and address(es) as a document holds them. */
export interface ChildIdentity {
  names: string[];
  addresses: string[];
}

/** The neutral words that take their place (Swedish by default). */
export interface ScrubWords {
  /** For the name, in a sentence: `barnet`; capitalised at the start of a sentence. */
  name: string;
  /** For the address: `[skyddad uppgift]`. */
  address: string;
}

/** The default replacements, in Swedish like the documents' own texts. */
export const SCRUB_WORDS_SV: ScrubWords = { name: 'barnet', address: '[skyddad uppgift]' };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The child's names and addresses wherever a plan or an assessment keeps them (`child.name`,
 * `child.address`, a participant in the role of the child, the assessments a plan and its
 * follow-up meetings carry), trimmed, without duplicates, at least two letters each, longest
 * first. Reads any JSON: a host's invalid data too.
 *
 * @example
 * ```ts
 * childIdentity({ child: { name: 'Alva', address: 'Storgatan 12' } });
 * // { names: ['Alva'], addresses: ['Storgatan 12'] }
 * ```
 */
export function childIdentity(doc: unknown): ChildIdentity {
  const names: unknown[] = [];
  const addresses: unknown[] = [];
  const visit = (d: unknown) => {
    if (!isObject(d)) return;
    if (isObject(d.child)) {
      names.push(d.child.name);
      addresses.push(d.child.address);
    }
    if (Array.isArray(d.participants))
      for (const p of d.participants)
        if (isObject(p) && Array.isArray(p.roles) && p.roles.includes('child')) names.push(p.name);
    if (Array.isArray(d.assessments)) d.assessments.forEach(visit);
    if (Array.isArray(d.followUps)) d.followUps.forEach(visit);
  };
  visit(doc);
  const clean = (list: unknown[]) =>
    [...new Set(list.filter((x): x is string => typeof x === 'string').map((x) => x.trim()))]
      .filter((x) => [...x].length >= 2)
      .sort((a, b) => b.length - a.length);
  return { names: clean(names), addresses: clean(addresses) };
}

/** One code point folded for comparison: no diacritics, lower case ("Å" → "a"). */
const fold = (ch: string) =>
  ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text folded code point by code point, with where each folded unit came from. */
function folded(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = fold(ch);
    out += f;
    for (let i = 0; i < f.length; i++) from.push(at);
    at += ch.length;
  }
  from.push(at);
  return { text: out, from };
}

const foldAll = (s: string) => folded(s).text;

/**
 * A function that takes the child's name (whole words) and address out of a text, ignoring case
 * and diacritics ("ALVA", "Álva" and "alva" are all the name; "Alvarsson" is another word). The
 * name becomes `words.name`, capitalised at the start of a sentence, the address `words.address`;
 * everything else in the text is left exactly as it was. With nothing to hide it returns the text
 * as given.
 *
 * @example
 * ```ts
 * const scrub = identityScrubber({ names: ['Alva'], addresses: [] });
 * scrub('Alva vill att ALVAS bror och álva kommer.'); // "Barnet vill att ALVAS bror och barnet kommer."
 * ```
 */
export function identityScrubber(
  identity: ChildIdentity,
  words: ScrubWords = SCRUB_WORDS_SV,
): (text: string) => string {
  const names = identity.names.map(foldAll).filter((n) => n.trim() !== '');
  const addresses = identity.addresses.map(foldAll).filter((a) => a.trim() !== '');
  if (names.length + addresses.length === 0) return (text) => text;
  const byLength = (a: string, b: string) => b.length - a.length;
  const address = addresses.length
    ? new RegExp(addresses.sort(byLength).map(escape).join('|'), 'gu')
    : null;
  const name = names.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:${names.sort(byLength).map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
        'gu',
      )
    : null;
  const upper = words.name.charAt(0).toUpperCase() + words.name.slice(1);
  const replace = (text: string, pattern: RegExp, word: (before: string) => string) => {
    const f = folded(text);
    let out = '';
    let last = 0;
    for (const match of f.text.matchAll(pattern)) {
      const start = f.from[match.index]!;
      let end = f.from[match.index + match[0].length]!;
      // Combining marks after the match fold to nothing: they belong to the name.
      while (end < text.length && /^\p{M}/u.test(text.slice(end))) end++;
      out += text.slice(last, start) + word(text.slice(0, start));
      last = end;
    }
    return last === 0 ? text : out + text.slice(last);
  };
  return (text) => {
    if (typeof text !== 'string' || text === '') return text;
    let out = address ? replace(text, address, () => words.address) : text;
    if (name)
      out = replace(out, name, (before) =>
        /(^|[.!?:]\s+|\n\s*)$/.test(before) ? upper : words.name,
      );
    return out;
  };
}

/**
 * Every string in a document (any JSON: a plan, an assessment, a host's invalid data) with the
 * child's name and address taken out (see {@link identityScrubber}); the names and addresses are
 * read from the document itself ({@link childIdentity}) unless `identity` is given. Returns a new
 * document; the input is not changed. `asSeenBy` applies it whenever the child has protected
 * identity.
 *
 * @example
 * ```ts
 * const safe = scrubChildIdentity({
 *   child: { name: 'Alva', protectedIdentity: true },
 *   purpose: 'Stöd för Alva i skolan',
 * });
 * safe.purpose; // "Stöd för barnet i skolan" (and child.name is "barnet": remove it with withProtectedIdentity)
 * ```
 */
export function scrubChildIdentity<T>(
  doc: T,
  options: { identity?: ChildIdentity; words?: ScrubWords } = {},
): T {
  const scrub = identityScrubber(options.identity ?? childIdentity(doc), options.words);
  const walk = (value: unknown): unknown =>
    typeof value === 'string'
      ? scrub(value)
      : Array.isArray(value)
        ? value.map(walk)
        : isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]))
          : value;
  return walk(doc) as T;
}
