import { z } from 'zod';
import { defineNode, type PortSpec, fixedResult, truthy, schemaMessage } from '../../runtime/node/index';
import { describeLogic } from '../shared/describe-logic';
import { fieldMeta, jsonLogicSchema, text } from '../shared/text';

const caseSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,31}$/,
      schemaMessage(text('a short port id such as "vip" or "case-2"', '应为简短的端口编号，例如 "vip" 或 "case-2"')),
    )
    .meta(fieldMeta(text('Port id', '出口 ID'), text('Output id, used in the flow file', '出口 ID（流程文件中使用）'))),
  label: z
    .string()
    .max(60)
    .default('')
    .meta(fieldMeta(text('Label', '显示名称'), text('Label shown on the output', '出口上显示的名称'))),
  expression: jsonLogicSchema
    .default(true)
    .meta(
      fieldMeta(
        text('Rule', '规则'),
        text(
          'The rule this case checks; build it visually or write JSONLogic',
          '此分支要判断的规则：可视化搭建，或直接编写 JSONLogic',
        ),
        { widget: 'logic' },
      ),
    ),
});

const configSchema = z.object({
  cases: z
    .array(caseSchema)
    .min(1)
    .default([{ id: 'case-1', label: '', expression: { '==': [{ var: 'customer.tier' }, 'vip'] } }])
    .refine(
      (cases) => new Set(cases.map((c) => c.id)).size === cases.length,
      schemaMessage(text('case ids must be unique', '分支编号不能重复')),
    )
    .refine(
      (cases) => cases.every((c) => c.id !== 'default'),
      schemaMessage(text('"default" is reserved for the fallback port', '"default" 是默认分支的保留编号')),
    )
    .meta(
      fieldMeta(
        text('Cases', '分支'),
        text('Checked from the top; the first case that holds wins', '自上而下判断，第一个满足的分支生效'),
      ),
    ),
});

/** The result for each port, built once at prepare: runs share them (results are read, never kept). */
const DEFAULT = fixedResult('default');

/** Ordered cases, first match wins, with a default port for everything else. Ports come from the config. */
export const switchNode = defineNode({
  type: 'switch',
  category: 'logic',
  title: text('Switch', '多路分支'),
  description: text(
    'Checks cases in order and takes the first that holds, else "default".',
    '按顺序检查各分支，命中第一个；都不命中走“默认”。',
  ),
  config: configSchema,
  outputs: (config): PortSpec[] => [
    ...config.cases.map((c) => ({ id: c.id, label: text(c.label || c.id, c.label || c.id), required: true })),
    { id: 'default', label: text('default', '默认') },
  ],
  logic: (config) => config.cases.map((c, i) => ({ path: ['cases', i, 'expression'], expression: c.expression })),
  prepare: (config, tools) =>
    config.cases.map((c) => ({
      port: c.id,
      test: tools.logic(c.expression),
      result: fixedResult(c.id),
    })),
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ facts, config: cases }) => {
    for (let i = 0; i < cases.length; i++) if (truthy(cases[i]!.test(facts))) return cases[i]!.result;
    return DEFAULT;
  },
  // The cases' ports come first, in order, then "default".
  choosesFirstTrue: true,
  choose: (facts, cases) => {
    for (let i = 0; i < cases.length; i++) if (truthy(cases[i]!.test(facts))) return i;
    return cases.length;
  },
  summary: (config, locale) =>
    config.cases.map((c) => `${c.label || c.id}: ${describeLogic(c.expression, locale)}`).join(' · '),
});
