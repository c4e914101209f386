import type { AreaInputPart, InputRegistry } from './input-registry.ts';
import { MAX_RADIO_STEPS } from './input-registry.ts';

/**
 * The native input a drawn ring cell stands for, on any scale: the step's radio, the 1–10 range
 * (which takes the level as its value), or in discussion mode the "talked about" checkbox.
 *
 * @example
 * const target = cellInput(inputs, 'trygg', 4, 5); // { el: <input type=radio value=4>, level: 4 }
 */
export function cellInput(
  inputs: Pick<InputRegistry, 'area'>,
  areaId: string,
  level: number,
  steps: number,
): { el: HTMLInputElement; level: number } | undefined {
  const part: AreaInputPart =
    steps === 0 ? 'talked' : steps > MAX_RADIO_STEPS ? 'range' : (String(level) as `${number}`);
  const el = inputs.area(areaId, part);
  return el ? { el, level } : undefined;
}

const nativeValue = () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;

/**
 * The one pointer path: acts on a native input as a person's own click or slide would, so the
 * input's own change handler records the answer and FormData, validity and what assistive
 * technology hears are exactly those of a click on the input itself. A radio or checkbox is
 * clicked (a checked radio is left alone, as the browser does); a range gets `level` through the
 * native value setter followed by `input` and `change` events, the events a slide fires. Then the
 * input takes focus, so the keyboard carries on from where the pointer chose.
 *
 * @example
 * const target = cellInput(inputs, 'trygg', 7, 10);
 * if (target) chooseThroughInput(target.el, target.level);
 */
export function chooseThroughInput(el: HTMLInputElement, level: number): void {
  if (el.type === 'checkbox') el.click();
  else if (el.type === 'radio') {
    if (!el.checked) el.click();
  } else {
    const target = String(level);
    const unset = el.closest('[data-unset="true"]') !== null;
    if (unset || el.value !== target) {
      // React tracks the value it last rendered through the element's own `value` property; the
      // prototype's setter bypasses that record, so React sees the change the events announce.
      // Writing through the element first makes an unset range at its resting level (which a
      // slide could not "change") count as a change too.
      el.value = '';
      nativeValue().set!.call(el, target);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  el.focus({ preventScroll: true });
}
