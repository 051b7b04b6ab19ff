/**
 * The real OrderFlow server for the e2e test, as `npm start` runs it (bin/orderflow-server.mjs), in a
 * child process on a random port over a temp data dir; and the e2e build served by Vite's preview
 * server with /api proxied to it, so the browser sees one origin (SameSite=Strict cookies work).
 * A child, not an import: nothing in editor/ may import server/ (scripts/layers.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

const REPO = join(import.meta.dirname, '..', '..');

export interface LiveServer {
  /** The editor and the API, same origin. */
  readonly url: string;
  /** The API directly (for the test's own requests). */
  readonly apiUrl: string;
  stop(): Promise<void>;
}

function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
}

export async function startLiveServer(editorDir: string, adminPassword: string): Promise<LiveServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'orderflow-e2e-server-'));
  const child = spawn(process.execPath, [join(REPO, 'bin', 'orderflow-server.mjs')], {
    cwd: REPO,
    env: {
      ...process.env,
      ORDERFLOW_PORT: '0',
      ORDERFLOW_DATA_DIR: dataDir,
      ORDERFLOW_EDITOR: 'off',
      ORDERFLOW_ADMIN_PASSWORD: adminPassword,
      ORDERFLOW_LOG_LEVEL: 'info',
      // Webhooks may go to this machine; one failed attempt makes a dead letter (the Failed deliveries page).
      ORDERFLOW_OUTBOUND_HOSTS: '127.0.0.1',
      ORDERFLOW_OUTBOX_MAX_ATTEMPTS: '1',
      ORDERFLOW_SWEEP_INTERVAL_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let web: PreviewServer | undefined;
  try {
    const apiUrl = await waitForAddress(child);
    web = await preview({
      configFile: join(REPO, 'vite.config.ts'),
      build: { outDir: editorDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, proxy: { '/api': apiUrl } },
      logLevel: 'warn',
    });
    const url = web.resolvedUrls?.local[0]?.replace(/\/$/, '');
    if (!url) throw new Error('the preview server did not report its address');
    const server = web;
    return {
      url,
      apiUrl,
      async stop() {
        await server.close();
        await stopChild(child);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await web?.close();
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** SIGTERM is the server's graceful shutdown; the exit is awaited so the data dir can go. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
