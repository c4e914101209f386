import type { ShippedLocale } from '@barnets-basta/core';

/**
 * Every user-visible string of the views around the wheel (summary table, differences, series
 * legend, export). Swedish first. `{name}` placeholders are filled by core's `formatMessage`
 * as plain text. Domain text (area names, scale labels, the wheel's title) comes from the
 * content pack, never from here.
 *
 * @example
 * const override: Partial<ViewsMessages> = { showAsTable: 'Visa tabellen' };
 */
export interface ViewsMessages {
  // Perspective labels, used when a series carries no label of its own.
  perspectiveChild: string;
  perspectiveGuardian: string;
  perspectiveSchool: string;
  perspectiveStudentHealth: string;
  perspectiveSocialServices: string;
  perspectiveHealthCare: string;
  perspectiveOther: string;
  /** A numbered perspective when there are several of a kind: "Vårdnadshavare 2". */
  perspectiveNumbered: string;
  /** Label of a reading (series over time) when it has no label: "Mätning 12 maj 2026". */
  readingLabel: string;

  // Answers
  /** A value with its words: "4 – Stämmer bra". */
  answerValueWithLabel: string;
  /** A value on a scale whose step has no words (middle steps of 1–10): "6 av 10". */
  answerValueOnly: string;
  answerDontKnow: string;
  answerDeclined: string;
  answerUnanswered: string;
  /** An answer the viewer may not see. Nothing else about it is shown. */
  answerHidden: string;
  talkedAbout: string;
  notTalkedAbout: string;
  notePrefix: string;

  /** A series whose data could not be read; the reasons follow as a list. */
  invalidSeries: string;

  // Summary table
  /** `{title}` is the wheel's title from the content pack. */
  tableCaption: string;
  tableAreaHeader: string;
  tableNoSeries: string;
  showAsTable: string;

  // Differences
  differencesHeading: string;
  readingsHeading: string;
  differencesIntro: string;
  readingsIntro: string;
  /** Two sides with values. */
  differencePair: string;
  /** Three or more perspectives: `{answers}` is the joined list of "X svarade Y". */
  differenceSpread: string;
  /** One item of a spread list. */
  differenceSpreadItem: string;
  /** Three or more perspectives on different scales: no number for the spread. */
  differenceSpreadNoNumber: string;
  /** Only one side gave a value; the other did not answer. */
  differenceOnlyOne: string;
  /** Two answers without a number for the gap (different scales, or "Vet inte" on one side). */
  differenceAnswers: string;
  /** Readings: `{difference}` is signed ("+2", "−1"). */
  readingPair: string;
  readingAnswers: string;
  readingOnlyFirst: string;
  readingOnlyLatest: string;
  /** Said when answers hidden from the viewer were left out. */
  someHidden: string;
  sameAnswers: string;
  sameReadings: string;
  nothingToCompare: string;
  noDifferences: string;

  // Series legend
  legendTitle: string;
  showSeries: string;

  // Export
  exportGroupLabel: string;
  downloadSvg: string;
  downloadPng: string;
  exportDone: string;
  exportFailed: string;
  exportNoImage: string;
}

/**
 * Shipped catalogues for the views. A host overrides part of it through a component's
 * `messages` prop.
 *
 * @example
 * import { mergeMessages } from '@barnets-basta/core';
 * const messages = mergeMessages(viewsMessages.sv, { showAsTable: 'Visa tabell' });
 */
export const viewsMessages: Record<ShippedLocale, ViewsMessages> = {
  sv: {
    perspectiveChild: 'Barnet',
    perspectiveGuardian: 'Vårdnadshavare',
    perspectiveSchool: 'Skolan',
    perspectiveStudentHealth: 'Elevhälsan',
    perspectiveSocialServices: 'Socialtjänsten',
    perspectiveHealthCare: 'Hälso- och sjukvården',
    perspectiveOther: 'Annan',
    perspectiveNumbered: '{label} {number}',
    readingLabel: 'Mätning {date}',

    answerValueWithLabel: '{value} – {label}',
    answerValueOnly: '{value} av {max}',
    answerDontKnow: 'Vet inte',
    answerDeclined: 'Vill inte svara',
    answerUnanswered: 'Inte besvarat',
    answerHidden: 'Dolt svar',
    talkedAbout: 'Pratat om',
    notTalkedAbout: 'Inte pratat om',
    notePrefix: 'Anteckning:',

    invalidSeries: 'Svaren från {series} kunde inte visas:',
    tableCaption: '{title}: svaren i tabellform',
    tableAreaHeader: 'Område',
    tableNoSeries: 'Det finns inga svar att visa ännu.',
    showAsTable: 'Visa som tabell',

    differencesHeading: 'Olika svar att prata om',
    readingsHeading: 'Förändring över tid',
    differencesIntro:
      'Här står de största skillnaderna först. En skillnad är ingen brist, utan något att prata om tillsammans.',
    readingsIntro: 'Jämför {first} med {latest}. Störst förändring står först.',
    differencePair: '{area}: {a} svarade {answerA}, {b} svarade {answerB} (skillnad {difference})',
    differenceSpread: '{area}: {answers} (skillnad {difference})',
    differenceSpreadItem: '{series} svarade {answer}',
    differenceSpreadNoNumber: '{area}: {answers}',
    differenceOnlyOne: '{area}: Bara {a} svarade, {answerA}',
    differenceAnswers: '{area}: {a} svarade {answerA}, {b} svarade {answerB}',
    readingPair: '{area}: först {answerA}, senast {answerB} (förändring {difference})',
    readingAnswers: '{area}: först {answerA}, senast {answerB}',
    readingOnlyFirst: '{area}: svar bara första gången, {answerA}',
    readingOnlyLatest: '{area}: svar bara senaste gången, {answerB}',
    sameAnswers: 'Samma svar: {areas}.',
    sameReadings: 'Ingen förändring: {areas}.',
    someHidden: 'Svar som är dolda för dig finns inte med här.',
    nothingToCompare: 'Det finns inget att jämföra ännu.',
    noDifferences: 'Alla som svarat har svarat likadant.',

    legendTitle: 'Visa svar från',
    showSeries: 'Visa {series}',

    exportGroupLabel: 'Ladda ner hjulet',
    downloadSvg: 'Ladda ner som SVG',
    downloadPng: 'Ladda ner som PNG',
    exportDone: 'Bilden {filename} är klar.',
    exportFailed: 'Det gick inte att skapa bilden. Försök igen eller använd utskrift.',
    exportNoImage: 'Det finns inget hjul att ladda ner ännu.',
  },
  en: {
    perspectiveChild: 'Child',
    perspectiveGuardian: 'Guardian',
    perspectiveSchool: 'School',
    perspectiveStudentHealth: 'Student health',
    perspectiveSocialServices: 'Social services',
    perspectiveHealthCare: 'Health care',
    perspectiveOther: 'Other',
    perspectiveNumbered: '{label} {number}',
    readingLabel: 'Reading {date}',

    answerValueWithLabel: '{value} – {label}',
    answerValueOnly: '{value} of {max}',
    answerDontKnow: "Don't know",
    answerDeclined: 'Prefer not to say',
    answerUnanswered: 'Not answered',
    answerHidden: 'Hidden answer',
    talkedAbout: 'Talked about',
    notTalkedAbout: 'Not talked about',
    notePrefix: 'Note:',

    invalidSeries: 'The answers from {series} could not be shown:',
    tableCaption: '{title}: the answers as a table',
    tableAreaHeader: 'Area',
    tableNoSeries: 'There are no answers to show yet.',
    showAsTable: 'Show as table',

    differencesHeading: 'Different answers to talk about',
    readingsHeading: 'Change over time',
    differencesIntro:
      'The largest differences come first. A difference is not a fault but something to talk about together.',
    readingsIntro: 'Comparing {first} with {latest}. The largest change comes first.',
    differencePair:
      '{area}: {a} answered {answerA}, {b} answered {answerB} (difference {difference})',
    differenceSpread: '{area}: {answers} (difference {difference})',
    differenceSpreadItem: '{series} answered {answer}',
    differenceSpreadNoNumber: '{area}: {answers}',
    differenceOnlyOne: '{area}: Only {a} answered, {answerA}',
    differenceAnswers: '{area}: {a} answered {answerA}, {b} answered {answerB}',
    readingPair: '{area}: first {answerA}, latest {answerB} (change {difference})',
    readingAnswers: '{area}: first {answerA}, latest {answerB}',
    readingOnlyFirst: '{area}: answered only the first time, {answerA}',
    readingOnlyLatest: '{area}: answered only the latest time, {answerB}',
    sameAnswers: 'Same answers: {areas}.',
    sameReadings: 'No change: {areas}.',
    someHidden: 'Answers that are hidden from you are left out here.',
    nothingToCompare: 'There is nothing to compare yet.',
    noDifferences: 'Everyone who answered gave the same answer.',

    legendTitle: 'Show answers from',
    showSeries: 'Show {series}',

    exportGroupLabel: 'Download the wheel',
    downloadSvg: 'Download as SVG',
    downloadPng: 'Download as PNG',
    exportDone: 'The image {filename} is ready.',
    exportFailed: 'The image could not be made. Try again or print instead.',
    exportNoImage: 'There is no wheel to download yet.',
  },
};
