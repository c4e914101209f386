/**
 * Prints one view on A4: marks it (and the page) for the print styles, which hide everything else
 * and show the view's table, then calls `window.print()` and removes the marks afterwards.
 *
 * @example
 * printElement(document.querySelector('.bb-fu-view')!);
 */
export function printElement(element: HTMLElement): void {
  const root = element.ownerDocument.documentElement;
  element.setAttribute('data-bb-fu-print', '');
  root.setAttribute('data-bb-fu-printing', '');
  const done = () => {
    element.removeAttribute('data-bb-fu-print');
    root.removeAttribute('data-bb-fu-printing');
  };
  const view = element.ownerDocument.defaultView;
  if (!view) return done();
  view.addEventListener('afterprint', done, { once: true });
  view.print();
  // Some browsers print synchronously and never fire afterprint for a cancelled dialog.
  setTimeout(done, 0);
}
