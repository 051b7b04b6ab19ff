import '@xyflow/react/dist/base.css';
import '../editor/styles/index.css';
import '../editor/node-views/core-views';
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
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
};

export default preview;
