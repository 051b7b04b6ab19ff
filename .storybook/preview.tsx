import '@xyflow/react/dist/base.css';
import '../editor/styles/index.css';
import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Editor language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // The editor's tokens switch on <html data-theme>, as the app's theme toggle sets it.
  decorators: [
    (Story, context) => {
      document.documentElement.dataset.theme = context.parameters.theme ?? context.globals.theme ?? 'light';
      return <Story />;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
};

export default preview;
