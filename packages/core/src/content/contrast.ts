/**
 * WCAG 2.x colour contrast, used to check that every area colour carries white text legibly.
 * Malformed input gives `NaN` instead of throwing, because colours often come from host data.
 */

/** @internal `#rgb` or `#rrggbb`, any case (the pack schema uses it too). */
export const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Parses `#rgb` or `#rrggbb` into 0–255 channels; `undefined` when malformed. */
function channels(hex: unknown): [number, number, number] | undefined {
  if (typeof hex !== 'string') return undefined;
  const match = HEX_COLOUR.exec(hex.trim());
  if (!match) return undefined;
  let digits = match[1]!;
  if (digits.length === 3) digits = digits.replace(/./g, (d) => d + d);
  const n = parseInt(digits, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** sRGB channel (0–255) to linear light, per the WCAG 2.x definition. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * Relative luminance of a colour (0 for black to 1 for white), as defined by WCAG 2.x.
 * Accepts `#rgb` and `#rrggbb` (any case); returns `NaN` for anything else.
 *
 * @example
 * relativeLuminance('#ffffff'); // 1
 * relativeLuminance('#000');    // 0
 * relativeLuminance('blue');    // NaN
 */
export function relativeLuminance(hex: string): number {
  const rgb = channels(hex);
  if (!rgb) return NaN;
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Contrast ratio between two colours (1 to 21), as defined by WCAG 2.x. The order of the
 * arguments does not matter. Returns `NaN` when either colour is malformed.
 *
 * @example
 * contrastRatio('#767676', '#ffffff'); // ≈ 4.54, just passes AA for normal text
 * contrastRatio('#1f5aa6', '#fff') >= 4.5; // true: the default colour of "Trygg"
 */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = relativeLuminance(hexA);
  const b = relativeLuminance(hexB);
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
