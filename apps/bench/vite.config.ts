import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

/**
 * The contender pages of the speed benchmark (and of its follow-up view phase), built for production. Unlike the demo, the
 * workspace packages resolve to their built `dist/` (no source condition): what a host installs.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    rollupOptions: {
      input: {
        floor: page('floor'),
        recharts: page('recharts'),
        wheel: page('wheel'),
        // Issue 14: the distribution view for 290 units beside recharts' BarChart.
        'follow-up': page('follow-up'),
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
