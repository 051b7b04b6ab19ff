import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

let browser: Browser;
let server: Server;
let dir: string;
let base: string;

/** Builds Storybook as CI does (into a directory of its own) and serves it on a free local port. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderflow-storybook-'));
  await promisify(execFile)(
    process.execPath,
    ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '--quiet', '--disable-telemetry', '-o', dir],
    { cwd: REPO, maxBuffer: 64 * 1024 * 1024 },
  );
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    try {
      const body = await readFile(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Storybook', () => {
  // Dozens of stories, four pages at a time: room for a loaded machine, not a speed check.
  it('renders every story offline, without errors, Monaco included', { timeout: 300_000 }, async () => {
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; type: string }>;
    };
    const ids = Object.values(index.entries)
      .filter((e) => e.type === 'story')
      .map((e) => e.id);
    expect(ids.length).toBeGreaterThan(15);
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    // Offline: anything not served from the build is refused and reported.
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const failures: string[] = [];
    const queue = [...ids];
    const worker = async () => {
      const page = await context.newPage();
      for (let id = queue.shift(); id; id = queue.shift()) {
        const errors: string[] = [];
        const onError = (error: Error) => errors.push(error.message);
        const onConsole = (message: { type(): string; text(): string }) =>
          void (message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', onError);
        page.on('console', onConsole);
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
        await page
          .locator('#storybook-root > *')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => errors.push('nothing rendered'));
        // The raw-JSON rule story loads Monaco lazily from the build.
        if (id.includes('raw-mode'))
          await page
            .locator('.monaco-editor .view-lines')
            .waitFor({ timeout: 15_000 })
            .catch(() => errors.push('Monaco did not load'));
        if (id.startsWith('canvas-'))
          await page
            .locator('.react-flow__node .card')
            .first()
            .waitFor()
            .catch(() => errors.push('no card'));
        if (await page.locator('.sb-show-errordisplay').count())
          errors.push((await page.locator('#error-message').textContent()) ?? 'error display');
        page.off('pageerror', onError);
        page.off('console', onConsole);
        if (errors.length > 0) failures.push(`${id}: ${errors.join('; ')}`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await context.close();
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
  });
});
