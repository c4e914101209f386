import { useCallback, useEffect, useRef } from 'react';
import { useControllableState } from '@barnets-basta/wheel/internal';
import type { IdRoot } from '../../form/internal/dom-root.ts';

/**
 * Options of {@link useMeetingPhase}.
 *
 * @example
 * ```ts
 * const options: MeetingPhaseOptions<SipPhase> = {
 *   phase: undefined, defaultPhase: 'inledning', headingId: (p) => `sip-phase-${p}`, getRoot,
 * };
 * ```
 */
export interface MeetingPhaseOptions<P> {
  /** Controlled phase; undefined when the meeting keeps its own. */
  phase: P | undefined;
  /** Phase to start on when `phase` is not controlled. */
  defaultPhase: P;
  /** Told of every move to another phase. */
  onPhaseChange?: ((phase: P) => void) | undefined;
  /** The id of a phase's heading, which takes focus after the chair moves there. */
  headingId: (phase: P) => string;
  /** The document or shadow root the meeting is rendered in, where the heading is looked up. */
  getRoot: () => IdRoot | undefined;
  /** False while the headings are not shown one phase at a time (no focus moves). Default true. */
  active?: boolean;
}

/**
 * The phase a meeting is in (controlled through `phase`, else its own, after Radix's
 * `useControllableState`), `goTo`, which moves there and then moves focus to the phase's heading,
 * never on the first render, and `show`, which moves without touching focus (a link in an error
 * summary moves focus to its field itself).
 *
 * @example
 * ```tsx
 * const [phase, goTo] = useMeetingPhase({ phase: props.phase, defaultPhase: 'present',
 *   onPhaseChange: props.onPhaseChange, headingId: (p) => `fu-phase-${p}`, getRoot });
 * <PhaseNav phases={FOLLOW_UP_PHASES} phase={phase} onSelect={goTo} … />;
 * ```
 */
export function useMeetingPhase<P>({
  phase: phaseProp,
  defaultPhase,
  onPhaseChange,
  headingId,
  getRoot,
  active = true,
}: MeetingPhaseOptions<P>): [phase: P, goTo: (phase: P) => void, show: (phase: P) => void] {
  const [phase, show] = useControllableState<P>({
    prop: phaseProp,
    defaultProp: defaultPhase,
    onChange: onPhaseChange,
  });
  const moved = useRef(false);
  const goTo = useCallback(
    (next: P) => {
      moved.current = true;
      show(next);
    },
    [show],
  );
  const heading = headingId(phase);
  useEffect(() => {
    if (!active || !moved.current) return;
    moved.current = false;
    getRoot()?.getElementById(heading)?.focus();
  }, [phase, heading, active, getRoot]);
  return [phase, goTo, show];
}
