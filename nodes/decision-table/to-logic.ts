import type { LogicExpression } from '../../runtime/node/index';
import { isoAt } from './cell';
import type { ResolvedInput } from './columns';
import type { CellTest, Interval } from './tests';

/*
 * A row's cells as one JSONLogic condition for the runtime's safe evaluator: `and` over the columns,
 * `in` for texts, comparisons for ranges (dates compare as instants, see runtime/logic/instants.ts).
 * A missing value (null) matches only "-": numeric tests check for it first.
 */

function bound(value: number, column: ResolvedInput): number | string {
  return column.type === 'datetime' ? isoAt(value, column.column.timeZone) : value;
}

function intervalLogic(read: LogicExpression, range: Interval, column: ResolvedInput): LogicExpression {
  const parts: LogicExpression[] = [{ '!=': [read, null] }];
  if (Number.isFinite(range.lo)) parts.push({ [range.loIn ? '>=' : '>']: [read, bound(range.lo, column)] });
  if (Number.isFinite(range.hi)) parts.push({ [range.hiIn ? '<=' : '<']: [read, bound(range.hi, column)] });
  return parts.length === 1 ? parts[0]! : { and: parts };
}

/** The condition one cell puts on its column's value; null for "-". */
export function cellLogic(test: CellTest, column: ResolvedInput): LogicExpression | null {
  const read = column.read;
  switch (test.kind) {
    case 'any':
      return null;
    case 'ranges': {
      const each = test.ranges.map((range) => intervalLogic(read, range, column));
      return each.length === 1 ? each[0]! : { or: each };
    }
    case 'set': {
      if (column.type === 'boolean') return { '===': [read, test.values[0] === 'true'] };
      const inSet = { in: [read, [...test.values]] };
      return test.negated ? { '!': [inSet] } : inSet;
    }
  }
}

/** A whole row: every non-"-" cell must hold; a row of "-" is `true`. */
export function rowLogic(tests: readonly CellTest[], columns: readonly ResolvedInput[]): LogicExpression {
  const parts: LogicExpression[] = [];
  tests.forEach((test, i) => {
    const logic = cellLogic(test, columns[i]!);
    if (logic !== null) parts.push(logic);
  });
  return parts.length === 0 ? true : parts.length === 1 ? parts[0]! : { and: parts };
}
