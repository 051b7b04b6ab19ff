import type { JsonValue } from '../../runtime/node/index';
import type { BuiltRow, BuiltTable } from './build-table';
import { numericOf, type OutputValue } from './outputs';

/** What the matched rows of one decision (the order, or one line) set, after the hit policy. */
export interface Decided {
  /** Discount values to compute and combine (several only under collect). */
  readonly discounts: readonly OutputValue[];
  readonly tags: readonly string[];
  readonly attributes: Readonly<Record<string, JsonValue>>;
}

/** The rows the hit policy keeps from those that matched (in table order). */
export function applyHitPolicy(table: BuiltTable, matched: readonly BuiltRow[]): readonly BuiltRow[] {
  if (matched.length <= 1) return matched;
  switch (table.config.hitPolicy) {
    case 'unique':
    case 'first':
      return matched.slice(0, 1);
    case 'collect':
      return matched;
    case 'priority': {
      const column = table.config.outputs[table.rankBy]!;
      const rank = (row: BuiltRow): number => {
        const value = row.outputs[table.rankBy];
        if (!value) return Number.NEGATIVE_INFINITY;
        const number = numericOf(value);
        if (number !== null) return number;
        const at = column.values.indexOf(String((value as { value: unknown }).value));
        return at < 0 ? Number.NEGATIVE_INFINITY : -at;
      };
      let best = matched[0]!;
      for (const row of matched.slice(1)) if (rank(row) > rank(best)) best = row;
      return [best];
    }
  }
}

const plain = (value: OutputValue): JsonValue =>
  value.kind === 'percent' ? value.percent : value.kind === 'amount' ? value.amount : value.value;

/** The outputs of the kept rows, combined by the collect aggregate when there are several. */
export function decide(table: BuiltTable, rows: readonly BuiltRow[]): Decided {
  const { outputs, aggregate, hitPolicy } = table.config;
  const discounts: OutputValue[] = [];
  const tags: string[] = [];
  const attributes: Record<string, JsonValue> = {};
  outputs.forEach((column, c) => {
    const values = rows.flatMap((row) => (row.outputs[c] ? [row.outputs[c]!] : []));
    if (values.length === 0) return;
    if (column.kind === 'discount') return void discounts.push(...values);
    if (column.kind === 'tag') {
      for (const v of values) if (!tags.includes(String(plain(v)))) tags.push(String(plain(v)));
      return;
    }
    const name = column.name || column.id;
    if (hitPolicy !== 'collect') return void (attributes[name] = plain(values[0]!));
    const numbers = values.map(numericOf).filter((n): n is number => n !== null);
    if (aggregate === 'count') attributes[name] = values.length;
    else if (aggregate === 'sum' && numbers.length === values.length)
      attributes[name] = numbers.reduce((a, b) => a + b, 0);
    else if (aggregate === 'min' && numbers.length === values.length) attributes[name] = Math.min(...numbers);
    else if (aggregate === 'max' && numbers.length === values.length) attributes[name] = Math.max(...numbers);
    else attributes[name] = values.map(plain);
  });
  return { discounts, tags, attributes };
}
