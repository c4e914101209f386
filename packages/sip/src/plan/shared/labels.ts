import type { ChildParticipation, Principal, SipRole } from '@barnets-basta/core';
import type { PlanMessages } from '../../i18n/plan-messages.ts';

/** Roles in the order the form offers them. */
export const ROLES: readonly SipRole[] = [
  'child',
  'guardian',
  'initiator',
  'chair',
  'coordinator',
  'professional',
  'other',
];

const ROLE_LABEL: Record<SipRole, keyof PlanMessages> = {
  child: 'roleChild',
  guardian: 'roleGuardian',
  initiator: 'roleInitiator',
  chair: 'roleChair',
  coordinator: 'roleCoordinator',
  professional: 'roleProfessional',
  other: 'roleOther',
};

/** The label of a SIP role. */
export function roleLabel(role: SipRole, m: PlanMessages): string {
  return ROLE_LABEL[role] ? m[ROLE_LABEL[role]] : role;
}

/** Ways the child can take part, in the order the form offers them. */
export const PARTICIPATION: readonly ChildParticipation[] = [
  'in-person',
  'partly',
  'phone',
  'letter',
  'representative',
  'not-taking-part',
];

const PARTICIPATION_LABEL: Record<ChildParticipation, keyof PlanMessages> = {
  'in-person': 'participationInPerson',
  partly: 'participationPartly',
  phone: 'participationPhone',
  letter: 'participationLetter',
  representative: 'participationRepresentative',
  'not-taking-part': 'participationNotTakingPart',
};

/** The label of a way the child takes part. */
export function participationLabel(p: ChildParticipation, m: PlanMessages): string {
  return PARTICIPATION_LABEL[p] ? m[PARTICIPATION_LABEL[p]] : p;
}

/** Principals in the order the form offers them. */
export const PRINCIPALS: readonly Principal[] = ['kommun', 'region', 'other'];

const PRINCIPAL_LABEL: Record<Principal, keyof PlanMessages> = {
  kommun: 'principalKommun',
  region: 'principalRegion',
  other: 'principalOther',
};

/** The label of a principal (huvudman). */
export function principalLabel(p: Principal, m: PlanMessages): string {
  return PRINCIPAL_LABEL[p] ? m[PRINCIPAL_LABEL[p]] : p;
}

/**
 * Whose view an assessment is, in a sentence ("barnet", "vårdnadshavare"): the one lookup the wheel's
 * views use too, with the plan's catalogue.
 */
export { perspectiveLabel } from '@barnets-basta/wheel/internal';
