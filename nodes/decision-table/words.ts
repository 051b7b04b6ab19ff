import { JOINING, type Words } from '../shared/words';

/** What the decision table says in validation and while it runs, in each language. */
export interface TableWords {
  readonly expectedFor: {
    readonly string: string;
    readonly number: string;
    readonly money: (currency: string) => string;
    readonly boolean: string;
    readonly datetime: string;
  };
  readonly badCell: (part: string, cell: string, expected: string) => string;
  readonly emptyRange: (part: string) => string;
  readonly currencyMismatch: (part: string, written: string, column: string) => string;
  readonly unknownColumn: (id: string, side: 'input' | 'output') => string;
  readonly duplicateColumn: (id: string) => string;
  readonly fieldOrLookup: () => string;
  readonly unknownField: (path: string) => string;
  readonly notComparable: (path: string) => string;
  readonly needsType: (path: string) => string;
  readonly typeDisagrees: (path: string, declared: string, actual: string) => string;
  readonly needsCurrency: () => string;
  readonly lineFieldNeedsPerLine: (path: string) => string;
  readonly oneDiscountColumn: () => string;
  readonly badDiscount: (cell: string) => string;
  readonly badAttribute: (cell: string, type: string) => string;
  readonly firstNeedsCatchAll: () => string;
  readonly priorityColumn: (id: string) => string;
  readonly priorityNeedsValues: (id: string) => string;
  readonly notInValues: (cell: string, values: readonly string[]) => string;
  readonly priorityMixes: () => string;
  readonly aggregateDiscount: (aggregate: string) => string;
  readonly overlap: (a: number, b: number, example: string) => string;
  readonly gap: (example: string) => string;
  readonly moreGaps: (count: number) => string;
  readonly tooManyCombinations: (count: number) => string;
  /** One matched row: "row 3: gold, >= ¥800 → 5%". */
  readonly row: (row: number, cells: readonly string[], outputs: readonly string[]) => string;
  readonly seen: (values: readonly string[]) => string;
  readonly matched: (seen: string, rows: readonly string[]) => string;
  readonly noMatch: (seen: string) => string;
  readonly onLine: (lineId: string, text: string) => string;
  readonly linesJoined: (parts: readonly string[]) => string;
  readonly discountSkipped: (why: string) => string;
  readonly wrongCurrency: (configured: string, order: string) => string;
  readonly reason: (rows: string) => string;
}

export const TABLE_WORDS: Words<TableWords> = {
  en: {
    expectedFor: {
      string: 'write a value, values separated by commas (gold, silver), not(…) or - for any',
      number: 'write a number, a comparison (>= 500), a range ([300..800)) or - for any',
      money: (currency) =>
        `write an amount in ${currency} (500, ¥500 or 500 ${currency}), a comparison (>= ¥500), a range ([300..800)) or - for any`,
      boolean: 'write true or false (yes/no, 是/否) or - for any',
      datetime:
        'write a date or time (2026-11-11, 2026-11-11 20:00), a comparison (>= 2026-11-11), a range or - for any',
    },
    badCell: (part, cell, expected) =>
      part === cell ? `cannot read "${cell}": ${expected}` : `cannot read "${part}" in "${cell}": ${expected}`,
    emptyRange: (part) => `the range ${part} contains no value (its start is past its end)`,
    currencyMismatch: (part, written, column) => `"${part}" is in ${written} but the column is in ${column}`,
    unknownColumn: (id, side) => `no ${side} column has the id "${id}"`,
    duplicateColumn: (id) => `two columns have the id "${id}"`,
    fieldOrLookup: () => 'an input column reads either a field or a lookup table: give exactly one',
    unknownField: (path) => `${path} is not a field of the order`,
    notComparable: (path) => `${path} is a list or an object; a column reads one value (pick a field inside it)`,
    needsType: (path) => `the type of ${path} is not known: set the column's type`,
    typeDisagrees: (path, declared, actual) => `${path} is ${actual}, but the column says ${declared}`,
    needsCurrency: () => 'a money column needs its currency (e.g. CNY)',
    lineFieldNeedsPerLine: (path) => `${path} reads a line: turn on per-line mode, or read lines.0.… explicitly`,
    oneDiscountColumn: () => 'a table has at most one discount column (each node gives one discount line)',
    badDiscount: (cell) => `cannot read the discount "${cell}": write a percent (5%) or an amount with currency (¥30)`,
    badAttribute: (cell, type) => `cannot read "${cell}" as a ${type}`,
    firstNeedsCatchAll: () =>
      'the first-hit policy needs a last row that matches everything (every input cell -), so no order falls through silently',
    priorityColumn: (id) => `the priority policy ranks by output column "${id}", which does not exist`,
    priorityNeedsValues: (id) =>
      `the priority policy ranks by the text column "${id}": list its values, highest priority first`,
    notInValues: (cell, values) => `"${cell}" is not one of the column's values (${values.join(', ')})`,
    priorityMixes: () => 'the priority column mixes percents and amounts, which cannot be ranked against each other',
    aggregateDiscount: (aggregate) =>
      `collect with ${aggregate} cannot combine discounts: choose sum, min or max for a table with a discount column`,
    overlap: (a, b, example) =>
      `rows ${a} and ${b} overlap (the unique policy allows one match): both match ${example}`,
    gap: (example) => `no row covers ${example}: such orders leave by no-match`,
    moreGaps: (count) => `and ${count} more input combinations no row covers`,
    tooManyCombinations: (count) => `the table has ${count} input combinations, too many to check for gaps`,
    row: (row, cells, outputs) =>
      `row ${row}: ${cells.length > 0 ? cells.join(', ') : 'any'} → ${outputs.length > 0 ? outputs.join(', ') : 'nothing'}`,
    seen: (values) => values.join(', '),
    matched: (seen, rows) => `${seen} — ${rows.join('; ')}`,
    noMatch: (seen) => `${seen} — no row matches`,
    onLine: (lineId, text) => `line ${lineId}: ${text}`,
    linesJoined: (parts) => JOINING.en.reasons(parts),
    discountSkipped: (why) => `discount not applied: ${why}`,
    wrongCurrency: (configured, order) => `the discount is in ${configured}, the order is in ${order}`,
    reason: (rows) => `Decision table ${rows}`,
  },
  zh: {
    expectedFor: {
      string: '请写一个值、用逗号分隔的多个值（gold, silver）、not(…)，或用 - 表示任意',
      number: '请写数字、比较（>= 500）、区间（[300..800)），或用 - 表示任意',
      money: (currency) =>
        `请写 ${currency} 金额（500、¥500 或 500 ${currency}）、比较（>= ¥500）、区间（[300..800)），或用 - 表示任意`,
      boolean: '请写 true 或 false（yes/no、是/否），或用 - 表示任意',
      datetime: '请写日期或时间（2026-11-11、2026-11-11 20:00）、比较（>= 2026-11-11）、区间，或用 - 表示任意',
    },
    badCell: (part, cell, expected) =>
      part === cell ? `无法识别“${cell}”：${expected}` : `无法识别“${cell}”中的“${part}”：${expected}`,
    emptyRange: (part) => `区间 ${part} 不含任何值（起点大于终点）`,
    currencyMismatch: (part, written, column) => `“${part}”的币种是 ${written}，但该列的币种是 ${column}`,
    unknownColumn: (id, side) => `没有 ID 为“${id}”的${side === 'input' ? '条件' : '结果'}列`,
    duplicateColumn: (id) => `有两列的 ID 都是“${id}”`,
    fieldOrLookup: () => '条件列要么读取订单字段，要么读取查找表：只能二选一',
    unknownField: (path) => `${path} 不是订单的字段`,
    notComparable: (path) => `${path} 是列表或对象，一列只能读取一个值（请选择其中的字段）`,
    needsType: (path) => `${path} 的类型未知：请设置该列的类型`,
    typeDisagrees: (path, declared, actual) => `${path} 的类型是 ${actual}，但该列设为 ${declared}`,
    needsCurrency: () => '金额列需要指定币种（例如 CNY）',
    lineFieldNeedsPerLine: (path) => `${path} 读取的是商品行：请开启“逐行”模式，或明确写 lines.0.…`,
    oneDiscountColumn: () => '一张表最多一个折扣列（每个节点只生成一条优惠）',
    badDiscount: (cell) => `无法识别折扣“${cell}”：请写百分比（5%）或带币种的金额（¥30）`,
    badAttribute: (cell, type) => `无法把“${cell}”识别为 ${type}`,
    firstNeedsCatchAll: () => '“首个命中”策略要求最后一行匹配所有情况（所有条件格都是 -），以免订单悄悄漏过',
    priorityColumn: (id) => `“优先级”策略按结果列“${id}”排序，但该列不存在`,
    priorityNeedsValues: (id) => `“优先级”策略按文本列“${id}”排序：请按优先级从高到低列出它的取值`,
    notInValues: (cell, values) => `“${cell}”不在该列的取值中（${values.join('、')}）`,
    priorityMixes: () => '优先级列同时有百分比和金额，无法互相比较',
    aggregateDiscount: (aggregate) => `“收集”的 ${aggregate} 方式无法合并折扣：有折扣列的表请选择 sum、min 或 max`,
    overlap: (a, b, example) => `第 ${a} 行和第 ${b} 行重叠（“唯一”策略只允许命中一行）：两行都匹配 ${example}`,
    gap: (example) => `没有任何行覆盖 ${example}：这类订单会走“无匹配”出口`,
    moreGaps: (count) => `另有 ${count} 种输入组合没有行覆盖`,
    tooManyCombinations: (count) => `这张表有 ${count} 种输入组合，太多，无法检查遗漏`,
    row: (row, cells, outputs) =>
      `第 ${row} 行：${cells.length > 0 ? cells.join('，') : '任意'} → ${outputs.length > 0 ? outputs.join('，') : '无'}`,
    seen: (values) => values.join('，'),
    matched: (seen, rows) => `${seen} —— ${rows.join('；')}`,
    noMatch: (seen) => `${seen} —— 没有匹配的行`,
    onLine: (lineId, text) => `商品行 ${lineId}：${text}`,
    linesJoined: (parts) => JOINING.zh.reasons(parts),
    discountSkipped: (why) => `未给折扣：${why}`,
    wrongCurrency: (configured, order) => `折扣币种为 ${configured}，订单币种为 ${order}`,
    reason: (rows) => `决策表${rows}`,
  },
};
