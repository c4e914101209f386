// Runs before every browser test file: clean DOM and storage between tests.
import { afterEach } from 'vitest';
import { cleanup } from 'vitest-browser-react';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
