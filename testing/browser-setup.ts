// Runs before every browser test file: clean DOM and storage between tests. `cleanup` unmounts
// asynchronously; awaiting it keeps the previous test's form out of the next test's page.
import { afterEach } from 'vitest';
import { cleanup } from 'vitest-browser-react';
import { givePatienceToWaitFor } from './patient-wait-for.ts';

// Every `vi.waitFor` waits as long as `expect.element` does (testing/patience.ts).
givePatienceToWaitFor();

afterEach(async () => {
  await cleanup();
  localStorage.clear();
});
