import type { PerspectiveKind } from '../assessment/types.ts';
import type { ShippedLocale } from '../i18n/messages.ts';

/** The words of the assessment table: column headings and perspective names. */
export interface CsvMessages {
  perspective: string;
  perspectiveLabel: string;
  assessmentId: string;
  updatedAt: string;
  area: string;
  areaName: string;
  scale: string;
  value: string;
  answer: string;
  talkedAbout: string;
  note: string;
  visibility: string;
  yes: string;
  perspectives: Record<PerspectiveKind, string>;
}

/**
 * The shipped catalogues, Swedish first. A host overrides any string with `mergeMessages`.
 *
 * @example
 * import { mergeMessages } from '@barnets-basta/core';
 * import { csvMessages } from '@barnets-basta/core/csv';
 * const words = mergeMessages(csvMessages.sv, { note: 'Kommentar' });
 */
export const csvMessages: Record<ShippedLocale, CsvMessages> = {
  sv: {
    perspective: 'Perspektiv',
    perspectiveLabel: 'Vem',
    assessmentId: 'Bedömning',
    updatedAt: 'Senast ändrad',
    area: 'Område (id)',
    areaName: 'Område',
    scale: 'Skala',
    value: 'Värde',
    answer: 'Svar',
    talkedAbout: 'Samtalat om',
    note: 'Anteckning',
    visibility: 'Vem får se',
    yes: 'ja',
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
    perspective: 'Perspective',
    perspectiveLabel: 'Who',
    assessmentId: 'Assessment',
    updatedAt: 'Last changed',
    area: 'Area (id)',
    areaName: 'Area',
    scale: 'Scale',
    value: 'Value',
    answer: 'Answer',
    talkedAbout: 'Talked about',
    note: 'Note',
    visibility: 'Who may see',
    yes: 'yes',
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
