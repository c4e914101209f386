/**
 * Moving focus to the new page's h1 after a route change. A page that loads lazily has no h1 yet
 * when the route changes, so the request waits until its heading mounts.
 */
let pending = false;

/**
 * Focuses the page heading now, or as soon as it mounts. While a lazy page loads, the old page's
 * heading may still be in the DOM but hidden: focus then does not move, and the request waits.
 */
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  heading?.focus({ preventScroll: true });
  pending = !heading || document.activeElement !== heading;
}

/** Called by the heading when it mounts: takes focus if a route change asked for it. */
export function takePendingHeadingFocus(heading: HTMLElement | null): void {
  if (!pending || !heading) return;
  pending = false;
  heading.focus({ preventScroll: true });
}
