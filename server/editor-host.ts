import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';

const REPO = join(import.meta.dirname, '..');
const isServerPath = (url: string | undefined) => /^\/(api\/|healthz|readyz|metrics)/.test(url ?? '');

/**
 * The editor on the API's port, so the browser talks to the API on the same origin (cookies stay
 * SameSite=Strict): Vite in middleware mode for development (no build step), or the built dist/.
 */
export async function hostEditor(fastify: FastifyInstance, config: ServerConfig): Promise<{ close(): Promise<void> }> {
  if (config.editor === 'off') return { close: async () => {} };
  if (config.editor === 'dist') {
    const root = join(REPO, 'dist');
    if (!existsSync(join(root, 'index.html')))
      throw new Error('ORDERFLOW_EDITOR=dist but dist/index.html is missing: run `npm run build` first');
    const { default: fastifyStatic } = await import('@fastify/static');
    await fastify.register(fastifyStatic, { root, wildcard: false });
    return { close: async () => {} };
  }
  const [{ default: middie }, { createServer }] = await Promise.all([import('@fastify/middie'), import('vite')]);
  await fastify.register(middie);
  const vite = await createServer({
    configFile: join(REPO, 'vite.config.ts'),
    server: { middlewareMode: true, ws: { server: fastify.server } },
    appType: 'spa',
  });
  fastify.use((req, res, next) => (isServerPath(req.url) ? next() : vite.middlewares(req, res, next)));
  return { close: () => vite.close() };
}
