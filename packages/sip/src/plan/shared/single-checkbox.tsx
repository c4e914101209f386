import type { ReactNode } from 'react';
import { ErrorMessage } from '../../form/index.ts';

/**
 * One native checkbox with its label (and hint), styled like the form blocks' choices. For a yes/no
 * fact that needs no question of its own, where a fieldset with one box would be noise.
 */
export function SingleCheckbox({
  id,
  name,
  label,
  hint,
  checked,
  onChange,
  error,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="bb-choices bb-plan-single-choice" data-invalid={error ? true : undefined}>
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <div className="bb-choice">
        <input
          className="bb-choice__input"
          type="checkbox"
          id={id}
          name={name}
          value="true"
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="bb-choice__label" htmlFor={id}>
          {label}
        </label>
        {hintId ? (
          <div id={hintId} className="bb-hint bb-choice__hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}
