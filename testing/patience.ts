/**
 * One patience for every wait in every test project. Vitest's `vi.waitFor` waits 1 s by default
 * and Testing Library's `findBy…`/`waitFor` (via `storybook/test`) 1 s too; `expect.element` and
 * `expect.poll` are set from the same number in `vitest.config.ts`. On a loaded two-core machine a
 * lazy chunk (popover, Motion, the SIP plan) that the dev server transforms on first request can
 * take longer than a second, and the test would then measure the machine, not our code. A failing
 * condition still fails: only later, with the callback's own last error. Speed is measured by the
 * benchmark, never by a wait.
 *
 * @example
 * ```ts
 * import { PATIENCE } from '../testing/patience.ts';
 * configure({ asyncUtilTimeout: PATIENCE });
 * ```
 */
export const PATIENCE = 10_000;

/** How often a wait retries its callback (Vitest's and Testing Library's default is 50 ms). */
export const PATIENCE_INTERVAL = 50;
