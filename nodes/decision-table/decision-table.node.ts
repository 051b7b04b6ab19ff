import type { JsonValue, Facts, LineItem, Order, Outcome, OutcomePatch } from '../../runtime/node/index';
import {
  truthy,
  type CompiledLogic,
  defineNode,
  type Locale,
  takePort,
  takeRows,
  type NodeResult,
} from '../../runtime/node/index';
import { buildTable, type BuiltRow, type BuiltTable } from './build-table';
import { showValue } from './cell';
import { applyHitPolicy, decide, type Decided } from './combine';
import { grantTableDiscount, type DiscountPart } from './discount';
import { showOutput } from './outputs';
import { decisionTableConfigSchema, type DecisionTableConfig } from './table.schema';
import { tableSummary } from './summary';
import { TABLE_WORDS, type TableWords } from './words';

export interface PreparedTable {
  readonly table: BuiltTable;
  readonly matchers: readonly CompiledLogic[];
  /** Reads each input column's value, for the note ("customer.tier = gold"). */
  readonly readers: readonly CompiledLogic[];
}

export function prepareTable(config: DecisionTableConfig, logic: (e: unknown) => CompiledLogic): PreparedTable {
  const { table, issues } = buildTable(config, TABLE_WORDS.en);
  // Validation refuses a table with errors before compile; this only guards direct callers.
  if (!table) throw new Error(issues.map((i) => i.message).join('; '));
  return {
    table,
    matchers: table.rows.map((row) => logic(row.logic)),
    readers: table.inputs.map((input) => logic(input.read)),
  };
}

/** Every row whose cells all hold for `data` (the facts, or the facts with `line` in per-line mode). */
export function matchingRows(prepared: PreparedTable, data: unknown): BuiltRow[] {
  const rows: BuiltRow[] = [];
  prepared.matchers.forEach((match, i) => {
    if (truthy(match(data))) rows.push(prepared.table.rows[i]!);
  });
  return rows;
}

function describeRow(row: BuiltRow, table: BuiltTable, say: TableWords): string {
  const outputs = row.outputs.flatMap((value, c) => {
    if (!value) return [];
    const column = table.config.outputs[c]!;
    return [
      column.kind === 'discount'
        ? showOutput(value)
        : `${column.label || column.name || column.id}: ${showOutput(value)}`,
    ];
  });
  return say.row(row.number, row.shown, outputs);
}

function seenValues(prepared: PreparedTable, data: unknown, say: TableWords): string {
  return say.seen(
    prepared.table.inputs.map((input, i) => `${input.header} = ${showValue(prepared.readers[i]!(data), input)}`),
  );
}

interface OneDecision {
  readonly line?: LineItem;
  readonly rows: readonly BuiltRow[];
  readonly decided: Decided;
  readonly text: string;
}

/** Decides the order (or one line): the matched rows kept by the hit policy, and the note. */
function decideOne(prepared: PreparedTable, data: unknown, say: TableWords, line?: LineItem): OneDecision {
  const rows = applyHitPolicy(prepared.table, matchingRows(prepared, data));
  const seen = seenValues(prepared, data, say);
  const text =
    rows.length === 0
      ? say.noMatch(seen)
      : say.matched(
          seen,
          rows.map((row) => describeRow(row, prepared.table, say)),
        );
  return {
    ...(line ? { line } : {}),
    rows,
    decided: decide(prepared.table, rows),
    text: line ? say.onLine(line.id, text) : text,
  };
}

/** Per-line mode: conditions see the order's facts plus `line`, the line being decided. */
function lineView(facts: Facts, line: LineItem): unknown {
  return { ...facts, line };
}

function run(input: {
  nodeId: string;
  order: Order;
  facts: Facts;
  outcome: Readonly<Outcome>;
  config: PreparedTable;
  locale: Locale;
}): NodeResult {
  const { order, facts, config: prepared, locale } = input;
  const say = TABLE_WORDS[locale];
  const table = prepared.table;
  const decisions = table.config.perLine
    ? order.lines.map((line) => decideOne(prepared, lineView(facts, line), say, line))
    : [decideOne(prepared, facts, say)];
  const hits = decisions.filter((d) => d.rows.length > 0);
  const notes = decisions.map((d) => d.text);
  if (hits.length === 0) return takePort('no-match', undefined, say.linesJoined(notes));
  const matchedRows = hits.flatMap((hit) =>
    hit.rows.map((row) => (hit.line ? { row: row.number, lineId: hit.line.id } : { row: row.number })),
  );

  const tags: string[] = [];
  const attributes: Record<string, JsonValue> = {};
  for (const hit of hits) {
    for (const tag of hit.decided.tags) if (!tags.includes(tag)) tags.push(tag);
    for (const [name, value] of Object.entries(hit.decided.attributes)) {
      if (!hit.line) attributes[name] = value;
      else
        attributes[name] = {
          ...((attributes[name] as Record<string, JsonValue> | undefined) ?? {}),
          [hit.line.id]: value,
        };
    }
  }
  const patch: { -readonly [K in keyof OutcomePatch]: OutcomePatch[K] } = {};
  if (tags.length > 0) patch.tags = tags;
  if (Object.keys(attributes).length > 0) patch.attributes = attributes;

  if (table.discount >= 0) {
    const parts: DiscountPart[] = hits
      .filter((hit) => hit.decided.discounts.length > 0)
      .map((hit) => ({
        inScope: hit.line ? (l: LineItem) => l.id === hit.line!.id : () => true,
        values: hit.decided.discounts,
      }));
    if (parts.length > 0) {
      const granted = grantTableDiscount({
        nodeId: input.nodeId,
        order,
        outcome: input.outcome,
        column: table.config.outputs[table.discount]!,
        aggregate: table.config.aggregate,
        parts,
        reason: say.reason(say.linesJoined(hits.map((h) => h.text))),
        locale,
      });
      notes.push(granted.note);
      if (granted.patch) Object.assign(patch, granted.patch);
    }
  }
  return takeRows('matched', Object.keys(patch).length > 0 ? patch : undefined, say.linesJoined(notes), matchedRows);
}

export const decisionTableNode = defineNode({
  type: 'decision-table',
  category: 'logic',
  title: { en: 'Decision table', zh: '决策表' },
  description: {
    en:
      'Rows of conditions and results, written the way analysts write them: input columns read order fields (or a ' +
      'context lookup table), each row\'s cells say which values match ("gold, silver", ">= ¥500", "[300..800)", "-" ' +
      'for any), output columns say what a matching row sets (a discount "5%" or "¥30", a tag, an attribute, a note). ' +
      'Hit policy: unique (at most one row matches; overlaps are refused), first (rows in order, last row catches all), ' +
      'priority (the best output value wins) or collect (all matches, combined by sum/min/max/count). No match leaves by ' +
      'no-match. Per-line mode decides each order line on its own.',
    zh:
      '用业务人员习惯的方式写规则：条件列读取订单字段（或上下文查找表），每行的格子写明匹配哪些值（逗号分隔的多个取值、' +
      '“>= ¥500”、“[300..800)”，“-”表示任意），结果列写明命中后设置什么（折扣“5%”或“¥30”、标签、属性、备注）。' +
      '命中策略：唯一（最多命中一行，重叠的行会被拒绝）、首个命中（按顺序，最后一行兜底）、优先级（结果值最优者胜出）、' +
      '收集（全部命中行，按求和/最小/最大/计数合并）。无行命中时走“无匹配”出口。逐行模式对每个商品行分别判断。',
  },
  config: decisionTableConfigSchema,
  outputs: (config) => [
    { id: 'matched', label: { en: 'Matched', zh: '命中' } },
    // First-hit tables end with a catch-all row, so only they may leave no-match unconnected.
    { id: 'no-match', label: { en: 'No match', zh: '无匹配' }, required: config.hitPolicy !== 'first' },
  ],
  check: (config, locale) => buildTable(config, TABLE_WORDS[locale]).issues,
  prepare: (config, tools) => prepareTable(config, tools.logic),
  summary: tableSummary,
  run,
});
