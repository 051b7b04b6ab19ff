import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // The app lives in editor/ (index.html there); runtime/, nodes/ and examples/ are imported from it.
  root: 'editor',
  plugins: [react()],
  server: { port: 5173, strictPort: false, fs: { allow: [repoRoot] } },
  preview: { port: 4173 },
  // Monaco's language workers are bundled as local ES-module worker chunks (`?worker` imports): no CDN.
  worker: { format: 'es' },
  // Lazily imported packages are pre-bundled at dev start-up; otherwise the first lazy load finds
  // them "outdated" (504) and reloads the page.
  optimizeDeps: {
    include: [
      'elkjs/lib/elk.bundled.js',
      'dexie',
      '@monaco-editor/react',
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
    ],
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // Monaco's lazy chunk is large by nature; it never loads with the first page.
    chunkSizeWarningLimit: 4000,
  },
  test: {
    // Vitest would otherwise inherit `root: 'editor'` and miss runtime/, nodes/, examples/ and cli/.
    root: repoRoot,
    // A time limit is a hang detector, not a speed check (speed is npm run bench's job): generous, so a busy
    // 2-core machine does not fail a test that is merely slow.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['{runtime,nodes,examples,cli,bench,channels,forecast,server,health,scripts}/**/*.test.{ts,tsx}'],
          env: { ORDERFLOW_TEST_BACKEND: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          // The server's HTTP suite again, on PostgreSQL + BullMQ/Redis (server/testing/backends.ts). The
          // SQLite kill test has its scale-out twin in server/scale/.
          name: 'server-pg',
          environment: 'node',
          include: ['server/*.test.ts'],
          exclude: ['server/server.crash.test.ts'],
          env: { ORDERFLOW_TEST_BACKEND: 'postgres' },
        },
      },
      {
        extends: true,
        test: {
          name: 'editor',
          environment: 'jsdom',
          include: ['editor/**/*.test.{ts,tsx}'],
          exclude: ['editor/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          // The real editor in Debian's headless Chromium, built and served once for all e2e files.
          name: 'e2e',
          environment: 'node',
          include: ['editor/e2e/**/*.e2e.test.ts'],
          globalSetup: ['editor/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
