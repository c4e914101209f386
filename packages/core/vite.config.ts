import { defineConfig } from 'vite';
import { libConfig } from '../../scripts/vite-lib.ts';

export default defineConfig(
  libConfig({
    root: import.meta.dirname,
    entries: {
      index: 'src/index.ts',
      'content/packs/shanarri': 'src/content/packs/shanarri.ts',
      'content/packs/sex-omraden': 'src/content/packs/sex-omraden.ts',
    },
  }),
);
