import { useEffect, useRef, type ReactNode } from 'react';
import { takePendingHeadingFocus } from './heading-focus.ts';

/**
 * The page's one `h1`. Focusable by script (not by Tab) so a step change can move focus to it.
 * The caption ("Frånvaroutredning, steg 3 av 8") sits above it, outside the heading.
 */
export function PageHeading({ caption, children }: { caption?: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => takePendingHeadingFocus(ref.current), []);
  return (
    <div className="app-page-heading">
      {caption ? <p className="app-caption">{caption}</p> : null}
      <h1 ref={ref} className="app-h1" tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
