import type { IdRoot } from '../internal/dom-root.ts';

const FOCUSABLE_CONTROL =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function isControl(el: Element): boolean {
  return el.matches(FOCUSABLE_CONTROL);
}

function legendOf(fieldset: Element | null): HTMLElement | null {
  if (!fieldset) return null;
  for (const child of fieldset.children)
    if (child.tagName === 'LEGEND') return child as HTMLElement;
  return null;
}

/** The label or legend to bring into view with a control, so the user sees the question. */
function questionFor(control: HTMLElement): HTMLElement | null {
  const legend = legendOf(control.closest('fieldset'));
  const type = control.getAttribute('type');
  if (legend) {
    // For a choice, the legend is the question. For a text field in a fieldset (e.g. a date
    // part), show the legend when it fits on screen together with the field.
    if (type === 'radio' || type === 'checkbox') return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const rect = control.getBoundingClientRect();
    if (rect.height > 0 && rect.top + rect.height - legendTop < window.innerHeight / 2)
      return legend;
  }
  const labels = (control as HTMLInputElement).labels;
  return labels && labels.length > 0 ? (labels[0] ?? null) : control.closest('label');
}

/**
 * Moves focus to the field an error summary links to. A control gets focus directly, with its
 * label (or its fieldset's legend) scrolled into view. A fieldset or other container focuses its
 * checked radio or first control and scrolls its legend into view. Returns false when nothing with
 * that id exists, so the link falls back to the browser's default jump.
 *
 * `root` is where the id is looked up: pass the link's `getRootNode()` when the form may be in a
 * shadow root (a custom element), which `document` cannot see into.
 *
 * @example
 * ```ts
 * link.addEventListener('click', (event) => {
 *   const root = link.getRootNode() as Document | ShadowRoot;
 *   if (focusErrorTarget('sip-purpose', root)) event.preventDefault();
 * });
 * ```
 */
export function focusErrorTarget(targetId: string, root: IdRoot = document): boolean {
  const target = root.getElementById(targetId);
  if (!target) return false;
  let control: HTMLElement | null;
  let question: HTMLElement | null;
  if (isControl(target)) {
    control = target;
    question = questionFor(target);
  } else {
    control =
      target.querySelector<HTMLElement>('input[type="radio"]:checked:not([disabled])') ??
      target.querySelector<HTMLElement>(FOCUSABLE_CONTROL);
    question =
      legendOf(target.tagName === 'FIELDSET' ? target : target.closest('fieldset')) ?? target;
  }
  (question ?? control ?? target).scrollIntoView({ block: 'start' });
  if (control) {
    control.focus({ preventScroll: true });
  } else {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  return true;
}
