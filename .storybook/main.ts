import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook for the editor's parts: node cards, palette, inspector, rule builder. It reuses the app's
 * vite.config.ts (React plugin, Monaco's bundled ES-module workers), so nothing is fetched from a CDN
 * and the build works offline.
 */
const config: StorybookConfig = {
  stories: ['../editor/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    // Monaco's chunk is large by nature and loads only with the raw-JSON rule editor.
    return { ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 5000 } };
  },
};

export default config;
