import { z } from 'zod';
import { currencyCodeSchema } from '../../runtime/node/index';
import { STACKING_MODES } from '../discount/discount.schema';
import { fieldMeta, text } from '../shared/text';

/*
 * The decision table's config, shaped for a grid: `inputs` and `outputs` are the column headers in
 * display order; each row keeps its cells by column id (`when` for inputs, `then` for outputs), so
 * moving or deleting a column never shifts another column's cells. A missing input cell means "-"
 * (any value); a missing output cell sets nothing. Cells are the text analysts type; they are parsed
 * and checked by validation (check.ts), never by the schema, so every bad cell is reported at once.
 */

export const HIT_POLICIES = ['unique', 'first', 'priority', 'collect'] as const;
export const AGGREGATES = ['list', 'sum', 'min', 'max', 'count'] as const;
export const INPUT_TYPES = ['string', 'number', 'money', 'boolean', 'datetime'] as const;
export const OUTPUT_KINDS = ['discount', 'tag', 'attribute', 'note'] as const;
export const ATTRIBUTE_TYPES = ['string', 'number', 'boolean'] as const;

export type HitPolicy = (typeof HIT_POLICIES)[number];
export type Aggregate = (typeof AGGREGATES)[number];
export type InputType = (typeof INPUT_TYPES)[number];
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const columnId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'a column id is a letter, then letters, digits, _ or - (at most 40)');
const fieldPath = z.string().min(1).max(200);

export const inputColumnSchema = z.strictObject({
  id: columnId.meta(
    fieldMeta(
      text('Column id', '列 ID'),
      text('How rows refer to this condition column', '规则行引用此条件列时使用的编号'),
    ),
  ),
  label: z
    .string()
    .max(80)
    .default('')
    .meta(
      fieldMeta(
        text('Label', '显示名称'),
        text("Column heading; empty = the field's name", '列标题；留空则显示字段名'),
      ),
    ),
  field: fieldPath
    .optional()
    .meta(
      fieldMeta(
        text('Order field', '订单字段'),
        text(
          "Order field the column reads (e.g. customer tier); per-line tables read a line's fields",
          '此列读取的订单字段（如会员等级）；逐行表读取订单行字段',
        ),
      ),
    ),
  lookup: z
    .strictObject({
      table: z
        .string()
        .min(1)
        .max(64)
        .meta(
          fieldMeta(
            text('Table name', '查找表名'),
            text('Name of the lookup table in the context', '上下文中查找表的名称'),
          ),
        ),
      key: fieldPath.meta(
        fieldMeta(
          text('Key field', '查找键字段'),
          text(
            'Order field whose value is looked up (e.g. the shipping province)',
            '以其值作为查找键的订单字段（如收货省份）',
          ),
        ),
      ),
    })
    .optional()
    .meta(
      fieldMeta(
        text('Lookup table', '查找表'),
        text('Reads a lookup table from the context instead of an order field', '从上下文的查找表读取，而不是订单字段'),
      ),
    ),
  type: z
    .enum(INPUT_TYPES)
    .optional()
    .meta(
      fieldMeta(
        text('Type', '类型'),
        text(
          'Needed for lookups and attributes; otherwise taken from the field',
          '查找表和属性列必填；其他情况按字段自动确定',
        ),
      ),
    ),
  currency: currencyCodeSchema
    .optional()
    .meta(
      fieldMeta(
        text('Currency', '币种'),
        text('Money columns: the currency of their amounts (in yuan for CNY)', '金额列：金额的币种（人民币按元填写）'),
      ),
    ),
  timeZone: z
    .string()
    .regex(/^[+-]\d\d:\d\d$/, 'a UTC offset like +08:00')
    .default('+08:00')
    .meta(
      fieldMeta(
        text('Time zone', '时区'),
        text('Date columns: the time zone for dates written without one', '日期列：未写时区的日期按此时区理解'),
      ),
    ),
});

export const outputColumnSchema = z.strictObject({
  id: columnId.meta(
    fieldMeta(
      text('Column id', '列 ID'),
      text('How rows refer to this result column', '规则行引用此结果列时使用的编号'),
    ),
  ),
  label: z
    .string()
    .max(80)
    .default('')
    .meta(
      fieldMeta(text('Label', '显示名称'), text('Column heading; empty = the column id', '列标题；留空则显示列 ID')),
    ),
  kind: z
    .enum(OUTPUT_KINDS)
    .meta(
      fieldMeta(
        text('Kind', '类型'),
        text(
          'What the column sets: a discount (5% or ¥30), a tag, an attribute or a note',
          '此列设置的内容：折扣（5% 或 ¥30）、标签、属性或备注',
        ),
      ),
    ),
  name: z
    .string()
    .max(64)
    .default('')
    .meta(
      fieldMeta(
        text('Name', '名称'),
        text(
          'Attribute or note: the name it is stored under; empty = the column id',
          '属性或备注：保存时使用的名称；留空则用列 ID',
        ),
      ),
    ),
  type: z
    .enum(ATTRIBUTE_TYPES)
    .default('string')
    .meta(fieldMeta(text('Type', '类型'), text('Attribute: the type of its values', '属性：取值的类型'))),
  currency: currencyCodeSchema
    .optional()
    .meta(
      fieldMeta(
        text('Currency', '币种'),
        text('Discount: the currency of fixed amounts (¥30)', '折扣：固定金额的币种（如 ¥30）'),
      ),
    ),
  stacking: z
    .enum(STACKING_MODES)
    .default('stackable')
    .meta(
      fieldMeta(
        text('Stacking', '叠加方式'),
        text('Discount: how it combines with earlier discounts', '折扣：与之前折扣的叠加方式'),
      ),
    ),
  priority: z
    .number()
    .int()
    .min(-1000)
    .max(1000)
    .default(0)
    .meta(
      fieldMeta(
        text('Priority', '优先级'),
        text('Discount: higher wins when exclusive discounts compete', '折扣：不可叠加的优惠相互竞争时，数值高者优先'),
      ),
    ),
  reason: z
    .string()
    .max(200)
    .default('')
    .meta(
      fieldMeta(
        text('Reason', '原因'),
        text('Discount: the reason shown to people; empty = the matched rows', '折扣：展示的原因；留空则显示命中的行'),
      ),
    ),
  values: z
    .array(z.string().min(1).max(64))
    .max(100)
    .default([])
    .meta(
      fieldMeta(
        text('Values', '取值'),
        text(
          'Priority on a text column: its values, highest priority first',
          '文本列的优先级：按优先级从高到低列出取值',
        ),
      ),
    ),
});

export const tableRowSchema = z.strictObject({
  when: z
    .record(z.string(), z.string().max(500))
    .default({})
    .meta(
      fieldMeta(
        text('Applies when', '生效条件'),
        text("The row's conditions, one per input column", '本行的条件，每个条件列一个'),
      ),
    ),
  then: z
    .record(z.string(), z.string().max(500))
    .default({})
    .meta(
      fieldMeta(
        text('Results', '结果'),
        text("The row's results, one per result column", '本行的结果，每个结果列一个'),
      ),
    ),
  note: z
    .string()
    .max(200)
    .default('')
    .meta(fieldMeta(text('Note', '备注'), text('Why the row exists, for people', '此行的用途说明（给人看的）'))),
});

export const decisionTableConfigSchema = z.strictObject({
  hitPolicy: z
    .enum(HIT_POLICIES)
    .default('unique')
    .meta(
      fieldMeta(
        text('Hit policy', '命中策略'),
        text(
          'Which matching rows count: the only one, the first, the highest priority, or all of them',
          '哪些命中的行生效：唯一一行、第一行、优先级最高的行，或全部汇总',
        ),
      ),
    ),
  aggregate: z
    .enum(AGGREGATES)
    .default('list')
    .meta(
      fieldMeta(
        text('Combine matches', '汇总方式'),
        text(
          "Collect: how the matched rows' results combine (sum, min, max, count, list)",
          '汇总策略：多行命中时结果如何合并（求和、最小、最大、计数、列表）',
        ),
      ),
    ),
  priorityBy: z
    .string()
    .max(40)
    .default('')
    .meta(
      fieldMeta(
        text('Priority by', '优先级依据'),
        text(
          'Priority: the result column that ranks rows; empty = the first one',
          '优先级策略：用于给行排序的结果列；留空表示第一列',
        ),
      ),
    ),
  perLine: z
    .boolean()
    .default(false)
    .meta(
      fieldMeta(
        text('Per order line', '逐行判断'),
        text(
          'Decide each order line on its own; results land on the lines',
          '逐行判断：每个订单行单独判断，结果落在各行上',
        ),
      ),
    ),
  inputs: z
    .array(inputColumnSchema)
    .min(1)
    .max(20)
    .meta(
      fieldMeta(
        text('Condition columns', '条件列'),
        text('What each row checks, one column per order field', '每行要判断的内容，每列对应一个订单字段'),
      ),
    ),
  outputs: z
    .array(outputColumnSchema)
    .min(1)
    .max(20)
    .meta(
      fieldMeta(
        text('Result columns', '结果列'),
        text(
          'What a matching row sets: a discount, a tag, an attribute or a note',
          '命中的行设置的内容：折扣、标签、属性或备注',
        ),
      ),
    ),
  rows: z
    .array(tableRowSchema)
    .max(500)
    .meta(
      fieldMeta(
        text('Rows', '规则行'),
        text('The rules, one per row; edit them in the table editor', '规则，每行一条；在表格编辑器中编辑'),
      ),
    ),
});

export type InputColumn = z.output<typeof inputColumnSchema>;
export type OutputColumn = z.output<typeof outputColumnSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
export type DecisionTableConfig = z.output<typeof decisionTableConfigSchema>;
