import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/**
 * End-to-end tests drive the built editor, as users get it: build once, serve it with Vite's preview
 * server on a free local port, and hand the address to the tests.
 */
export default async function setup(project: TestProject) {
  const configFile = new URL('../../vite.config.ts', import.meta.url).pathname;
  await build({ configFile, logLevel: 'warn' });
  server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('editorUrl', address);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    editorUrl: string;
  }
}
