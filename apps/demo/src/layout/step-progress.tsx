import { useI18n } from '../i18n/index.tsx';

export interface ProgressStep {
  title: string;
  href: string;
}

interface StepProgressProps {
  /** Accessible name of the navigation, e.g. "Steg i frånvaroutredningen". */
  label: string;
  steps: readonly ProgressStep[];
  /** 1-based. */
  current: number;
  /** The furthest step reached (1-based): earlier steps are done; all up to it can be revisited. */
  reached: number;
}

/**
 * The progress indicator: every step with its state in words (not colour alone), links to the
 * steps already reached, `aria-current="step"` on this one. Laid out as a column beside the form
 * on wide screens and as a row of numbered circles on a phone.
 */
export function StepProgress({ label, steps, current, reached }: StepProgressProps) {
  const { m } = useI18n();
  return (
    <nav className="app-steps" aria-label={label}>
      <ol className="app-steps__list">
        {steps.map((step, index) => {
          const number = index + 1;
          const state = number === current ? 'current' : number < reached ? 'done' : 'todo';
          const status =
            state === 'current'
              ? m.flow.stepCurrent
              : state === 'done'
                ? m.flow.stepDone
                : m.flow.stepNotStarted;
          const content = (
            <>
              {/* The number is part of the name, so "klicka 3" works with voice control. */}
              <span className="app-steps__number">
                {state === 'done' ? (
                  <>
                    <svg
                      viewBox="0 0 16 16"
                      focusable="false"
                      aria-hidden="true"
                      className="app-steps__check"
                    >
                      <path
                        d="M3 8.5l3.2 3.2L13 4.8"
                        fill="none"
                        stroke="currentColor"
                        strokeWidth="2.2"
                      />
                    </svg>
                    <span className="app-visually-hidden">{number}</span>
                  </>
                ) : (
                  number
                )}
              </span>
              <span className="app-visually-hidden"> </span>
              <span className="app-steps__text">
                <span className="app-steps__title">{step.title}</span>
                <span className="app-steps__status">
                  <span className="app-visually-hidden">, </span>
                  {status}
                </span>
              </span>
            </>
          );
          return (
            <li key={step.href} className="app-steps__item" data-state={state}>
              {state === 'current' ? (
                <span className="app-steps__link" aria-current="step">
                  {content}
                </span>
              ) : number <= Math.max(reached, current) ? (
                <a className="app-steps__link" href={step.href}>
                  {content}
                </a>
              ) : (
                <span className="app-steps__link">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
