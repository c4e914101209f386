import type { IssuePath, UiLocale, ValidationIssue } from '@barnets-basta/core';
import type { IdRoot } from '../../form/internal/dom-root.ts';

/** The five phases of the meeting circle (mötescirkeln), in order. */
export const PHASES = [
  'inledning',
  'aktuell-situation',
  'behov',
  'sammanfattning',
  'avslutning',
] as const;

/** One phase of the meeting circle. */
export type SipPhase = (typeof PHASES)[number];

/** Default prefix of every field id and name, so ids read like `sip-actions-2-principal`. */
export const DEFAULT_ID_PREFIX = 'sip';

/**
 * The first path segment of a plan field decides which phase (and so which section) shows it.
 * Keys not listed fall into Inledning, where the plan's general facts live.
 */
const PHASE_OF_KEY: Record<string, SipPhase> = {
  meetingDate: 'inledning',
  child: 'inledning',
  participants: 'inledning',
  initiator: 'inledning',
  chair: 'inledning',
  consents: 'inledning',
  purpose: 'inledning',
  questions: 'inledning',
  childParticipation: 'inledning',
  notToRaise: 'inledning',
  situation: 'aktuell-situation',
  assessments: 'aktuell-situation',
  needs: 'behov',
  goals: 'behov',
  ownActions: 'behov',
  actions: 'behov',
  disagreements: 'sammanfattning',
  overallResponsibility: 'sammanfattning',
  noOtherActors: 'sammanfattning',
  whoDoesWhat: 'sammanfattning',
  followUp: 'avslutning',
  contacts: 'avslutning',
  closing: 'avslutning',
};

/** The phase whose section holds the field at `path`. */
export function phaseOfPath(path: IssuePath): SipPhase {
  const key = path[0];
  return (typeof key === 'string' && PHASE_OF_KEY[key]) || 'inledning';
}

function segment(part: string | number): string {
  // Ids go into `#fragment` links and CSS selectors: keep them to safe characters.
  return String(part).replace(/[^a-zA-Z0-9_-]/g, '_');
}

/**
 * The element id of the field at a plan path: `planFieldId('sip', ['actions', 2, 'principal'])`
 * gives `sip-actions-2-principal`. Stable, so an error summary can link to it.
 */
export function planFieldId(prefix: string, path: IssuePath): string {
  return [prefix, ...path].map(segment).join('-');
}

/** The form field name of the field at a plan path: `sip.actions.2.principal`. */
export function planFieldName(prefix: string, path: IssuePath): string {
  return [prefix, ...path].map(segment).join('.');
}

/**
 * The id of the closest element that exists for a path: the field itself, else its parent
 * (an action's fieldset, the actions list), so a link from a legal-elements check always lands
 * somewhere useful even when core points at a field this UI shows as part of a group. `root` is
 * the document or shadow root the form is in.
 */
export function resolveFieldId(prefix: string, path: IssuePath, root: IdRoot): string {
  for (let length = path.length; length > 0; length -= 1) {
    const id = planFieldId(prefix, path.slice(0, length));
    if (root.getElementById(id)) return id;
  }
  return planFieldId(prefix, path);
}

/**
 * The first message of each field's issues, by field id (`sip-actions-2-principal`).
 *
 * @example
 * ```ts
 * errorsByField(result.issues, 'sip', 'sv').get('sip-child-name');
 * ```
 */
export function errorsByField(
  issues: readonly ValidationIssue[],
  prefix: string,
  locale: UiLocale,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) {
    const fieldId = planFieldId(prefix, issue.path);
    if (!map.has(fieldId)) map.set(fieldId, issue.message[locale] ?? issue.message.sv);
  }
  return map;
}
