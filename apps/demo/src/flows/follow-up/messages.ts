import type { UiLocale } from '@barnets-basta/core';

/**
 * The follow-up flow's texts, Swedish first. Kept beside the flow (not in the app catalogue) so
 * the flow can be lifted out as a whole.
 */
export const followUpFlowMessages: Record<
  UiLocale,
  {
    title: string;
    caption: string;
    lead: string;
    who: string;
    fictional: string;
    loadingTables: string;
    startHeading: string;
    startText: string;
    startMeta: string;
    startLink: string;
  }
> = {
  sv: {
    title: 'Uppföljning',
    caption: 'Sjöbacka län (påhittat)',
    lead: 'Hur har barnen det, och blir det bättre? Här ser ni svaren från många hjul tillsammans, per område, utan att något enskilt barn går att peka ut.',
    who: 'För rektorer och enhetschefer (sin skola eller enhet), kommunens analytiker (kommunen och dess skolor) och länets styrgrupp (länet och kommunerna).',
    fictional:
      'Siffrorna är påhittade: ett län med 9 kommuner, deras skolor, några hundra barn med två eller tre mätningar var under fyra terminer, och några SIP-planer per skola. Några skolor är så små att deras siffror döljs.',
    loadingTables: 'Hämtar länets tabeller …',
    startHeading: 'Uppföljning',
    startText:
      'För rektorer, kommunens analytiker och länets styrgrupp. Se läget och förändringen per område, jämför enheter och terminer, och hur arbetssätten används. Grupper med färre än 5 barn visas aldrig.',
    startMeta:
      'Påhittade siffror för ett län med 9 kommuner. Tabell, CSV och utskrift för varje vy.',
    startLink: 'Öppna uppföljningen',
  },
  en: {
    title: 'Follow-up',
    caption: 'Sjöbacka county (fictional)',
    lead: 'How are the children doing, and is it getting better? Here you see the answers of many wheels together, per area, without any single child being identifiable.',
    who: 'For head teachers and unit managers (their school or unit), the municipality’s analysts (the municipality and its schools) and the county’s steering group (the county and its municipalities).',
    fictional:
      'The figures are made up: a county with 9 municipalities, their schools, a few hundred children with two or three readings each over four terms, and a few SIP plans per school. Some schools are so small that their figures are hidden.',
    loadingTables: 'Loading the county’s tables …',
    startHeading: 'Follow-up',
    startText:
      'For head teachers, the municipality’s analysts and the county’s steering group. See the state and the change per area, compare units and terms, and how the methods are used. Groups of fewer than 5 children are never shown.',
    startMeta:
      'Made-up figures for a county with 9 municipalities. Table, CSV and print for every view.',
    startLink: 'Open the follow-up',
  },
};
