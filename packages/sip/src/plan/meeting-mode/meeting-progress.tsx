import type { ReactNode } from 'react';
import { phaseStep, stepState } from './phase-steps.ts';

/**
 * A meeting's phases as a visible progress indicator: an ordered list of the phases, each a
 * button (the chair moves freely, in any order), the current one marked `aria-current="step"` and
 * drawn with a filled number and a thick border, so the state never rests on colour alone. The
 * first SIP meeting (its five phases) and the follow-up meeting (six) both use it.
 *
 * @example
 * ```tsx
 * <MeetingProgress phases={PHASES} phase={phase} onSelect={goTo} idPrefix="sip"
 *   title={(p) => phaseTitle(p, m)} label={m.meetingProgressLabel}
 *   stepOf={(n, total) => formatMessage(m.meetingStepOf, { n, total })} />
 * ```
 */
export function MeetingProgress<P extends string>({
  phases,
  phase,
  onSelect,
  title,
  label,
  stepOf,
  idPrefix,
}: {
  phases: readonly P[];
  phase: P;
  onSelect: (phase: P) => void;
  /** A phase's title, on its step. */
  title: (phase: P) => string;
  /** The indicator's name (with the plan's label after it, where a page has two plans). */
  label: ReactNode;
  /** "Steg 2 av 5". */
  stepOf: (n: number, total: number) => string;
  /** Prefix of the label's and the steps' ids. */
  idPrefix: string;
}) {
  const { index: current, total } = phaseStep(phases, phase);
  return (
    <nav className="bb-meeting-progress" aria-labelledby={`${idPrefix}-progress-label`}>
      <p className="bb-meeting-progress__label" id={`${idPrefix}-progress-label`}>
        {label}
        <span className="bb-meeting-progress__status">
          {' · '}
          {stepOf(current + 1, total)}
        </span>
      </p>
      <ol className="bb-meeting-progress__steps">
        {phases.map((p, i) => (
          <li key={p} className="bb-meeting-progress__step" data-state={stepState(i, current)}>
            <button
              type="button"
              id={`${idPrefix}-step-${p}`}
              className="bb-meeting-progress__button"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onSelect(p)}
            >
              <span className="bb-meeting-progress__number">{i + 1}</span>{' '}
              <span className="bb-meeting-progress__title">{title(p)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * Previous and next buttons under a meeting's phase, named by where they go.
 *
 * @example
 * ```tsx
 * <MeetingStepButtons phases={PHASES} phase={phase} onSelect={goTo}
 *   previousText={(p) => formatMessage(m.meetingPrevious, { title: phaseTitle(p, m) })}
 *   nextText={(p) => formatMessage(m.meetingNext, { title: phaseTitle(p, m) })} />
 * ```
 */
export function MeetingStepButtons<P>({
  phases,
  phase,
  onSelect,
  previousText,
  nextText,
}: {
  phases: readonly P[];
  phase: P;
  onSelect: (phase: P) => void;
  /** "Föregående: Inledning". */
  previousText: (phase: P) => string;
  /** "Nästa: Behov". */
  nextText: (phase: P) => string;
}) {
  const { previous, next } = phaseStep(phases, phase);
  return (
    <div className="bb-meeting-nav">
      {previous !== undefined ? (
        <button
          type="button"
          className="bb-plan-button bb-meeting-nav__previous"
          onClick={() => onSelect(previous)}
        >
          {previousText(previous)}
        </button>
      ) : null}
      {next !== undefined ? (
        <button
          type="button"
          className="bb-plan-button bb-plan-button--primary bb-meeting-nav__next"
          onClick={() => onSelect(next)}
        >
          {nextText(next)}
        </button>
      ) : null}
    </div>
  );
}
