export { SipFollowUp, type SipFollowUpProps } from './sip-follow-up.tsx';
export {
  PlanHistory,
  FamilyFollowUp,
  type PlanHistoryProps,
  type FamilyFollowUpProps,
  type FollowUpViewProps,
} from './follow-up-views.tsx';
export { FOLLOW_UP_PHASES, type FollowUpPhase } from './follow-up-labels.ts';
