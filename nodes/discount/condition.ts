import type { CompiledLogic } from '../../runtime/node/index';
import type { PrepareTools } from '../../runtime/node/index';

/** Compiles an optional `when` condition once; null (or absent) means "always". */
export function prepareCondition(when: unknown, tools: PrepareTools): CompiledLogic | null {
  return when === null || when === undefined ? null : tools.logic(when);
}

/**
 * For `logic(config)`: where the node's condition sits, so flow validation checks it. The node skips orders in
 * any other currency before it evaluates `when`, so a configured currency pins the money it compares.
 */
export function conditionPaths(
  when: unknown,
  currency: string | undefined,
): { path: string[]; expression: unknown; currency?: string }[] {
  if (when === null || when === undefined) return [];
  return [{ path: ['when'], expression: when, ...(currency ? { currency } : {}) }];
}

/**
 * For `unpinnedMoney(config)`: the money fields that are set while the node names no currency. A node with a
 * currency skips orders in any other one, so its amounts cannot be read in the wrong currency.
 */
export function unpinnedMoneyFields(
  currency: string | undefined,
  fields: Readonly<Record<string, boolean>>,
): (readonly string[])[] {
  if (currency) return [];
  return Object.entries(fields)
    .filter(([, set]) => set)
    .map(([field]) => [field]);
}
