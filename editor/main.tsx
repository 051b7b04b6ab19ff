import '@xyflow/react/dist/base.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { coreRegistry } from '../nodes/index';
import { App } from './app/App';
import { initialFlow } from './app/initial-flow';
import './node-views/core-views';
import { createEditorStore } from './store/editor-store';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

void initialFlow(coreRegistry).then((flow) => {
  const store = createEditorStore({ registry: coreRegistry, flow });
  root.render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
});
