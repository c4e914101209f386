import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from '../testing/chromium.ts';
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [react()],
  resolve: {
    conditions: ['@barnets-basta/source', ...defaultClientConditions],
    alias: { '@barnets-basta/wheel': new URL('./wheel-stub.tsx', import.meta.url).pathname },
  },
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime'] },
  test: {
    include: ['packages/sip/src/plan/**/*.test.{ts,tsx}'],
    setupFiles: ['testing/browser-setup.ts'],
    browser: { enabled: true, headless: true, provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }), instances: [{ browser: 'chromium' }], screenshotFailures: false },
  },
});
