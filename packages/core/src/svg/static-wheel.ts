import type { Assessment, PerspectiveKind } from '../assessment/types.ts';
import { areaTexts, packTexts } from '../content/texts.ts';
import type { ContentPack } from '../content/types.ts';
import { wheelGeometry } from '../geometry/wheel-geometry.ts';
import { formatMessage, mergeMessages } from '../i18n/messages.ts';
import { asSeenBy } from '../privacy/as-seen-by.ts';
import type { Viewer } from '../privacy/viewers.ts';
import { answerLabel, getScale } from '../scales/scales.ts';

/** The words of the static wheel, Swedish first; a host overrides any with `messages`. */
export interface StaticWheelMessages {
  /** One area in the text equivalent: `{area}`, `{value}`, `{max}`, `{label}`. */
  valueLine: string;
  /** An area without a value: `{area}`, `{label}` ("Vet inte", "Inte besvarat", …). */
  stateLine: string;
  /** The file's title: `{title}`, `{perspective}`. */
  title: string;
  /** The perspective's name in the title when there is no label (or the label is protected). */
  perspectives: Record<PerspectiveKind, string>;
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
    perspectives: {
      child: 'Barnet',
      guardian: 'Vårdnadshavare',
      school: 'Skolan',
      'student-health': 'Elevhälsan',
      'social-services': 'Socialtjänsten',
      'health-care': 'Hälso- och sjukvården',
      other: 'Annan',
    },
  },
  en: {
    valueLine: '{area}: {value} of {max}, {label}',
    stateLine: '{area}: {label}',
    title: '{title}: {perspective}',
    perspectives: {
      child: 'The child',
      guardian: 'Guardian',
      school: 'School',
      'student-health': 'Student health',
      'social-services': 'Social services',
      'health-care': 'Health care',
      other: 'Other',
    },
  },
};

/** Options of `staticWheelSvg` and `staticWheelText`. */
export interface StaticWheelOptions {
  /** Language of the texts. Default `'sv'`. */
  lang?: 'sv' | 'en';
  /**
   * Who will see the file; answers they may not see are left out, by core's one rule (`asSeenBy`
   * in `@barnets-basta/core/privacy`). Default `'meeting'`.
   */
  audience?: Viewer;
  /** Overrides for the words. */
  messages?: Partial<StaticWheelMessages>;
  /**
   * How the perspective is named in the title, e.g. "Barnet". Default: the perspective's label,
   * else its kind's name (`messages.perspectives`). With protected identity a guardian's or
   * another person's perspective is named by its kind only and this is ignored, since a name
   * there ("Mamma Lena") can name the family.
   */
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
  given: Assessment,
  pack: ContentPack,
  options: StaticWheelOptions = {},
): string[] {
  const lang = options.lang ?? 'sv';
  const a = asSeenBy(given, options.audience ?? 'meeting');
  const m = mergeMessages(staticWheelMessages[lang], options.messages);
  const scale = getScale(a.scale);
  const lines = pack.areas.map((area) => {
    const answer = a.areas[area.id]?.answer;
    const name = areaTexts(pack, area, lang).name;
    const label = answerLabel(scale, answer, lang);
    return answer?.kind === 'value'
      ? formatMessage(m.valueLine, { area: name, value: answer.value, max: scale.steps, label })
      : formatMessage(m.stateLine, { area: name, label });
  });
  if (a.hopes?.text) {
    lines.push(`${packTexts(pack, lang).closingQuestion} ${a.hopes.text}`);
  }
  return lines;
}

/**
 * A wheel as a standalone SVG file, made from data alone (no browser, no DOM, no fonts to fetch):
 * for PDF templates such as Open ePlatform's XSLT, and for archives. Each area is drawn in its own
 * colour with a radial fill for its value and its name; there is no target level and no
 * traffic-light colour. The file names itself (`role="img"`, `<title>`) and carries the text
 * equivalent (`staticWheelText`) as its `<desc>`. Free text is escaped. The assessment goes
 * through `asSeenBy` first: answers the reader may not see are left out, and with protected
 * identity the centre shows the pack's centre word, never the child's name, and the title no
 * guardian's label.
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
  given: Assessment,
  pack: ContentPack,
  options: StaticWheelOptions = {},
): string {
  const lang = options.lang ?? 'sv';
  // What the reader may not see, and a protected child's name, never enter the file.
  const a = asSeenBy(given, options.audience ?? 'meeting');
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
  const kind = a.perspective.kind;
  const personal = kind === 'guardian' || kind === 'other';
  const named = a.child?.protectedIdentity && personal ? undefined : options.perspectiveName;
  const perspective = named ?? a.perspective.label ?? m.perspectives[kind] ?? kind;
  const title = formatMessage(m.title, { title: texts.title, perspective });
  const desc = staticWheelText(a, pack, options).join('\n');
  const centre = a.child?.name ?? texts.centre;
  const parts: string[] = [];
  pack.areas.forEach((area, i) => {
    const answer = a.areas[area.id]?.answer;
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
