import { stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ordersFormat } from '../io/read-orders';

/**
 * Below this size one thread is quicker: a worker spends ~1 s of CPU loading the sources and building
 * the flow before its first order (8 MiB ≈ 9,000 example orders ≈ 0.3 s on one thread).
 */
export const AUTO_MIN_BYTES = 8 * 1024 * 1024;
/** More workers than this only add start-up cost and memory: the main thread's reading becomes the limit. */
export const AUTO_MAX_WORKERS = 4;

/**
 * Cores nobody is using (one-minute load average; 0 on Windows, which has none). Workers on busy cores
 * only add their start-up: on our shared 2-core machine at load ~16, 2 workers took as long as one
 * thread for 1M orders while using 1.3-1.4× the CPU (bench/simulate-file.ts).
 */
function idleCores(): number {
  return availableParallelism() - (loadavg()[0] ?? 0);
}

/**
 * How many worker threads run a simulation: `--workers` when given; else, for a JSON Lines file of
 * AUTO_MIN_BYTES or more, one per idle core (up to AUTO_MAX_WORKERS) when at least two are idle; else 1
 * (the main thread alone). Only JSON Lines is split: a `.json` array is read element by element.
 */
export async function workerCount(cwd: string, ordersPath: string, requested: number | undefined): Promise<number> {
  if (ordersFormat(ordersPath) !== 'jsonl') return 1;
  if (requested !== undefined) return requested;
  const idle = Math.round(idleCores());
  if (idle < 2) return 1;
  // A file that cannot be read is refused by the reader, with its reason: here it just means one thread.
  const size = await stat(resolve(cwd, ordersPath)).then(
    (info) => (info.isFile() ? info.size : 0),
    () => 0,
  );
  return size >= AUTO_MIN_BYTES ? Math.min(idle, AUTO_MAX_WORKERS) : 1;
}
