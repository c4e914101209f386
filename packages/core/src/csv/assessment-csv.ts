import type { Assessment } from '../assessment/types.ts';
import { areaTexts } from '../content/texts.ts';
import type { ContentPack } from '../content/types.ts';
import { mergeMessages } from '../i18n/messages.ts';
import { asSeenBy } from '../privacy/as-seen-by.ts';
import type { Viewer } from '../privacy/viewers.ts';
import { withProtectedIdentity } from '../sip/protect-identity.ts';
import { answerLabel, getScale } from '../scales/scales.ts';
import { csvMessages, type CsvMessages } from './messages.ts';
import { toCsv, type CsvCell, type CsvOptions } from './write-csv.ts';

/**
 * Who the table is for; it holds only what that reader may see, by core's one rule (`maySee` in
 * `@barnets-basta/core/privacy`): `'meeting'` and `'guardian'` (only what is marked `meeting`),
 * `'contact-person'` (also `contact-person`), or `'respondent'` (the respondent's own copy:
 * everything).
 *
 * @example
 * ```ts
 * const audience: CsvAudience = 'guardian';
 * ```
 */
export type CsvAudience = Viewer;

/** Options of `assessmentsCsv`. */
export interface AssessmentCsvOptions extends CsvOptions {
  /** Language of the area names, answer words and headings. Default `'sv'`. */
  lang?: 'sv' | 'en';
  /** Who the table is for. Default `'meeting'`. */
  audience?: CsvAudience;
  /** Overrides for the headings and perspective names. */
  messages?: Partial<CsvMessages>;
}

/**
 * The header and the rows of the assessment table: one row per area of the pack and per
 * assessment (perspective), in the pack's area order. Each assessment goes through `asSeenBy`
 * first: an answer or note the reader may not see (the child's "Bara jag", or another's
 * `contact-person` answer in a meeting table) is left out as if unanswered, so the table does not
 * even tell that something was withheld; and when any assessment of the table has protected
 * identity, no guardian's label ("Mamma Lena") is written for any of them.
 *
 * @example
 * ```ts
 * const [header, ...rows] = assessmentRows([child, guardian], defaultPack, { lang: 'en' });
 * ```
 */
export function assessmentRows(
  assessments: readonly Assessment[],
  pack: ContentPack,
  options: Omit<AssessmentCsvOptions, keyof CsvOptions> = {},
): CsvCell[][] {
  const lang = options.lang ?? 'sv';
  const audience = options.audience ?? 'meeting';
  const m = mergeMessages(csvMessages[lang], options.messages);
  const header = [
    m.perspective,
    m.perspectiveLabel,
    m.assessmentId,
    m.updatedAt,
    m.area,
    m.areaName,
    m.scale,
    m.value,
    m.answer,
    m.talkedAbout,
    m.note,
    m.visibility,
  ];
  const rows: CsvCell[][] = [header];
  // The assessments of one table are one case: protected identity on any of them covers all.
  const protect = assessments.some((a) => a.child?.protectedIdentity === true);
  for (const given of assessments) {
    const a = asSeenBy(protect ? withProtectedIdentity(given) : given, audience);
    const scale = getScale(a.scale);
    for (const area of pack.areas) {
      const shown = a.areas[area.id];
      const answer = shown?.answer;
      rows.push([
        m.perspectives[a.perspective.kind] ?? a.perspective.kind,
        a.perspective.label,
        a.id,
        a.updatedAt,
        area.id,
        areaTexts(pack, area, lang).name,
        a.scale,
        answer?.kind === 'value' ? answer.value : undefined,
        answerLabel(scale, answer, lang),
        shown?.talkedAbout ? m.yes : undefined,
        shown?.note,
        shown ? (shown.visibility ?? 'meeting') : undefined,
      ]);
    }
  }
  return rows;
}

/**
 * Assessments as a CSV table for Excel: one row per area and perspective (see `assessmentRows`),
 * UTF-8 with BOM, the Swedish-Excel dialect on request, formula injection neutralised. Answers the
 * reader may not see are not exported: by default only what the whole meeting may see.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { assessmentsCsv } from '@barnets-basta/core/csv';
 * const text = assessmentsCsv([child, guardian], defaultPack, { dialect: 'excel-sv' });
 * const file = new Blob([text], { type: 'text/csv;charset=utf-8' });
 * ```
 */
export function assessmentsCsv(
  assessments: readonly Assessment[],
  pack: ContentPack,
  options: AssessmentCsvOptions = {},
): string {
  return toCsv(assessmentRows(assessments, pack, options), options);
}
