import { defineConfig, mergeConfig } from 'vite';
import { libConfig } from '../../scripts/vite-lib.ts';

// React is bundled (hosts have none). Two files: an ES module and a classic script for platforms
// that cannot load modules. One file each, so a host copies a single asset.
export default defineConfig(
  mergeConfig(libConfig({ root: import.meta.dirname, entries: { index: 'src/index.ts' }, bundleAll: true }), {
    build: {
      minify: true,
      lib: { name: 'BarnetsBastaElements', formats: ['es', 'iife'], fileName: (format: string) => (format === 'es' ? 'index.js' : 'bb-elements.iife.js') },
      rollupOptions: { output: { inlineDynamicImports: true, entryFileNames: undefined } },
    },
  }),
);
