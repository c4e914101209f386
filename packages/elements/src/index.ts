/**
 * @barnets-basta/elements: `<bb-wheel>` and `<bb-sip-plan>` as form-associated custom elements,
 * with React bundled inside, for e-service platforms that take a script tag but not a React build.
 * Importing this module defines the elements (once; a second import is harmless).
 *
 * @example
 * ```html
 * <script type="module" src="/node_modules/@barnets-basta/elements/dist/index.js"></script>
 * <form><bb-wheel name="hjul"></bb-wheel><button>Skicka</button></form>
 * ```
 */
import { BbFollowUp } from './bb-follow-up/bb-follow-up.tsx';
import { BbSipPlan } from './bb-sip-plan/bb-sip-plan.tsx';
import { BbWheel } from './bb-wheel/bb-wheel.tsx';
import { BbFamilyPlan } from './bb-family-plan/bb-family-plan.tsx';
import { BbPrintPlan } from './bb-print-plan/bb-print-plan.tsx';
import { BbWheelDifferences } from './bb-wheel-differences/bb-wheel-differences.tsx';
import { BbWheelOverlay } from './bb-wheel-overlay/bb-wheel-overlay.tsx';

export { BbSipPlan, BbWheel };
export { BbFollowUp };
export { BbWheelOverlay, BbWheelDifferences, BbFamilyPlan, BbPrintPlan };

/** Defines the elements under their standard names unless already defined. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('bb-wheel')) registry.define('bb-wheel', BbWheel);
  if (!registry.get('bb-sip-plan')) registry.define('bb-sip-plan', BbSipPlan);
  if (!registry.get('bb-follow-up')) registry.define('bb-follow-up', BbFollowUp);
  if (!registry.get('bb-wheel-overlay')) registry.define('bb-wheel-overlay', BbWheelOverlay);
  if (!registry.get('bb-wheel-differences'))
    registry.define('bb-wheel-differences', BbWheelDifferences);
  if (!registry.get('bb-family-plan')) registry.define('bb-family-plan', BbFamilyPlan);
  if (!registry.get('bb-print-plan')) registry.define('bb-print-plan', BbPrintPlan);
}

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'bb-wheel': BbWheel;
    'bb-sip-plan': BbSipPlan;
    'bb-follow-up': BbFollowUp;
    'bb-wheel-overlay': BbWheelOverlay;
    'bb-wheel-differences': BbWheelDifferences;
    'bb-family-plan': BbFamilyPlan;
    'bb-print-plan': BbPrintPlan;
  }
}
