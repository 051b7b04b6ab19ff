import type { LogicExpression, NodeIssue } from '../../runtime/node/index';
import { parseInputCell, showValue } from './cell';
import { resolveInput, type ResolvedInput } from './columns';
import { parseOutputCell, type OutputValue } from './outputs';
import type { DecisionTableConfig } from './table.schema';
import { rowLogic } from './to-logic';
import type { CellTest } from './tests';
import type { TableWords } from './words';
import { findGaps, findOverlaps } from './coverage';

/** A row with its cells parsed: tests by input column, values by output column (null = sets nothing). */
export interface BuiltRow {
  /** 1-based, as people count rows. */
  readonly number: number;
  readonly tests: readonly CellTest[];
  /** The non-"-" input cells as written, for notes ("gold", ">= ¥800"). */
  readonly shown: readonly string[];
  readonly outputs: readonly (OutputValue | null)[];
  readonly logic: LogicExpression;
}

export interface BuiltTable {
  readonly config: DecisionTableConfig;
  readonly inputs: readonly ResolvedInput[];
  readonly rows: readonly BuiltRow[];
  /** Index of the discount output column, or -1. */
  readonly discount: number;
  /** Index of the output column the priority policy ranks by. */
  readonly rankBy: number;
}

/**
 * Parses and checks a whole table: columns, every cell, the hit policy's rules, then (when all that
 * holds) overlapping rows and uncovered inputs. Every problem is reported, with its path in the config.
 */
export function buildTable(
  config: DecisionTableConfig,
  say: TableWords,
): { readonly issues: NodeIssue[]; readonly table: BuiltTable | null } {
  const issues: NodeIssue[] = [];
  const error = (path: (string | number)[], message: string) =>
    issues.push({ code: 'invalid-config', severity: 'error', path, message });

  const ids = new Set<string>();
  const checkId = (id: string, path: (string | number)[]) => {
    if (ids.has(id)) error(path, say.duplicateColumn(id));
    ids.add(id);
  };
  config.inputs.forEach((c, i) => checkId(c.id, ['inputs', i, 'id']));
  config.outputs.forEach((c, i) => checkId(c.id, ['outputs', i, 'id']));

  const inputs: ResolvedInput[] = [];
  config.inputs.forEach((column, i) => {
    const resolved = resolveInput(column, config.perLine, say);
    if (resolved.ok) inputs.push(resolved.input);
    else error(['inputs', i, resolved.at], resolved.message);
  });

  const discounts = config.outputs.flatMap((c, i) => (c.kind === 'discount' ? [i] : []));
  discounts.slice(1).forEach((i) => error(['outputs', i, 'kind'], say.oneDiscountColumn()));
  const discount = discounts[0] ?? -1;
  if (discount >= 0 && config.hitPolicy === 'collect' && (config.aggregate === 'list' || config.aggregate === 'count'))
    error(['aggregate'], say.aggregateDiscount(config.aggregate));

  let rankBy = 0;
  if (config.hitPolicy === 'priority' && config.priorityBy !== '') {
    rankBy = config.outputs.findIndex((c) => c.id === config.priorityBy);
    if (rankBy < 0) error(['priorityBy'], say.priorityColumn(config.priorityBy));
  }
  const ranked = config.hitPolicy === 'priority' ? config.outputs[rankBy] : undefined;
  const rankedIsText =
    ranked !== undefined && ranked.kind !== 'discount' && !(ranked.kind === 'attribute' && ranked.type === 'number');
  if (ranked && rankedIsText && ranked.values.length === 0)
    error(['outputs', rankBy, 'values'], say.priorityNeedsValues(ranked.id));

  const inputIds = new Set(config.inputs.map((c) => c.id));
  const outputIds = new Set(config.outputs.map((c) => c.id));
  const rows: BuiltRow[] = [];
  const rankKinds = new Set<string>();
  config.rows.forEach((row, r) => {
    for (const key of Object.keys(row.when))
      if (!inputIds.has(key)) error(['rows', r, 'when', key], say.unknownColumn(key, 'input'));
    for (const key of Object.keys(row.then))
      if (!outputIds.has(key)) error(['rows', r, 'then', key], say.unknownColumn(key, 'output'));
    const tests: CellTest[] = [];
    const shown: string[] = [];
    inputs.forEach((input) => {
      const text = Object.hasOwn(row.when, input.column.id) ? row.when[input.column.id]! : '-';
      const parsed = parseInputCell(text, input, say);
      if (!parsed.ok) return error(['rows', r, 'when', input.column.id], parsed.message);
      tests.push(parsed.test);
      if (parsed.test.kind !== 'any') shown.push(text.trim());
    });
    const outputs: (OutputValue | null)[] = [];
    config.outputs.forEach((column, o) => {
      const text = Object.hasOwn(row.then, column.id) ? row.then[column.id]! : '';
      const parsed = parseOutputCell(text, column, say);
      if (!parsed.ok) return error(['rows', r, 'then', column.id], parsed.message);
      outputs.push(parsed.value);
      if (o === rankBy && ranked && parsed.value) {
        rankKinds.add(parsed.value.kind);
        if (rankedIsText && ranked.values.length > 0 && !ranked.values.includes(text.trim()))
          error(['rows', r, 'then', column.id], say.notInValues(text.trim(), ranked.values));
      }
    });
    if (tests.length === inputs.length && outputs.length === config.outputs.length)
      rows.push({ number: r + 1, tests, shown, outputs, logic: rowLogic(tests, inputs) });
  });
  if (rankKinds.has('percent') && rankKinds.has('amount')) error(['priorityBy'], say.priorityMixes());
  if (config.hitPolicy === 'first') {
    const last = rows.length === config.rows.length ? rows[rows.length - 1] : undefined;
    if (rows.length === config.rows.length && (!last || last.tests.some((t) => t.kind !== 'any')))
      error(config.rows.length > 0 ? ['rows', config.rows.length - 1] : ['rows'], say.firstNeedsCatchAll());
  }
  if (issues.length > 0 || inputs.length !== config.inputs.length) return { issues, table: null };

  if (config.hitPolicy === 'unique')
    for (const overlap of findOverlaps(rows, inputs))
      issues.push({
        code: 'table-overlap',
        severity: 'error',
        path: ['rows', overlap.b - 1],
        message: say.overlap(overlap.a, overlap.b, showExample(overlap.example, inputs)),
      });
  if (config.hitPolicy !== 'first') {
    const gaps = findGaps(rows, inputs);
    if (gaps.tooMany !== undefined)
      issues.push({
        code: 'table-gap',
        severity: 'warning',
        path: ['rows'],
        message: say.tooManyCombinations(gaps.tooMany),
      });
    gaps.examples.forEach((example) =>
      issues.push({
        code: 'table-gap',
        severity: 'warning',
        path: ['rows'],
        message: say.gap(showExample(example, inputs)),
      }),
    );
    if (gaps.count > gaps.examples.length)
      issues.push({
        code: 'table-gap',
        severity: 'warning',
        path: ['rows'],
        message: say.moreGaps(gaps.count - gaps.examples.length),
      });
  }
  const failed = issues.some((issue) => issue.severity === 'error');
  return { issues, table: failed ? null : { config, inputs, rows, discount, rankBy } };
}

/** "customer.tier = gold, totals.subtotal = ¥800.00" for the columns the example pins down (null = any). */
function showExample(example: readonly (number | string | null)[], inputs: readonly ResolvedInput[]): string {
  const parts: string[] = [];
  example.forEach((value, i) => {
    if (value !== null) parts.push(`${inputs[i]!.header} = ${showValue(value, inputs[i]!)}`);
  });
  return parts.join(', ');
}
