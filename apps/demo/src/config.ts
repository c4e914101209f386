/**
 * What a municipality configures when it builds this e-service. Everything else (texts, areas,
 * colours) comes from the catalogues in `i18n/` and the content pack in `@barnets-basta/core`.
 */
export const config = {
  /** The legal basis printed on the SIP plan. Change it when Socialtjänstlagen (2025:400) applies. */
  legalReference: 'SoL 2 kap. 7 §, HSL 16 kap. 4 §',
} as const;
