import type { Visibility } from '@barnets-basta/core';
import type { WheelMessages } from '../i18n/messages.ts';

/** The three visibility choices, widest first. */
export const VISIBILITIES: readonly Visibility[] = ['meeting', 'contact-person', 'respondent'];

/** The words for a visibility choice. */
export function visibilityLabel(v: Visibility, messages: WheelMessages): string {
  return v === 'meeting'
    ? messages.visibilityMeeting
    : v === 'contact-person'
      ? messages.visibilityContactPerson
      : messages.visibilityRespondent;
}
