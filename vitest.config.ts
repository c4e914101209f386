import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './testing/chromium.ts';
import { docCommands } from './testing/doc-commands.ts';
import { PATIENCE } from './testing/patience.ts';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??= '1';

/** Workspace packages resolve to each other's source: no build before tests. */
const resolve = { conditions: ['@barnets-basta/source', ...defaultClientConditions] };
const ssr = { resolve: { conditions: ['@barnets-basta/source', ...defaultServerConditions] } };

/**
 * Pre-bundle everything the components import up front: a late optimisation of framer-motion or
 * Radix mid-run reloads the page and can leave two copies of React ("Invalid hook call").
 */
const optimizeDeps = {
  include: [
    'react',
    'react-dom',
    'react-dom/client',
    'react/jsx-dev-runtime',
    'framer-motion',
    '@radix-ui/react-popover',
    'axe-core',
    // testing/storybook-gate.test.tsx and the theme test compose stories in the browser project.
    '@storybook/addon-a11y/preview',
    '@storybook/react-vite',
  ],
};

/**
 * Playwright with the system Chromium, looked up only when Vitest starts this project's browser:
 * `vitest run --project unit` needs no browser, and a browser run without one still fails, with the
 * install hint from chromiumPath(), instead of skipping.
 */
function systemChromium() {
  const launchOptions: { args: string[]; executablePath?: string } = { args: [...CHROMIUM_ARGS] };
  const provider = playwright({ launchOptions });
  return {
    ...provider,
    providerFactory(project: Parameters<typeof provider.providerFactory>[0]) {
      launchOptions.executablePath = chromiumPath();
      return provider.providerFactory(project);
    },
  };
}

/**
 * Test timeouts well above the defaults (5 s in Node, 15 s in the browser). On a two-core CI machine
 * shared by four projects at once, a property test or a test that clicks all 40 ring cells can take
 * longer than that under load: the defaults would measure the machine, not our code. Speed is
 * measured by the benchmark (`pnpm bench`), never by a test's timeout.
 */
const NODE_TEST_TIMEOUT = 30_000;

/** The SIP package's tests of pure modules: Node only (unit), not again in the browser projects. */
const SIP_NODE_TESTS = 'packages/sip/src/**/*.test.ts';
const BROWSER_TEST_TIMEOUT = 60_000;

/**
 * The React packages declare React 18.3 and 19 as peers; the `react18` project runs their component
 * tests against React 18.3 (installed as the aliases `react-18` and `react-dom-18`), dependencies
 * such as Radix and Motion included, since aliases apply to pre-bundled dependencies too.
 * `testing/react-version.test.tsx` proves which React each project ran. (The wheel's server-render
 * test logs React 18's useLayoutEffect warning there: it renders "on the server" inside a browser,
 * where a document exists; real server rendering has none and uses `useEffect`.)
 */
const react18 = [
  { find: /^react$/, replacement: 'react-18' },
  { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
  { find: /^react-dom$/, replacement: 'react-dom-18' },
  { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
];

/**
 * What every project in Chromium shares, as a fresh object per project (Vitest mutates it,
 * TOOLCHAIN.md trap 4). `expect.element` and `expect.poll` wait 1 s by default; lazy chunks (popover,
 * Motion) come from the dev server, which transforms them on first request, and on a loaded two-core
 * CI machine that can take longer. A failing assertion still fails, only later. Every wait shares
 * one patience (testing/patience.ts): `vi.waitFor` gets it in the setup files, Testing Library's
 * `findBy…`/`waitFor` in `.storybook/preview.tsx`.
 */
function inChromium(extra: { commands?: typeof docCommands } = {}) {
  return {
    testTimeout: BROWSER_TEST_TIMEOUT,
    expect: { poll: { timeout: PATIENCE } },
    browser: {
      enabled: true,
      headless: true,
      provider: systemChromium(),
      instances: [{ browser: 'chromium' as const }],
      screenshotFailures: false,
      ...extra,
    },
  };
}

export default defineConfig({
  test: {
    // CI reads the totals from the JSON report to print its closing "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          environment: 'node',
          testTimeout: NODE_TEST_TIMEOUT,
          // Server rendering in Node with no DOM (testing/server-render.ssr.test.tsx).
          include: [
            'packages/core/src/**/*.test.ts',
            'testing/**/*.ssr.test.tsx',
            // Pure modules of the SIP package (no React, no DOM) run in Node: SIP_NODE_TESTS.
            'packages/sip/src/**/*.test.ts',
            // No import cycles in the source (issue 18).
            'testing/import-cycles.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        resolve,
        optimizeDeps,
        test: {
          name: 'browser',
          ...inChromium({ commands: docCommands }),
          include: [
            'packages/{wheel,sip,elements}/src/**/*.test.{ts,tsx}',
            'packages/follow-up/src/**/*.test.{ts,tsx}',
            'apps/demo/src/**/*.test.{ts,tsx}',
            'testing/**/*.test.tsx',
            'docs/**/*.test.tsx',
          ],
          exclude: ['**/node_modules/**', '**/*.ssr.test.tsx', SIP_NODE_TESTS],
          setupFiles: ['testing/browser-setup.ts'],
          provide: { reactMajor: 19 },
          // Storybook's a11y addon fails a composed story only in a standalone Vitest run, which it
          // recognises by this variable (the storybook project gets it from storybookTest()).
          env: { VITEST_STORYBOOK: 'false' },
        },
      },
      {
        plugins: [react()],
        resolve: { ...resolve, alias: react18 },
        optimizeDeps,
        test: {
          name: 'react18',
          ...inChromium(),
          // The React packages' own tests; the demo and the custom elements bundle React 19.
          include: [
            'packages/{wheel,sip}/src/**/*.test.{ts,tsx}',
            'packages/follow-up/src/**/*.test.{ts,tsx}',
            'testing/react-version.test.tsx',
          ],
          exclude: ['**/node_modules/**', SIP_NODE_TESTS],
          setupFiles: ['testing/browser-setup.ts'],
          provide: { reactMajor: 18 },
        },
      },
      {
        // End-to-end: the demo's production build, served with its CSP, driven by playwright-core.
        resolve,
        ssr,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/demo/e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/demo/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        resolve,
        optimizeDeps,
        test: {
          name: 'storybook',
          ...inChromium(),
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
