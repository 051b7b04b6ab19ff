import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/**
 * End-to-end tests drive the built editor, as users get it: build once, serve it with Vite's preview
 * server on a free local port, and hand the address to the tests. The build goes to a directory of
 * its own, not dist/: another `npm run build` or test run on the same checkout empties dist/ while
 * these tests would be loading pages from it.
 */
export default async function setup(project: TestProject) {
  const configFile = new URL('../../vite.config.ts', import.meta.url).pathname;
  const outDir = await mkdtemp(join(tmpdir(), 'orderflow-e2e-build-'));
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    configFile,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('editorUrl', address);
  // The server e2e test serves the same build again, with /api proxied to a real OrderFlow server.
  project.provide('editorDir', outDir);
  return async () => {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    editorUrl: string;
    editorDir: string;
  }
}
