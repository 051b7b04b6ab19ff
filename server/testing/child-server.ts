/** Starts the server as a child process (bundled once with esbuild, so restarts are quick) and kills it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

const REPO = join(import.meta.dirname, '..', '..');

/** Bundles server/testing/crash-child.ts with its packages left external; returns the file to run. */
export async function bundleChild(): Promise<string> {
  const dir = join(REPO, 'node_modules', '.cache', 'orderflow');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `crash-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Child {
  readonly process: ChildProcess;
  readonly exited: Promise<number | null>;
}

/** Runs the bundle and resolves once it printed "listening". */
export function startChild(bundle: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, [bundle], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('listening ')) resolve({ process: child, exited });
    });
    void exited.then((code) =>
      reject(new Error(`the server exited (${code}) before listening: ${errors.slice(-2000)}`)),
    );
  });
}
