import { z } from 'zod';
import { defineNode, takePort, schemaMessage, storedJson } from '../../runtime/node/index';
import type { JsonValue } from '../../runtime/node/index';
import { describeLogic } from '../shared/describe-logic';
import { fieldMeta, jsonLogicSchema, text } from '../shared/text';

const configSchema = z.object({
  field: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
      schemaMessage(text('a simple attribute name such as "warehouseHint"', '应为简单的属性名，例如 "warehouseHint"')),
    )
    .refine(
      (name) => name !== 'constructor' && name !== 'prototype',
      schemaMessage(text('a reserved word', '这是保留字，不能使用')),
    )
    .default('note')
    .meta(fieldMeta(text('Attribute', '属性名'), text('Order attribute to set', '要设置的订单属性'))),
  expression: jsonLogicSchema
    .default('')
    .meta(
      fieldMeta(
        text('Rule', '规则'),
        text('The value to store, computed from the order (JSONLogic)', '要写入的值，由订单计算得出（JSONLogic）'),
        { widget: 'logic' },
      ),
    ),
});

/** Writes the value of a JSONLogic expression into an order attribute that later nodes can read. */
export const setFieldNode = defineNode({
  type: 'set-field',
  category: 'action',
  title: text('Set field', '设置字段'),
  description: text(
    'Computes a value with a rule and stores it in an order attribute.',
    '用规则计算一个值，写入订单属性。',
  ),
  config: configSchema,
  outputs: [{ id: 'next', label: text('next', '下一步') }],
  logic: (config) => [{ path: ['expression'], expression: config.expression }],
  prepare: (config, tools) => ({ field: config.field, compute: tools.logic(config.expression) }),
  // Built flow modules compute the value as plain code and set the attribute themselves (runtime/aot).
  setsAttribute: (config) => ({ field: config.field, expression: config.expression }),
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ facts, config }) => {
    const stored = storedJson(config.compute(facts));
    // Assigned, not a computed key in the literal (`{ [field]: v }` defines it through the runtime, several times slower).
    const attributes: Record<string, JsonValue> = {};
    attributes[config.field] = stored;
    return takePort('next', { attributes });
  },
  summary: (config, locale) => `${config.field} ← ${describeLogic(config.expression, locale)}`,
});
