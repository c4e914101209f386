import type { ShippedLocale } from '@barnets-basta/core';

/** Texts the custom elements add around the React components. Swedish first. */
export const elementMessages: Record<
  ShippedLocale,
  { wheelRequired: string; planInvalid: string }
> = {
  sv: {
    wheelRequired:
      'Svara på minst ett av områdena i hjulet. Du kan också välja "Vet inte" eller "Vill inte svara".',
    planInvalid: 'Planen kunde inte läsas in.',
  },
  en: {
    wheelRequired:
      'Answer at least one of the areas in the wheel. You can also choose "Don\'t know" or "Prefer not to say".',
    planInvalid: 'The plan could not be loaded.',
  },
};
