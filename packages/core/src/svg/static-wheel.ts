import type { Assessment, Visibility } from '../assessment/types.ts';
import { visibleTo } from '../assessment/visibility.ts';
import { areaTexts, packTexts } from '../content/texts.ts';
import type { ContentPack } from '../content/types.ts';
import { wheelGeometry } from '../geometry/wheel-geometry.ts';
import { formatMessage, mergeMessages } from '../i18n/messages.ts';
import { answerLabel, getScale } from '../scales/scales.ts';

/** The words of the static wheel, Swedish first; a host overrides any with `messages`. */
export interface StaticWheelMessages {
  /** One area in the text equivalent: `{area}`, `{value}`, `{max}`, `{label}`. */
  valueLine: string;
  /** An area without a value: `{area}`, `{label}` ("Vet inte", "Inte besvarat", …). */
  stateLine: string;
  /** The file's title: `{title}`, `{perspective}`. */
  title: string;
}

/**
 * The shipped words of the static wheel.
 *
 * @example
 * staticWheelMessages.sv.valueLine; // "{area}: {value} av {max}, {label}"
 */
export const staticWheelMessages: Record<'sv' | 'en', StaticWheelMessages> = {
  sv: {
    valueLine: '{area}: {value} av {max}, {label}',
    stateLine: '{area}: {label}',
    title: '{title}: {perspective}',
  },
  en: {
    valueLine: '{area}: {value} of {max}, {label}',
    stateLine: '{area}: {label}',
    title: '{title}: {perspective}',
  },
};

/** Options of `staticWheelSvg` and `staticWheelText`. */
export interface StaticWheelOptions {
  /** Language of the texts. Default `'sv'`. */
  lang?: 'sv' | 'en';
  /** Who will see the file; answers they may not see are left out. Default `'meeting'`. */
  audience?: Visibility;
  /** Overrides for the words. */
  messages?: Partial<StaticWheelMessages>;
  /** How the perspective is named in the title, e.g. "Barnet". Default: the perspective's label or kind. */
  perspectiveName?: string;
}

const escapeXml = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      '',
    );

/**
 * The text equivalent of a wheel: one line per area of the pack, in order ("Trygg: 4 av 5,
 * Stämmer bra"; "Må bra: Vet inte"), then the hopes when the reader may see them. The same lines
 * are the SVG's `<desc>`.
 *
 * @example
 * ```ts
 * import { staticWheelText } from '@barnets-basta/core/svg';
 * staticWheelText(assessment, defaultPack).join('\n');
 * ```
 */
export function staticWheelText(
  a: Assessment,
  pack: ContentPack,
  options: StaticWheelOptions = {},
): string[] {
  const lang = options.lang ?? 'sv';
  const audience = options.audience ?? 'meeting';
  const m = mergeMessages(staticWheelMessages[lang], options.messages);
  const scale = getScale(a.scale);
  const lines = pack.areas.map((area) => {
    const given = a.areas[area.id];
    const answer = given && visibleTo(given.visibility, audience) ? given.answer : undefined;
    const name = areaTexts(pack, area, lang).name;
    const label = answerLabel(scale, answer, lang);
    return answer?.kind === 'value'
      ? formatMessage(m.valueLine, { area: name, value: answer.value, max: scale.steps, label })
      : formatMessage(m.stateLine, { area: name, label });
  });
  if (a.hopes?.text && visibleTo(a.hopes.visibility, audience)) {
    lines.push(`${packTexts(pack, lang).closingQuestion} ${a.hopes.text}`);
  }
  return lines;
}

/**
 * A wheel as a standalone SVG file, made from data alone (no browser, no DOM, no fonts to fetch):
 * for PDF templates such as Open ePlatform's XSLT, and for archives. Each area is drawn in its own
 * colour with a radial fill for its value and its name; there is no target level and no
 * traffic-light colour. The file names itself (`role="img"`, `<title>`) and carries the text
 * equivalent (`staticWheelText`) as its `<desc>`. Free text is escaped; answers the reader may
 * not see are left out.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { staticWheelSvg } from '@barnets-basta/core/svg';
 * const svg = staticWheelSvg(assessment, defaultPack, { lang: 'sv' });
 * writeFileSync('hjulet.svg', svg);
 * ```
 */
export function staticWheelSvg(
  a: Assessment,
  pack: ContentPack,
  options: StaticWheelOptions = {},
): string {
  const lang = options.lang ?? 'sv';
  const audience = options.audience ?? 'meeting';
  const m = mergeMessages(staticWheelMessages[lang], options.messages);
  const scale = getScale(a.scale);
  const g = wheelGeometry({
    areas: pack.areas.length,
    levels: Math.max(1, scale.steps),
    innerRadius: 56,
    outerRadius: 200,
    gap: 4,
  });
  const texts = packTexts(pack, lang);
  const perspective = options.perspectiveName ?? a.perspective.label ?? a.perspective.kind;
  const title = formatMessage(m.title, { title: texts.title, perspective });
  const desc = staticWheelText(a, pack, options).join('\n');
  const centre = a.child?.name && !a.child.protectedIdentity ? a.child.name : texts.centre;
  const parts: string[] = [];
  pack.areas.forEach((area, i) => {
    const given = a.areas[area.id];
    const answer = given && visibleTo(given.visibility, audience) ? given.answer : undefined;
    parts.push(
      `<path d="${g.sectorPath(i)}" fill="${area.color}" fill-opacity="0.18" stroke="${area.color}" stroke-width="1.5"/>`,
    );
    if (answer?.kind === 'value' && scale.steps > 0) {
      parts.push(`<path d="${g.fillPath(i, answer.value / scale.steps)}" fill="${area.color}"/>`);
      const c = g.cellCentre(i, answer.value);
      parts.push(
        `<text x="${c.x.toFixed(1)}" y="${c.y.toFixed(1)}" text-anchor="middle" dominant-baseline="central" font-size="14" font-weight="700" fill="#ffffff">${answer.value}</text>`,
      );
    }
    const label = g.labelAnchor(i, 222);
    parts.push(
      `<text x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" text-anchor="${label.textAnchor}" dominant-baseline="central" font-size="14" fill="#1a1a1a">${escapeXml(areaTexts(pack, area, lang).name)}</text>`,
    );
  });
  parts.push(
    `<text x="0" y="0" text-anchor="middle" dominant-baseline="central" font-size="15" font-weight="700" fill="#1a1a1a">${escapeXml(centre)}</text>`,
  );
  return [
    // The SVG namespace name: an identifier, never fetched.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-320 -260 640 520" width="640" height="520" role="img" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(desc)}</desc>`,
    `<rect x="-320" y="-260" width="640" height="520" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n');
}
