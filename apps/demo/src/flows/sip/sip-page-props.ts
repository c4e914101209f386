/**
 * What each page of the SIP flow gets. In a module of its own, so that the pages need not import
 * the flow that imports them (no import cycle).
 *
 * @example
 * ```tsx
 * export function SipPlanPage({ setHasErrors }: SipPageProps) { … }
 * ```
 */
export interface SipPageProps {
  setHasErrors: (hasErrors: boolean) => void;
  restart: () => void;
}
