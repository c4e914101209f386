import { defineConfig, mergeConfig } from 'vite';
import { libConfig } from '../../scripts/vite-lib.ts';

// React is bundled (hosts have none). Two builds:
// - ES module `dist/index.js`: what most hosts load; the SIP plan's React body is a lazy chunk, so
//   a page with only <bb-wheel> loads less.
// - Classic script `dist/bb-elements.iife.js` (BB_FORMAT=iife): one file for platforms that
//   cannot load modules; everything inlined.
const classic = process.env.BB_FORMAT === 'iife';

export default defineConfig(
  mergeConfig(
    libConfig({ root: import.meta.dirname, entries: { index: 'src/index.ts' }, bundleAll: true }),
    classic
      ? {
          build: {
            minify: true,
            emptyOutDir: false,
            lib: {
              name: 'BarnetsBastaElements',
              formats: ['iife'],
              fileName: () => 'bb-elements.iife.js',
            },
            rollupOptions: {
              output: { codeSplitting: false, entryFileNames: 'bb-elements.iife.js' },
            },
          },
        }
      : { build: { minify: true } },
  ),
);
