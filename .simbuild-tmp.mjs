import { build } from 'vite';
import react from '@vitejs/plugin-react';
await build({
  configFile: false, root: '/work/main', logLevel: 'warn', plugins: [react()], worker: { format: 'es' },
  build: { outDir: '/tmp/simbuild-out', emptyOutDir: true, write: true, chunkSizeWarningLimit: 10000,
    rollupOptions: { input: '/work/main/editor/simulation/SimulationPanel.tsx', preserveEntrySignatures: 'exports-only', external: [] } },
});
