import type { ShippedLocale } from '@barnets-basta/core';

/**
 * Texts the custom elements add around the React components, for every element (the form
 * controls' validity messages and the display elements' notes around the views). Swedish first.
 * A registered UI catalogue translates them in its `elements` section; a host rewords any of them
 * through the element's `messages`.
 *
 * @example
 * ```ts
 * elementMessages.en.planInvalid; // "The plan could not be loaded."
 * ```
 */
export const elementMessages = {
  sv: {
    wheelRequired:
      'Svara på minst ett av områdena i hjulet. Du kan också välja "Vet inte" eller "Vill inte svara".',
    planInvalid: 'Planen kunde inte läsas in.',
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
    wheelRequired:
      'Answer at least one of the areas in the wheel. You can also choose "Don\'t know" or "Prefer not to say".',
    planInvalid: 'The plan could not be loaded.',
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
} satisfies Record<ShippedLocale, Record<string, string>>;

/** The keys of {@link elementMessages}. */
export type ElementMessages = (typeof elementMessages)['sv'];
