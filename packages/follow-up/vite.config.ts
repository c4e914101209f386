import { defineConfig } from 'vite';
import { libConfig } from '../../scripts/vite-lib.ts';

export default defineConfig(
  libConfig({
    root: import.meta.dirname,
    // The journey view draws the wheel: its own entry, so a host that only shows statistics
    // never loads the rating input.
    entries: { index: 'src/index.ts', journey: 'src/journey/index.ts' },
    client: true,
    css: 'src/styles.css',
  }),
);
