import { answerLabel, getScale, type Scale, type ScaleId } from '@barnets-basta/core';
import { scaleLinear } from 'd3-scale';
import type { FollowUpMessages } from '../i18n/messages.ts';
import type { SegmentInfo, SegmentKey } from '../model/types.ts';

/**
 * The segments of a distribution bar for a scale: every step with its words, then "Vet inte" and
 * "Vill inte svara" as their own segments.
 *
 * @example
 * segmentsFor('agree-5', 'sv', followUpMessages.sv).map((s) => s.key);
 * // ['1', '2', '3', '4', '5', 'dont-know', 'declined']
 */
export function segmentsFor(
  scale: ScaleId | Scale,
  locale: string,
  messages: FollowUpMessages,
  withUnanswered = false,
): SegmentInfo[] {
  const s = typeof scale === 'string' ? getScale(scale) : scale;
  // core's words for a step: the pack's language, or a language added as data (its catalogue's
  // `scales` section); the number alone where a scale has no words.
  const steps: SegmentInfo[] = Array.from({ length: s.steps }, (_, i) => {
    const label = answerLabel(s, { kind: 'value', value: i + 1 }, locale);
    return {
      key: String(i + 1) as SegmentKey,
      label: label !== String(i + 1) ? `${i + 1} – ${label}` : String(i + 1),
      short: String(i + 1),
    };
  });
  return [
    ...steps,
    { key: 'dont-know', label: messages.dontKnow, short: messages.dontKnowShort },
    { key: 'declined', label: messages.declined, short: messages.declinedShort },
    ...(withUnanswered
      ? [
          {
            key: 'unanswered' as const,
            label: messages.unanswered,
            short: messages.unansweredShort,
          },
        ]
      : []),
  ];
}

/**
 * The look of a segment: a fill from one calm blue ramp (no red, amber or green: no step is a
 * verdict), a pattern so colour is never the only carrier, and a text colour with contrast.
 */
export interface SegmentLook {
  fill: string;
  pattern: PatternId;
  ink: string;
}

/** The patterns drawn over fills; cycled for scales with many steps. */
export const PATTERNS = ['none', 'dots', 'diagonal', 'horizontal', 'cross', 'vertical'] as const;
/** @example const p: PatternId = 'dots'; */
export type PatternId = (typeof PATTERNS)[number] | 'dense';

// A light-to-dark ramp. The dark end is dark enough for white text (≥ 4.5:1), the light end for
// black text; the middle switches ink where white text first reaches 4.5:1.
const LIGHT = '#dceaf7';
const DARK = '#123a66';

/**
 * The look of each segment for a list of segments. Steps share the ramp; "vet inte" and "vill
 * inte svara" are greys with their own patterns; hidden figures get a dense hatch.
 *
 * @example
 * segmentLooks(segments).get('dont-know')?.pattern; // "dots"
 */
export function segmentLooks(segments: readonly SegmentInfo[]): Map<string, SegmentLook> {
  const steps = segments.filter(
    (s) => s.key !== 'dont-know' && s.key !== 'declined' && s.key !== 'unanswered',
  );
  const ramp = scaleLinear<string>()
    .domain([0, Math.max(1, steps.length - 1)])
    .range([LIGHT, DARK]);
  const looks = new Map<string, SegmentLook>();
  steps.forEach((s, i) => {
    const fill = ramp(i);
    looks.set(s.key, {
      fill,
      // Step patterns alternate so neighbours always differ, also in greyscale and forced colours.
      pattern: i % 2 === 0 ? 'none' : (PATTERNS[1 + ((i >> 1) % (PATTERNS.length - 1))] ?? 'dots'),
      ink: inkOn(fill),
    });
  });
  looks.set('dont-know', { fill: '#ececec', pattern: 'dots', ink: '#111111' });
  looks.set('declined', { fill: '#c9c9c9', pattern: 'diagonal', ink: '#111111' });
  looks.set('unanswered', { fill: '#f7f7f7', pattern: 'vertical', ink: '#111111' });
  looks.set('suppressed', { fill: '#ffffff', pattern: 'dense', ink: '#111111' });
  return looks;
}

/** Relative luminance (WCAG) of `#rrggbb` or `rgb(r, g, b)`. */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(color);
  const parts = hex
    ? hex.slice(1).map((h) => parseInt(h, 16))
    : rgb
      ? rgb.slice(1).map(Number)
      : [255, 255, 255];
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever has the higher contrast on the fill. */
function inkOn(fill: string): string {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#111111' : '#ffffff';
}
