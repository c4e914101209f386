import { vi } from 'vitest';
import { PATIENCE } from './patience.ts';

type WaitFor = typeof vi.waitFor;

const patient = Symbol.for('barnets-basta.patient-wait-for');

/**
 * Gives `vi.waitFor` the shared {@link PATIENCE} as its default timeout. Vitest 4.1 has no config
 * option for it (its default of 1 s is fixed in `waitFor`), so the setup file of each browser
 * project calls this once; a call that passes its own `timeout` (or a number) keeps it. Every
 * existing and future `vi.waitFor` gets the same patience without an import in the test.
 *
 * @example
 * ```ts
 * // testing/browser-setup.ts
 * import { givePatienceToWaitFor } from './patient-wait-for.ts';
 * givePatienceToWaitFor();
 * ```
 */
export function givePatienceToWaitFor(): void {
  const current = vi.waitFor as WaitFor & { [patient]?: true };
  if (current[patient]) return;
  const original = current.bind(vi);
  const waitFor = ((callback, options) =>
    original(
      callback,
      typeof options === 'number' ? options : { timeout: PATIENCE, ...options },
    )) as WaitFor & { [patient]?: true };
  waitFor[patient] = true;
  vi.waitFor = waitFor;
}
