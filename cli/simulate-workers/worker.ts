/**
 * A simulate worker: compiles the flow it is given (and builds its module, as the main thread would),
 * then for every block of lines it is sent, runs them with `runBatch` into a summary of that block alone
 * and sends it back. The pool merges the blocks' summaries in file order.
 */
import '../../runtime/zod-jitless';
import { parentPort, workerData } from 'node:worker_threads';
import { coreRegistry } from '../../nodes/index';
import { compileFlow, runBatch, type RunContext } from '../../runtime/index';
import { importBuilt } from '../commands/build';
import { blockRecords, LineTooLong } from './block-records';
import type { BlockMessage, ResultMessage, WorkerSetup } from './messages';

const setup = workerData as WorkerSetup;
const compiled = compileFlow(setup.flow, coreRegistry);
if (!compiled.ok) throw new Error('the flow compiled on the main thread but not in a worker');
const plan = compiled.plan;
const built = await importBuilt(plan, coreRegistry, coreRegistry);
const context = setup.context as RunContext;
const port = parentPort!;

async function runBlock({ index, firstLine, bytes }: BlockMessage): Promise<ResultMessage> {
  try {
    const { summary } = await runBatch(
      plan,
      blockRecords(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), firstLine),
      context,
      {
        ...(built ? { runner: built } : {}),
        decisions: setup.decisions,
        pause: () => Promise.resolve(),
        chunkSize: Number.MAX_SAFE_INTEGER,
      },
    );
    return { index, summary };
  } catch (error) {
    if (error instanceof LineTooLong) return { index, tooLongLine: error.line };
    throw error;
  }
}

// One block at a time, in the order sent: the pool reads the answers in that order.
let queue = Promise.resolve();
port.on('message', (message: BlockMessage) => {
  queue = queue.then(async () => port.postMessage(await runBlock(message)));
});
