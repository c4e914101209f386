import { SipPlanForm, type SipPlanFormBaseProps } from '../sip-plan-form/sip-plan-form.tsx';

/**
 * Props of {@link MeetingMode}: those of `SipPlanForm`, without `mode`. A named interface rather
 * than `Omit<SipPlanFormProps, 'mode'>`, which Storybook's docgen cannot read (an empty prop table).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- named for the docs, see above
export interface MeetingModeProps extends SipPlanFormBaseProps {}

/**
 * The SIP plan in meeting mode: the chair steps through the meeting circle (1 Inledning,
 * 2 Aktuell situation, 3 Behov, 4 Sammanfattning, 5 Avslutning) one phase at a time, with a visible
 * progress indicator whose steps are buttons, previous/next buttons, and focus moved to the
 * phase's heading on every change. The same as `<SipPlanForm mode="meeting" />`.
 *
 * @example
 * ```tsx
 * <MeetingMode value={plan} onChange={setPlan} onPhaseChange={setPhase} />
 * ```
 */
export function MeetingMode(props: MeetingModeProps) {
  return <SipPlanForm {...props} mode="meeting" />;
}
