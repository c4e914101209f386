import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: [
    '../docs/storybook/**/*.mdx',
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    config.resolve ??= {};
    // Workspace packages resolve to source: no build needed before Storybook.
    config.resolve.conditions = ['@barnets-basta/source', ...defaultClientConditions];
    config.build ??= {};
    const onwarn = (warning: { code?: string }, warn: (w: { code?: string }) => void) => {
      // framer-motion's "use client" directives are meaningless in a client bundle (TOOLCHAIN.md trap 6).
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
      warn(warning);
    };
    config.build.rollupOptions = { ...config.build.rollupOptions, onwarn };
    config.build.chunkSizeWarningLimit = 2000;
    return config;
  },
};
export default config;
