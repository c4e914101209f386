import type { UiLocale } from '@barnets-basta/core';

/**
 * Texts the display elements add around the React views (the views' own texts come from their
 * catalogues). Swedish first. A host rewords any of them through the element's `messages`.
 *
 * @example
 * ```ts
 * viewElementMessages.en.dataInvalidTitle; // "Some of the data could not be shown"
 * ```
 */
export const viewElementMessages = {
  sv: {
    dataInvalidTitle: 'En del av uppgifterna kunde inte visas',
    dataInvalidLead:
      'Uppgifterna nedan följer inte dataformatet. Rätta dem i systemet som skickade dem; inget av det som visas här är ändrat.',
    seriesInvalid: '{label}: {problem}',
    seriesNotList: 'series: ska vara en lista med hjul ({ id, label, assessment })',
    planMissing: 'Ingen plan att visa ännu.',
    noSeries: 'Inga hjul att visa ännu.',
    protectedName: 'barnet',
    protectedAddress: '[skyddad uppgift]',
  },
  en: {
    dataInvalidTitle: 'Some of the data could not be shown',
    dataInvalidLead:
      'The data below does not follow the data format. Correct it in the system that sent it; nothing shown here has been changed.',
    seriesInvalid: '{label}: {problem}',
    seriesNotList: 'series: must be a list of wheels ({ id, label, assessment })',
    planMissing: 'No plan to show yet.',
    noSeries: 'No wheels to show yet.',
    protectedName: 'the child',
    protectedAddress: '[protected]',
  },
} satisfies Record<UiLocale, Record<string, string>>;

/** The keys of {@link viewElementMessages}. */
export type ViewElementMessages = (typeof viewElementMessages)['sv'];
