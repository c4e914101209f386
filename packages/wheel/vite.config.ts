import { defineConfig } from 'vite';
import { libConfig } from '../../scripts/vite-lib.ts';

export default defineConfig(
  libConfig({
    root: import.meta.dirname,
    entries: { index: 'src/index.ts', internal: 'src/internal/index.ts' },
    client: true,
    css: 'src/styles.css',
  }),
);
