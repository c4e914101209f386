/**
 * The one check for Swedish personal identity numbers (personnummer, samordningsnummer) that every
 * rule, form and host uses: core's validation (a child's reference, name and address, every SIP
 * participant's name) and the React packages' forms ask this module, so a number that gets past
 * one gets past none and is stopped by all.
 *
 * People and programs do not write numbers in plain ASCII: Word and Outlook turn the hyphen into
 * an en dash, a pasted number can carry a non-breaking or thin space, a soft hyphen, a zero-width
 * space or a byte-order mark, and a phone keyboard can give full-width digits. Text is therefore
 * normalised before the pattern runs.
 */

/**
 * Anything shaped like a personnummer or samordningsnummer on normalised text: 10 or 12 digits,
 * with at most one `-` or `+` (the century sign) between date and serial, spaces allowed around
 * it. No lookbehind: older Safari fails to parse it and would take the whole bundle down.
 */
const PNR_RE = /(?:^|\D)(?:19|20)?\d{6} ?[-+]? ?\d{4}(?!\d)/;

/**
 * Whitespace of every kind (tabs and line breaks too): one ASCII space each. Not `\s`, which also
 * takes the byte-order mark U+FEFF: that one is invisible and goes without leaving a gap.
 */
const SPACES = /[\p{Zs}\t\n\v\f\r\u0085\u2028\u2029]/gu;
/**
 * Invisible characters: Unicode's default-ignorable code points (soft hyphen U+00AD, zero-width
 * space U+200B, word joiner U+2060, byte-order mark U+FEFF, the combining grapheme joiner,
 * variation selectors, Hangul fillers, ...), every other format character (`\p{Cf}`: bidi marks)
 * and control characters.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu;
/** Every dash (`\p{Pd}`: en and em dash, non-breaking hyphen, ...) and the minus signs. */
const DASHES = /[\p{Pd}\u2212\u02d7\u2796\u2e3a\u2e3b]+/gu;

/**
 * Text as the identity-number check sees it: Unicode compatibility forms folded (NFKC: full-width
 * and other compatibility digits, non-breaking spaces), every kind of whitespace one space,
 * invisible characters removed, every kind of dash one `-`, runs of spaces collapsed.
 *
 * @example
 * ```ts
 * normaliseForIdentityCheck('19121212\u2013\u200b1212'); // '19121212-1212'
 * ```
 */
export function normaliseForIdentityCheck(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(/ {2,}/g, ' ');
}

/**
 * Whether a text contains something shaped like a Swedish personal identity number
 * (personnummer or samordningsnummer, 10 or 12 digits), however it is written: with an en dash,
 * spaces around the dash, full-width digits or invisible characters in between. Such numbers are
 * never stored: use a pseudonymous reference. Non-strings are not numbers (`false`).
 *
 * @example
 * ```ts
 * looksLikePersonalIdentityNumber('19121212\u20131212'); // true (en dash, as Word writes it)
 * looksLikePersonalIdentityNumber('Elev 9A-03'); // false
 * ```
 */
export function looksLikePersonalIdentityNumber(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  return PNR_RE.test(normaliseForIdentityCheck(text));
}
