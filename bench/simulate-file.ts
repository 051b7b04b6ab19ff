/**
 * `npm run bench:simulate-file`: `orderflow simulate` end to end on a big JSON Lines file, as a person runs
 * it: the example orders (examples/data/orders.jsonl, ~1% invalid) repeated to SIM_ORDERS lines (default
 * 100,000 and 1,000,000) in a temporary directory, the benchmark flow, the example context, `--json`.
 * Each run is the real executable in a child process (start-up included), so its wall time, CPU time (all
 * threads) and peak RSS are its own; the settings in
 * SIM_WORKERS (default "1,auto") run interleaved, SIM_ROUNDS times, and the output of every run must be
 * byte-identical or the bench stops. Figures only; nothing is asserted about speed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = new URL('./simulate-file-usage.mjs', import.meta.url).href;
const SIZES = (process.env.SIM_ORDERS ?? '100000,1000000').split(',').map(Number);
const WORKERS = (process.env.SIM_WORKERS ?? '1,auto').split(',');
const ROUNDS = Number(process.env.SIM_ROUNDS ?? 1);

interface Figures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssKiB: number;
  readonly outputHash: string;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** The example lines repeated to `count` lines (the same orders again: as costly to read and run). */
async function writeOrders(path: string, count: number): Promise<void> {
  const lines = readFileSync(join(ROOT, 'examples/data/orders.jsonl'), 'utf8').split('\n').filter(Boolean);
  const out = createWriteStream(path);
  for (let i = 0; i < count; i += 1000) {
    const block: string[] = [];
    for (let j = i; j < Math.min(count, i + 1000); j++) block.push(lines[j % lines.length]!);
    if (!out.write(`${block.join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function runChild(ordersPath: string, workers: string): Promise<Figures> {
  const args = [
    'simulate',
    'examples/flows/promo-routing-decision.flow.json',
    ordersPath,
    '--context',
    'examples/data/context.json',
    '--json',
    ...(workers === 'auto' ? [] : ['--workers', workers]),
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', USAGE, 'bin/orderflow.mjs', ...args], { cwd: ROOT });
    const hash = createHash('sha256');
    let report = '';
    child.stdout.on('data', (chunk: Buffer) => hash.update(chunk));
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = report.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`simulate exited ${code}: ${report}`));
      const usage = JSON.parse(last) as Pick<Figures, 'cpuMs' | 'maxRssKiB'>;
      resolve({ ...usage, wallMs: performance.now() - started, outputHash: hash.digest('hex') });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'orderflow-simulate-bench-'));
try {
  console.log(`orderflow simulate, whole command (child process), settings ${WORKERS.join(' / ')} interleaved:`);
  for (const size of SIZES) {
    const path = join(dir, `orders-${size}.jsonl`);
    await writeOrders(path, size);
    const hashes = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const workers of round % 2 === 0 ? WORKERS : [...WORKERS].reverse()) {
        const before = load();
        const f = await runChild(path, workers);
        hashes.add(f.outputHash);
        console.log(
          `  ${size.toLocaleString('en-US').padStart(9)} orders  workers ${workers.padEnd(4)}  ` +
            `${Math.round((size * 1000) / f.wallMs)
              .toLocaleString('en-US')
              .padStart(7)} orders/s  wall ${(f.wallMs / 1000).toFixed(1)} s  ` +
            `CPU ${((f.cpuMs * 1000) / size).toFixed(1)} µs/order (all threads)  peak RSS ${Math.round(f.maxRssKiB / 1024)} MB  ` +
            `load ${before} → ${load()}`,
        );
      }
    }
    if (hashes.size !== 1) throw new Error(`the outputs of ${size} orders differ between settings`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
