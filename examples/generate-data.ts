/**
 * Generates the example data set: `npm run generate:data` (or `tsx examples/generate-data.ts`).
 * Pure and seeded: the same seed, count and `now` always give byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OrderInput } from '../runtime/index';
import { generateContext } from './generator/context';
import { customerPool } from './generator/customers';
import { maybeBreak } from './generator/invalid';
import { buildOrder } from './generator/orders';
import { mulberry32 } from './generator/random';
import { SINGLE_ORDERS } from './generator/single-orders';

export { generateContext } from './generator/context';
export { SINGLE_ORDERS } from './generator/single-orders';

export const DEFAULTS = Object.freeze({ seed: 20261111, count: 2400, now: '2026-11-11T10:00:00+08:00' });

export interface GenerateOptions {
  readonly seed: number;
  readonly count: number;
  /** The run clock: orders are created in the days before it. */
  readonly now: string;
}

/**
 * Realistic orders across nine channels. About 1% are deliberately invalid (see generator/invalid.ts):
 * they are typed as OrderInput for convenience but break one schema rule each, so runs reject them.
 */
export function generateOrders({ seed, count, now }: GenerateOptions): OrderInput[] {
  const rng = mulberry32(seed);
  const pools = { cn: customerPool(rng, 'cn', 700), us: customerPool(rng, 'us', 300) };
  const nowMs = Date.parse(now);
  const orders: OrderInput[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const order = buildOrder(rng, seq, nowMs, pools);
    maybeBreak(order, seq);
    orders.push(order);
  }
  return orders;
}

function writeDataSet(dir: string, options: GenerateOptions): void {
  mkdirSync(join(dir, 'orders'), { recursive: true });
  const orders = generateOrders(options);
  writeFileSync(join(dir, 'orders.jsonl'), orders.map((order) => JSON.stringify(order)).join('\n') + '\n');
  writeFileSync(join(dir, 'context.json'), JSON.stringify(generateContext({ now: options.now }), null, 2) + '\n');
  for (const [name, order] of Object.entries(SINGLE_ORDERS)) {
    writeFileSync(join(dir, 'orders', `${name}.json`), JSON.stringify(order, null, 2) + '\n');
  }
  process.stdout.write(
    `wrote ${orders.length} orders, context and ${Object.keys(SINGLE_ORDERS).length} single orders to ${dir}\n`,
  );
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) writeDataSet(join(dirname(fileURLToPath(import.meta.url)), 'data'), DEFAULTS);
