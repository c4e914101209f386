import { useI18n } from '../i18n/index.tsx';

interface StepNavProps {
  onBack?: () => void;
  /** Without `onNext` the continue button submits its form (the step's checks run there). */
  onNext?: () => void;
  nextLabel?: string;
  backLabel?: string;
}

/** Back and continue. Back never checks anything and never loses what was entered. */
export function StepNav({ onBack, onNext, nextLabel, backLabel }: StepNavProps) {
  const { m } = useI18n();
  return (
    <div className="app-step-nav">
      {onBack ? (
        <button type="button" className="app-button app-button--secondary" onClick={onBack}>
          <svg className="app-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M19 12H6M11 6l-6 6 6 6" fill="none" stroke="currentColor" strokeWidth="2.4" />
          </svg>
          {backLabel ?? m.flow.back}
        </button>
      ) : null}
      <button type={onNext ? 'button' : 'submit'} className="app-button" onClick={onNext}>
        {nextLabel ?? m.flow.next}
        <svg className="app-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 12h13M13 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.4" />
        </svg>
      </button>
    </div>
  );
}
