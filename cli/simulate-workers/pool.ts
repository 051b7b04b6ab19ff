import { Worker } from 'node:worker_threads';
import {
  createSummary,
  flowInfo,
  mergeSummary,
  type Plan,
  type RunContext,
  type SimulationSummary,
} from '../../runtime/index';
import { tooLongLine } from '../io/read-file';
import { lineBlocks } from './line-blocks';
import type { BlockMessage, ResultMessage, WorkerSetup } from './messages';

export interface WorkerRunOptions {
  readonly workers: number;
  readonly decisions: Readonly<Record<string, string>>;
  /** Bytes of orders per block sent to a worker (line-blocks.ts DEFAULT_BLOCK_BYTES); small in tests. */
  readonly blockBytes?: number;
}

const WORKER_ENTRY = new URL('./worker.mjs', import.meta.url);

/**
 * The bytes in an ArrayBuffer of their own, to be transferred: a small Buffer may sit in Node's shared
 * pool, which transferring would take away from every other Buffer in it.
 */
function ownBuffer(bytes: Buffer): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength;
  return whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/** A worker thread answering blocks in the order it was sent them. */
class BlockWorker {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: ResultMessage) => void; reject: (e: unknown) => void }[] = [];
  private failure: unknown;

  constructor(setup: WorkerSetup) {
    // execArgv []: the entry registers tsx itself, whatever the main thread was started with.
    this.worker = new Worker(WORKER_ENTRY, { workerData: setup, execArgv: [] });
    this.worker.on('message', (result: ResultMessage) => this.waiting.shift()?.resolve(result));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`a simulate worker stopped (exit code ${code})`)));
  }

  run(block: BlockMessage): Promise<ResultMessage> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const answer = new Promise<ResultMessage>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.worker.postMessage(block, [block.bytes.buffer as ArrayBuffer]);
    return answer;
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/**
 * `orderflow simulate` of a JSON Lines file on several threads: the main thread cuts the file into blocks
 * of whole lines (line-blocks.ts), the workers parse and run them (worker.ts), and their summaries are
 * merged in file order (`mergeSummary`: the merge of consecutive slices is exactly the summary of the
 * whole, key order included), so the result is byte for byte the single-thread one. At most two blocks
 * per worker are in flight, so memory does not grow with the file.
 */
export async function simulateInWorkers(
  cwd: string,
  ordersPath: string,
  plan: Plan,
  context: RunContext,
  options: WorkerRunOptions,
): Promise<SimulationSummary> {
  const summary = createSummary(flowInfo(plan));
  const setup: WorkerSetup = { flow: plan.flow, context, decisions: options.decisions };
  const workers = Array.from({ length: options.workers }, () => new BlockWorker(setup));
  const inFlight: Promise<ResultMessage>[] = [];
  const mergeNext = async () => {
    const result = await inFlight.shift()!;
    if ('tooLongLine' in result) throw tooLongLine('orders', ordersPath, result.tooLongLine);
    mergeSummary(summary, result.summary);
  };
  try {
    let index = 0;
    try {
      for await (const block of lineBlocks(cwd, ordersPath, options.blockBytes)) {
        const bytes = ownBuffer(block.bytes);
        const answer = workers[index % workers.length]!.run({ index, firstLine: block.firstLine, bytes });
        answer.catch(() => undefined); // awaited in order below; a failure must not go unhandled meanwhile
        inFlight.push(answer);
        index++;
        if (inFlight.length >= 2 * workers.length) await mergeNext();
      }
    } catch (error) {
      // A refusal while reading comes after the blocks already sent: theirs (an earlier line) wins.
      while (inFlight.length > 0) await mergeNext();
      throw error;
    }
    while (inFlight.length > 0) await mergeNext();
    return summary;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
