import type { ShippedLocale } from '@barnets-basta/core';

/**
 * Every user-visible string of the follow-up views. Swedish first. `{name}` placeholders are
 * filled by core's `formatMessage` as plain text. Area names and scale words come from the content
 * pack, never from here.
 *
 * @example
 * const override: Partial<FollowUpMessages> = { showTable: 'Visa siffrorna' };
 */
export interface FollowUpMessages {
  // Views
  distributionTitle: string;
  changeTitle: string;
  compareTitle: string;
  fidelityTitle: string;
  /** Under a distribution title: what the bars show. */
  distributionIntro: string;
  changeIntro: string;
  compareIntro: string;
  fidelityIntro: string;

  // Figures
  /** "n = 34": the number of answers a bar rests on. */
  nAnswers: string;
  /** "34 fall": the number of cases a change rests on. */
  nCases: string;
  /** A share with its counts: "72 % (36 av 50)". */
  shareWithCounts: string;
  /** In a table cell: "12 (35 %)". */
  countWithShare: string;
  percent: string;
  suppressed: string;
  /** Reason, primary suppression: "färre än {threshold}". */
  reasonSmallGroup: string;
  /** Reason, secondary suppression. */
  reasonComplementary: string;
  /** Reason, secondary suppression across levels (a county minus its municipalities). */
  reasonComplementaryUnit: string;
  /** The segment for readings where the area was not answered. */
  unanswered: string;
  unansweredShort: string;
  /** A whole bar hidden: "Dolt: färre än 5 svar" (with the reason). */
  suppressedRow: string;
  /** The part of a bar that holds suppressed cells together. */
  suppressedPart: string;
  noData: string;
  noDataHint: string;

  // Segments
  dontKnow: string;
  declined: string;
  dontKnowShort: string;
  declinedShort: string;

  // Change
  up: string;
  same: string;
  down: string;
  upShort: string;
  sameShort: string;
  downShort: string;

  // Tables
  tableArea: string;
  tableUnit: string;
  tablePeriod: string;
  tableN: string;
  tableIndicator: string;
  tableShare: string;
  tableNumerator: string;
  tableDenominator: string;
  distributionCaption: string;
  changeCaption: string;
  compareCaption: string;
  fidelityCaption: string;
  legendLabel: string;

  // Actions
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  csvFormat: string;
  csvStandard: string;
  csvSwedishExcel: string;
  print: string;
  /** Announced after a download. */
  downloaded: string;

  // Report (level, unit, period, perspective)
  filtersLegend: string;
  level: string;
  unit: string;
  period: string;
  perspective: string;
  area: string;
  compareBy: string;
  compareUnits: string;
  comparePeriods: string;
  levelCounty: string;
  levelMunicipality: string;
  levelSchool: string;
  levelUnit: string;
  perspectiveChild: string;
  perspectiveGuardian: string;
  perspectiveProfessional: string;
  perspectiveOther: string;
  thresholdNote: string;
  invalidData: string;

  // Fidelity indicators
  fidelityChildWheel: string;
  fidelityStartedFromWheel: string;
  fidelityChildTookPart: string;
  fidelityFollowUpOnTime: string;
  fidelityActions: string;
  /** Perspective names beyond child and guardian. */
  perspectiveSchool: string;
  perspectiveStudentHealth: string;
  perspectiveSocialServices: string;
  perspectiveHealthCare: string;
  /** A period such as `2026-H1`: "VT 2026". */
  periodSpring: string;
  periodAutumn: string;

  // Journey (one child)
  journeyTitle: string;
  journeyIntro: string;
  journeyFamilyTitle: string;
  journeyProfessionalTitle: string;
  journeyReading: string;
  journeyFirstLatest: string;
  journeyOnlyOne: string;
  journeyNoAnswer: string;
  familyUp: string;
  familySame: string;
  familyDown: string;
  familyOnlyOne: string;
  familyNoAnswer: string;
  familyIntro: string;
  journeyNoReadings: string;
}

const sv: FollowUpMessages = {
  distributionTitle: 'Läget per område',
  changeTitle: 'Förändring per område',
  compareTitle: 'Jämförelse',
  fidelityTitle: 'Används arbetssätten som det är tänkt?',
  distributionIntro:
    'Hur svaren fördelar sig på skalan i varje område. Varje stapel visar hur många svar den bygger på.',
  changeIntro:
    'Hur många barn som svarade högre, likadant eller lägre vid den senaste mätningen än vid den första, från samma perspektiv.',
  compareIntro:
    'Samma område sida vid sida. Dolda värden visas som dolda, med skälet, aldrig som noll.',
  fidelityIntro: 'Andelar med de antal de bygger på.',
  nAnswers: 'n = {n}',
  nCases: '{n} barn',
  shareWithCounts: '{share} ({count} av {total})',
  countWithShare: '{count} ({share})',
  percent: '{value} %',
  suppressed: 'Dolt',
  reasonSmallGroup: 'färre än {threshold} svar',
  reasonComplementary: 'dolt så att ett annat dolt värde inte kan räknas fram',
  reasonComplementaryUnit: 'dolt så att ett dolt värde inte kan räknas fram från en högre nivå',
  unanswered: 'Inte besvarat',
  unansweredShort: '0',
  suppressedRow: 'Dolt: {reason}',
  suppressedPart: 'dolda värden',
  noData: 'Det finns inga svar att visa.',
  noDataHint: 'Välj en annan enhet, period eller ett annat perspektiv.',
  dontKnow: 'Vet inte',
  declined: 'Vill inte svara',
  dontKnowShort: '?',
  declinedShort: '–',
  up: 'Högre',
  same: 'Samma',
  down: 'Lägre',
  upShort: '↑',
  sameShort: '=',
  downShort: '↓',
  tableArea: 'Område',
  tableUnit: 'Enhet',
  tablePeriod: 'Period',
  tableN: 'Antal (n)',
  tableIndicator: 'Indikator',
  tableShare: 'Andel',
  tableNumerator: 'Antal',
  tableDenominator: 'Av',
  distributionCaption: 'Fördelning av svaren per område',
  changeCaption: 'Förändring mellan första och senaste mätningen per område',
  compareCaption: 'Jämförelse för {area}',
  fidelityCaption: 'Indikatorer för arbetssätten',
  legendLabel: 'Teckenförklaring',
  showTable: 'Visa som tabell',
  hideTable: 'Dölj tabellen',
  downloadCsv: 'Ladda ner CSV',
  csvFormat: 'Format för CSV',
  csvStandard: 'Standard (komma)',
  csvSwedishExcel: 'Svensk Excel (semikolon, decimalkomma)',
  print: 'Skriv ut',
  downloaded: 'Filen {file} är nedladdad.',
  filtersLegend: 'Vad vill du se?',
  level: 'Nivå',
  unit: 'Enhet',
  period: 'Period',
  perspective: 'Perspektiv',
  area: 'Område',
  compareBy: 'Jämför',
  compareUnits: 'Enheter',
  comparePeriods: 'Perioder',
  levelCounty: 'Län',
  levelMunicipality: 'Kommun',
  levelSchool: 'Skola',
  levelUnit: 'Enhet',
  perspectiveChild: 'Barnet',
  perspectiveGuardian: 'Vårdnadshavare',
  perspectiveProfessional: 'Yrkespersoner',
  perspectiveOther: 'Andra',
  thresholdNote:
    'Grupper med färre än {threshold} svar visas inte, så att ingen enskild kan pekas ut.',
  invalidData: 'Tabellen kunde inte läsas:',
  fidelityChildWheel: 'Utredningar där barnets eget hjul gjordes',
  fidelityStartedFromWheel: 'SIP-planer som utgick från hjulet',
  fidelityChildTookPart: 'SIP-planer där barnet var med',
  fidelityFollowUpOnTime: 'Uppföljningar som hölls senast planerat datum',
  fidelityActions: 'Insatser med ansvarig och datum',
  perspectiveSchool: 'Skolan',
  perspectiveStudentHealth: 'Elevhälsan',
  perspectiveSocialServices: 'Socialtjänsten',
  perspectiveHealthCare: 'Hälso- och sjukvården',
  periodSpring: 'VT {year}',
  periodAutumn: 'HT {year}',
  journeyTitle: 'Resan',
  journeyIntro: 'Första och senaste mätningen för varje område.',
  journeyFamilyTitle: 'Med enkla ord',
  journeyProfessionalTitle: 'För kontaktpersonen',
  journeyReading: 'Mätning {n}',
  journeyFirstLatest: '{first} → {latest}',
  journeyOnlyOne: 'En mätning: {first}',
  journeyNoAnswer: 'Inget svar',
  familyUp: '{area}: Du svarade högre senast ({latest}) än första gången ({first}).',
  familySame: '{area}: Du svarade likadant båda gångerna ({latest}).',
  familyDown: '{area}: Du svarade lägre senast ({latest}) än första gången ({first}).',
  familyOnlyOne: '{area}: Vi har bara pratat om det en gång ({first}).',
  familyNoAnswer: '{area}: Inget att jämföra än.',
  familyIntro: 'Så här har dina svar ändrats. Det finns inga rätta eller fel svar.',
  journeyNoReadings: 'Det finns inga mätningar att visa än.',
};

const en: FollowUpMessages = {
  distributionTitle: 'The state per area',
  changeTitle: 'Change per area',
  compareTitle: 'Comparison',
  fidelityTitle: 'Are the methods used as intended?',
  distributionIntro:
    'How the answers spread over the scale in each area. Each bar shows how many answers it rests on.',
  changeIntro:
    'How many children answered higher, the same or lower at the latest reading than at the first, from the same perspective.',
  compareIntro:
    'The same area side by side. Hidden figures show as hidden, with the reason, never as zero.',
  fidelityIntro: 'Shares with the counts they rest on.',
  nAnswers: 'n = {n}',
  nCases: '{n} children',
  shareWithCounts: '{share} ({count} of {total})',
  countWithShare: '{count} ({share})',
  percent: '{value}%',
  suppressed: 'Hidden',
  reasonSmallGroup: 'fewer than {threshold} answers',
  reasonComplementary: 'hidden so that another hidden figure cannot be worked out',
  reasonComplementaryUnit:
    'hidden so that a hidden figure cannot be worked out from a higher level',
  unanswered: 'Not answered',
  unansweredShort: '0',
  suppressedRow: 'Hidden: {reason}',
  suppressedPart: 'hidden figures',
  noData: 'There are no answers to show.',
  noDataHint: 'Choose another unit, period or perspective.',
  dontKnow: "Don't know",
  declined: 'Prefer not to say',
  dontKnowShort: '?',
  declinedShort: '–',
  up: 'Higher',
  same: 'Same',
  down: 'Lower',
  upShort: '↑',
  sameShort: '=',
  downShort: '↓',
  tableArea: 'Area',
  tableUnit: 'Unit',
  tablePeriod: 'Period',
  tableN: 'Number (n)',
  tableIndicator: 'Indicator',
  tableShare: 'Share',
  tableNumerator: 'Count',
  tableDenominator: 'Of',
  distributionCaption: 'Distribution of the answers per area',
  changeCaption: 'Change between the first and the latest reading per area',
  compareCaption: 'Comparison for {area}',
  fidelityCaption: 'Indicators for the methods',
  legendLabel: 'Key',
  showTable: 'Show as table',
  hideTable: 'Hide the table',
  downloadCsv: 'Download CSV',
  csvFormat: 'CSV format',
  csvStandard: 'Standard (comma)',
  csvSwedishExcel: 'Swedish Excel (semicolon, decimal comma)',
  print: 'Print',
  downloaded: 'The file {file} has been downloaded.',
  filtersLegend: 'What do you want to see?',
  level: 'Level',
  unit: 'Unit',
  period: 'Period',
  perspective: 'Perspective',
  area: 'Area',
  compareBy: 'Compare',
  compareUnits: 'Units',
  comparePeriods: 'Periods',
  levelCounty: 'County',
  levelMunicipality: 'Municipality',
  levelSchool: 'School',
  levelUnit: 'Unit',
  perspectiveChild: 'The child',
  perspectiveGuardian: 'Guardians',
  perspectiveProfessional: 'Professionals',
  perspectiveOther: 'Others',
  thresholdNote:
    'Groups with fewer than {threshold} answers are not shown, so that nobody can be singled out.',
  invalidData: 'The table could not be read:',
  fidelityChildWheel: "Investigations where the child's own wheel was done",
  fidelityStartedFromWheel: 'SIP plans started from the wheel',
  fidelityChildTookPart: 'SIP plans where the child took part',
  fidelityFollowUpOnTime: 'Follow-ups held by their planned date',
  fidelityActions: 'Actions with an owner and a date',
  perspectiveSchool: 'School',
  perspectiveStudentHealth: 'Student health',
  perspectiveSocialServices: 'Social services',
  perspectiveHealthCare: 'Health care',
  periodSpring: 'Spring {year}',
  periodAutumn: 'Autumn {year}',
  journeyTitle: 'The journey',
  journeyIntro: 'The first and the latest reading for each area.',
  journeyFamilyTitle: 'In plain words',
  journeyProfessionalTitle: 'For the contact person',
  journeyReading: 'Reading {n}',
  journeyFirstLatest: '{first} → {latest}',
  journeyOnlyOne: 'One reading: {first}',
  journeyNoAnswer: 'No answer',
  familyUp: '{area}: You answered higher last time ({latest}) than the first time ({first}).',
  familySame: '{area}: You answered the same both times ({latest}).',
  familyDown: '{area}: You answered lower last time ({latest}) than the first time ({first}).',
  familyOnlyOne: '{area}: We have talked about it once ({first}).',
  familyNoAnswer: '{area}: Nothing to compare yet.',
  familyIntro: 'This is how your answers have changed. There are no right or wrong answers.',
  journeyNoReadings: 'There are no readings to show yet.',
};

/**
 * The shipped catalogues, Swedish first.
 *
 * @example
 * followUpMessages.sv.showTable; // "Visa som tabell"
 */
export const followUpMessages: Record<ShippedLocale, FollowUpMessages> = { sv, en };
