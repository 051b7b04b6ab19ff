/**
 * The orders every suite runs: the example data generator (examples/generate-data.ts), seeded, validated
 * ONCE here at the boundary. About 1% of its orders are deliberately invalid; they are dropped here.
 */
import { DEFAULTS, generateContext, generateOrders } from '../examples/generate-data';
import { parseOrder, runContextSchema, type RunContext, type Order } from '../runtime/index';

export interface OrderSet {
  /** The order JSON as generated (what a boundary receives) of the first `rawKept` valid orders. */
  readonly raw: readonly unknown[];
  /**
   * The same orders as `parseOrder` gives them to every host (defaults filled), ready for `runOrder` and the
   * other engines. Not zod's own parse: without its compiled fast path (zod runs jitless here) zod builds
   * objects of another shape, which makes every later property read slower than a host's orders.
   */
  readonly orders: readonly Order[];
  readonly generated: number;
  readonly rejected: number;
  readonly validateSeconds: number;
}

export const NOW = DEFAULTS.now;

export function benchOrders(count: number, rawKept = count, seed = DEFAULTS.seed): OrderSet {
  const generated = generateOrders({ seed, count, now: NOW });
  const raw: unknown[] = [];
  const orders: Order[] = [];
  const started = process.hrtime.bigint();
  for (const input of generated) {
    const parsed = parseOrder(input);
    if (parsed.success) {
      if (raw.length < rawKept) raw.push(input);
      orders.push(parsed.data);
    }
  }
  const validateSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { raw, orders, generated: generated.length, rejected: generated.length - orders.length, validateSeconds };
}

export function exampleContext(): RunContext {
  return runContextSchema.parse(generateContext({ now: NOW }));
}
