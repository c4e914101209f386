import type { HTMLAttributes, ReactNode } from 'react';

/** Props of {@link Hint}. */
export interface HintProps extends HTMLAttributes<HTMLDivElement> {
  /** Referenced by the control's `aria-describedby`. */
  id: string;
  children?: ReactNode;
}

/**
 * Help text under a label or legend. Give it an id and put that id in the control's
 * `aria-describedby` (every building block does this for you through its `hint` prop).
 *
 * @example
 * ```tsx
 * <Hint id="goal-hint">Skriv med barnets egna ord.</Hint>
 * ```
 */
export function Hint({ id, children, className, ...rest }: HintProps) {
  return (
    <div {...rest} id={id} className={className ? `bb-hint ${className}` : 'bb-hint'}>
      {children}
    </div>
  );
}
