import type { JsonValue, Facts, LineItem, Order, Outcome, OutcomePatch } from '../../runtime/node/index';
import {
  truthy,
  type CompiledLogic,
  defineNode,
  type Locale,
  deferredNote,
  DeferredNote,
  type MatchedRow,
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
  /** What each row sets when it is the only one kept (all but a multi-row collect): worked out once, not per order. */
  readonly decidedAlone: ReadonlyMap<BuiltRow, Decided>;
  /** Each row as the note shows it ("row 3: gold, >= ¥800 → 5%"), per language. */
  readonly rowTexts: { readonly [L in Locale]: ReadonlyMap<BuiltRow, string> };
}

export function prepareTable(config: DecisionTableConfig, logic: (e: unknown) => CompiledLogic): PreparedTable {
  const { table, issues } = buildTable(config, TABLE_WORDS.en);
  // Validation refuses a table with errors before compile; this only guards direct callers.
  if (!table) throw new Error(issues.map((i) => i.message).join('; '));
  const textsIn = (locale: Locale) =>
    new Map(table.rows.map((row) => [row, describeRow(row, table, TABLE_WORDS[locale])]));
  return {
    table,
    matchers: table.rows.map((row) => logic(row.logic)),
    readers: table.inputs.map((input) => logic(input.read)),
    decidedAlone: new Map(table.rows.map((row) => [row, decide(table, [row])])),
    rowTexts: { en: textsIn('en'), zh: textsIn('zh') },
  };
}

/** Every row whose cells all hold for `data` (the facts, or the facts with `line` in per-line mode). */
export function matchingRows(prepared: PreparedTable, data: unknown): BuiltRow[] {
  const rows: BuiltRow[] = [];
  const { matchers } = prepared;
  for (let i = 0; i < matchers.length; i++) if (truthy(matchers[i]!(data))) rows.push(prepared.table.rows[i]!);
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

interface OneDecision {
  readonly line: LineItem | undefined;
  readonly rows: readonly BuiltRow[];
  readonly decided: Decided;
  /** The input columns' values as read when deciding; the note is written from them only when it is read. */
  readonly seen: readonly unknown[];
}

/** Decides the order (or one line): the rows kept by the hit policy and what they set. */
function decideOne(prepared: PreparedTable, data: unknown, line?: LineItem): OneDecision {
  const rows = applyHitPolicy(prepared.table, matchingRows(prepared, data));
  const { readers } = prepared;
  const seen = new Array<unknown>(readers.length);
  for (let i = 0; i < readers.length; i++) seen[i] = readers[i]!(data);
  const decided = rows.length === 1 ? prepared.decidedAlone.get(rows[0]!)! : decide(prepared.table, rows);
  return { line, rows, decided, seen };
}

/** One decision as the note says it: the values seen, and the rows kept (or none). */
function decisionText(prepared: PreparedTable, decision: OneDecision, locale: Locale): string {
  const say = TABLE_WORDS[locale];
  const { inputs } = prepared.table;
  const seen = say.seen(inputs.map((input, i) => `${input.header} = ${showValue(decision.seen[i], input)}`));
  const rowTexts = prepared.rowTexts[locale];
  const text =
    decision.rows.length === 0
      ? say.noMatch(seen)
      : say.matched(
          seen,
          decision.rows.map((row) => rowTexts.get(row)!),
        );
  return decision.line ? say.onLine(decision.line.id, text) : text;
}

/** Per-line mode: conditions see the order's facts plus `line`, the line being decided. */
function lineView(facts: Facts, line: LineItem): unknown {
  return { ...facts, line };
}

/**
 * The table's result. Its note (every decision's values and rows) is written only when a trace reads it:
 * untraced runs — nearly all live orders — never pay for the words.
 */
class Decision extends DeferredNote {
  constructor(
    port: 'matched' | 'no-match',
    patch: OutcomePatch | undefined,
    readonly matchedRows: readonly MatchedRow[] | undefined,
    private readonly prepared: PreparedTable,
    private readonly decisions: readonly OneDecision[],
    private readonly discountNote: string | undefined,
    private readonly locale: Locale,
  ) {
    super(port, patch);
  }

  get note(): string {
    const notes = this.decisions.map((d) => decisionText(this.prepared, d, this.locale));
    if (this.discountNote !== undefined) notes.push(this.discountNote);
    return TABLE_WORDS[this.locale].linesJoined(notes);
  }
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
  const table = prepared.table;
  const decisions: OneDecision[] = [];
  if (table.config.perLine)
    for (const line of order.lines) decisions.push(decideOne(prepared, lineView(facts, line), line));
  else decisions.push(decideOne(prepared, facts));
  const hits = decisions.filter((d) => d.rows.length > 0);
  if (hits.length === 0)
    return deferredNote(new Decision('no-match', undefined, undefined, prepared, decisions, undefined, locale));

  const matchedRows: MatchedRow[] = [];
  const tags: string[] = [];
  const attributes: Record<string, JsonValue> = {};
  for (const hit of hits) {
    const line = hit.line;
    for (const row of hit.rows) matchedRows.push(line ? { row: row.number, lineId: line.id } : { row: row.number });
    for (const tag of hit.decided.tags) if (!tags.includes(tag)) tags.push(tag);
    for (const name in hit.decided.attributes) {
      const value = hit.decided.attributes[name]!;
      if (!line) attributes[name] = value;
      else
        attributes[name] = {
          ...((attributes[name] as Record<string, JsonValue> | undefined) ?? {}),
          [line.id]: value,
        };
    }
  }
  const patch: { -readonly [K in keyof OutcomePatch]: OutcomePatch[K] } = {};
  if (tags.length > 0) patch.tags = tags;
  if (Object.keys(attributes).length > 0) patch.attributes = attributes;

  let discountNote: string | undefined;
  if (table.discount >= 0) {
    const parts: DiscountPart[] = [];
    for (const hit of hits) {
      if (hit.decided.discounts.length === 0) continue;
      const line = hit.line;
      parts.push({ inScope: line ? (l: LineItem) => l.id === line.id : () => true, values: hit.decided.discounts });
    }
    if (parts.length > 0) {
      const column = table.config.outputs[table.discount]!;
      const say = TABLE_WORDS[locale];
      const granted = grantTableDiscount({
        nodeId: input.nodeId,
        order,
        outcome: input.outcome,
        column,
        aggregate: table.config.aggregate,
        parts,
        // The rows' own words are the reason only where the column names none.
        reason: column.reason ? '' : say.reason(say.linesJoined(hits.map((h) => decisionText(prepared, h, locale)))),
        locale,
      });
      discountNote = granted.note;
      if (granted.patch) Object.assign(patch, granted.patch);
    }
  }
  const changed = Object.keys(patch).length > 0 ? patch : undefined;
  return deferredNote(new Decision('matched', changed, matchedRows, prepared, decisions, discountNote, locale));
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
