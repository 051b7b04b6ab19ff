import '../runtime/zod-jitless';
import '@xyflow/react/dist/base.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appRegistry } from './app-registry';
import { App } from './app/App';
import { initialFlow } from './app/initial-flow';
import { createEditorStore } from './store/editor-store';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

void initialFlow(appRegistry).then((flow) => {
  const store = createEditorStore({ registry: appRegistry, flow });
  root.render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
});
