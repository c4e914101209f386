import type { PerspectiveKind } from '@barnets-basta/core';

/**
 * The catalogue key of each perspective's name. The wheel's views and the SIP plan name a
 * perspective from their own catalogues (a heading's "Barnet", a sentence's "barnet"), but under
 * the same keys, so one table serves both.
 *
 * @example
 * PERSPECTIVE_MESSAGE_KEY['student-health']; // "perspectiveStudentHealth"
 */
export const PERSPECTIVE_MESSAGE_KEY = {
  child: 'perspectiveChild',
  guardian: 'perspectiveGuardian',
  school: 'perspectiveSchool',
  'student-health': 'perspectiveStudentHealth',
  'social-services': 'perspectiveSocialServices',
  'health-care': 'perspectiveHealthCare',
  other: 'perspectiveOther',
} as const satisfies Record<PerspectiveKind, string>;

/**
 * The part of a catalogue that names the perspectives.
 *
 * @example
 * const m: PerspectiveMessages = { perspectiveChild: 'barnet', ... };
 */
export type PerspectiveMessages = Record<(typeof PERSPECTIVE_MESSAGE_KEY)[PerspectiveKind], string>;

/**
 * A perspective's name from a catalogue that has the perspective keys; a kind the catalogue does
 * not know (data from a newer version) is shown as it is rather than as nothing.
 *
 * @example
 * perspectiveLabel('guardian', planMessages.sv); // "vårdnadshavare"
 */
export function perspectiveLabel(kind: PerspectiveKind, m: PerspectiveMessages): string {
  const key = Object.hasOwn(PERSPECTIVE_MESSAGE_KEY, kind) ? PERSPECTIVE_MESSAGE_KEY[kind] : null;
  return key ? m[key] : kind;
}
