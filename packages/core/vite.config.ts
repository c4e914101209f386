import { defineConfig } from 'vite';
import { libConfig } from '../../scripts/vite-lib.ts';

export default defineConfig(
  libConfig({
    root: import.meta.dirname,
    preserveModules: true,
    entries: {
      index: 'src/index.ts',
      'content/index': 'src/content/index.ts',
      'sip/index': 'src/sip/index.ts',
      'compare/index': 'src/compare/index.ts',
      'form/index': 'src/form/index.ts',
      'follow-up/index': 'src/follow-up/index.ts',
      'privacy/index': 'src/privacy/index.ts',
      'geometry/index': 'src/geometry/index.ts',
      'csv/index': 'src/csv/index.ts',
      'fhir/index': 'src/fhir/index.ts',
      'svg/index': 'src/svg/index.ts',
      'language/index': 'src/language/index.ts',
      'content/packs/shanarri': 'src/content/packs/shanarri.ts',
      'content/packs/sex-omraden': 'src/content/packs/sex-omraden.ts',
    },
  }),
);
