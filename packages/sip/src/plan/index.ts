/**
 * The SIP plan: the form (whole, in meeting mode, or section by section) and the views of the same
 * plan (the family's plan, the print layout, the "Vem gör vad och när" table).
 */
export {
  SipPlanForm,
  type SipPlanFormProps,
  type SipPlanFormBaseProps,
  type SipPhase,
} from './sip-plan-form/sip-plan-form.tsx';
export { MeetingMode, type MeetingModeProps } from './meeting-mode/meeting-mode.tsx';
export { SipInledning, type SipInledningProps } from './sections/inledning/sip-inledning.tsx';
export {
  SipAktuellSituation,
  type SipAktuellSituationProps,
} from './sections/aktuell-situation/sip-aktuell-situation.tsx';
export { SipBehov, type SipBehovProps } from './sections/behov/sip-behov.tsx';
export {
  SipSammanfattning,
  type SipSammanfattningProps,
} from './sections/sammanfattning/sip-sammanfattning.tsx';
export { SipAvslutning, type SipAvslutningProps } from './sections/avslutning/sip-avslutning.tsx';
export {
  WhoDoesWhat,
  groupActions,
  type WhoDoesWhatProps,
} from './who-does-what/who-does-what.tsx';
export { FamilyPlan, type FamilyPlanProps } from './family-plan/family-plan.tsx';
export { PrintPlan, type PrintPlanProps } from './print-plan/print-plan.tsx';
export { PHASES, phaseOfPath, planFieldId, planFieldName } from './shared/plan-paths.ts';
export type { PlanEditProps, PlanSectionProps, PlanViewProps } from './shared/plan-context.tsx';
export { planMessages, type PlanMessages } from '../i18n/plan-messages.ts';
export {
  SipFollowUp,
  PlanHistory,
  FamilyFollowUp,
  FOLLOW_UP_PHASES,
  type SipFollowUpProps,
  type PlanHistoryProps,
  type FamilyFollowUpProps,
  type FollowUpViewProps,
  type FollowUpPhase,
} from './follow-up/index.ts';
export { followUpMessages, type FollowUpMessages } from '../i18n/follow-up-messages.ts';
