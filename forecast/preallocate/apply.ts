import type { RunContext } from '../../runtime/index';
import { bump } from '../../runtime/index';
import type { Transfer } from './transfers';

/**
 * The world after the transfers a person approved have arrived: a new context (the given one is not
 * changed) whose stock the simulation can run on. A transfer naming an unknown warehouse, or taking
 * more than its source holds, is refused with its SKU and warehouses.
 */
export function applyTransfers(ctx: RunContext, accepted: readonly Transfer[]): RunContext {
  const next = structuredClone(ctx);
  const byId = new Map(next.warehouses.map((w) => [w.id, w]));
  for (const t of accepted) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to)
      throw new Error(
        `transfer of ${t.sku} from ${t.from} to ${t.to}: the context has no warehouse ${from ? t.to : t.from}`,
      );
    const have = Object.hasOwn(from.stock, t.sku) ? from.stock[t.sku]! : 0;
    if (have < t.units)
      throw new Error(`transfer of ${t.units} ${t.sku} from ${t.from} to ${t.to}: ${t.from} holds only ${have}`);
    bump(from.stock, t.sku, -t.units);
    bump(to.stock, t.sku, t.units);
  }
  return next;
}
