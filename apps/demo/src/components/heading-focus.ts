/**
 * Moving focus to the new page's h1 after a route change. A page that loads lazily has no h1 yet
 * when the route changes, so the request waits until its heading mounts.
 */
let pending = false;

/** Focuses the page heading now, or as soon as it mounts. */
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    pending = false;
    heading.focus({ preventScroll: true });
  } else {
    pending = true;
  }
}

/** Called by the heading when it mounts: takes focus if a route change asked for it. */
export function takePendingHeadingFocus(heading: HTMLElement | null): void {
  if (!pending || !heading) return;
  pending = false;
  heading.focus({ preventScroll: true });
}
