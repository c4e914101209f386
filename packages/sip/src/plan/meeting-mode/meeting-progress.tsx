import { formatMessage } from '@barnets-basta/core';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { PHASES, type SipPhase } from '../shared/plan-paths.ts';
import { PlanLabelSuffix, phaseTitle } from '../shared/section-shell.tsx';

/**
 * The meeting circle as a visible progress indicator: an ordered list of the five phases, each a
 * button (the chair moves freely, in any order), the current one marked `aria-current="step"` and
 * drawn with a filled number and a thick border, so the state never rests on colour alone.
 */
export function MeetingProgress({
  phase,
  onSelect,
  m,
  idPrefix,
  label,
}: {
  phase: SipPhase;
  onSelect: (phase: SipPhase) => void;
  m: PlanMessages;
  idPrefix: string;
  /** The plan's label, so two plans' steps have different names. */
  label?: string;
}) {
  const current = PHASES.indexOf(phase);
  return (
    <nav className="bb-meeting-progress" aria-labelledby={`${idPrefix}-progress-label`}>
      <p className="bb-meeting-progress__label" id={`${idPrefix}-progress-label`}>
        {m.meetingProgressLabel}
        <PlanLabelSuffix label={label} m={m} />
        <span className="bb-meeting-progress__status">
          {' · '}
          {formatMessage(m.meetingStepOf, { n: current + 1, total: PHASES.length })}
        </span>
      </p>
      <ol className="bb-meeting-progress__steps">
        {PHASES.map((p, i) => {
          const state = i === current ? 'current' : i < current ? 'past' : 'future';
          return (
            <li key={p} className="bb-meeting-progress__step" data-state={state}>
              <button
                type="button"
                id={`${idPrefix}-step-${p}`}
                className="bb-meeting-progress__button"
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onSelect(p)}
              >
                <span className="bb-meeting-progress__number">{i + 1}</span>{' '}
                <span className="bb-meeting-progress__title">{phaseTitle(p, m)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Previous and next buttons under a phase, named by where they go. */
export function MeetingStepButtons({
  phase,
  onSelect,
  m,
}: {
  phase: SipPhase;
  onSelect: (phase: SipPhase) => void;
  m: PlanMessages;
}) {
  const index = PHASES.indexOf(phase);
  const previous = PHASES[index - 1];
  const next = PHASES[index + 1];
  return (
    <div className="bb-meeting-nav">
      {previous ? (
        <button
          type="button"
          className="bb-plan-button bb-meeting-nav__previous"
          onClick={() => onSelect(previous)}
        >
          {formatMessage(m.meetingPrevious, { title: phaseTitle(previous, m) })}
        </button>
      ) : null}
      {next ? (
        <button
          type="button"
          className="bb-plan-button bb-plan-button--primary bb-meeting-nav__next"
          onClick={() => onSelect(next)}
        >
          {formatMessage(m.meetingNext, { title: phaseTitle(next, m) })}
        </button>
      ) : null}
    </div>
  );
}
