/**
 * Validation in 简体中文 finds exactly what it finds in English (codes, paths, nodes, edges,
 * severities, lines) and words it in Chinese: no English word validation made up survives.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coreRegistry } from '../../nodes/index';
import { OPERATOR_NAMES } from '../logic/operators';
import { fieldPaths } from '../logic/shape-path';
import { FACTS_SHAPE } from '../order/facts';
import { compileFlow } from './compile';
import type { Problem } from './problem';
import { validateFlow } from './validate';
import { zodParseOptions, zodProblems } from './zod-problems';

/** Two triggers, an edge to a missing node, an unknown port, a required port left open, a cycle, an unreachable node, a bad config value, an unknown field. */
const broken = {
  format: 'orderflow/flow',
  formatVersion: 1,
  id: 'broken',
  name: 'Broken',
  nodes: [
    { id: 'start', type: 'trigger' },
    { id: 'start-2', type: 'trigger' },
    { id: 'vip', type: 'condition', config: { expression: { '==': [{ var: 'customer.teir' }, 'vip'] } } },
    { id: 'again', type: 'tag', config: { tags: ['again'] } },
    { id: 'off', type: 'discount', config: { kind: 'percent', percent: 150 } },
    { id: 'island', type: 'tag', config: { tags: ['island'] } },
    { id: 'done', type: 'end' },
  ],
  edges: [
    { id: 'e1', source: 'start', sourcePort: 'start', target: 'vip' },
    { id: 'e2', source: 'vip', sourcePort: 'false', target: 'again' },
    { id: 'e3', source: 'again', sourcePort: 'next', target: 'vip' },
    { id: 'e4', source: 'vip', sourcePort: 'maybe', target: 'off' },
    { id: 'ghost', source: 'off', sourcePort: 'next', target: 'nowhere' },
    { id: 'e6', source: 'start-2', sourcePort: 'start', target: 'done' },
  ],
};
const noTrigger = {
  ...broken,
  nodes: broken.nodes.filter((n) => n.type !== 'trigger'),
  edges: broken.edges.filter((e) => !e.source.startsWith('start')),
};
/** Hostile and malformed documents: JSON text errors, forbidden keys, the flow schema, versions, types. */
const odd: unknown[] = [
  '{\n  "format": "orderflow/flow",\n  "nodes": [,]\n}',
  [1, 2],
  { ...broken, formatVersion: 2 },
  { ...broken, nodes: [{ id: 'a', type: 'trigger', config: JSON.parse('{"__proto__": {"polluted": true}}') }] },
  {
    ...broken,
    id: 'bad id!',
    name: '',
    extra: true,
    nodes: [{ id: 'constructor', type: 'Not A Type' }, { type: 'tag' }],
  },
  {
    ...broken,
    nodes: [
      ...broken.nodes,
      { id: 'magic', type: 'coupon-magic' },
      { id: 'future', type: 'tag', typeVersion: 9 },
      { id: 'vip', type: 'end' },
    ],
  },
  {
    ...broken,
    nodes: [
      ...broken.nodes,
      {
        id: 'cond',
        type: 'condition',
        config: {
          expression: {
            and: [
              { log: 1 },
              { fooo: 1 },
              {},
              { some: [1] },
              { var: 'lines.sku' },
              { var: 'coupons.code' },
              { var: 'customer.tier.name' },
              { '>=': [{ var: 'totals.subtotal' }, 1] },
            ],
          },
        },
      },
      { id: 'gift', type: 'gift', config: { currency: 'cny', sku: 5 } },
      { id: 'off-2', type: 'discount', config: { kind: 'bogus', priority: 1.5, skus: [''] } },
    ],
  },
];

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const both = (input: unknown) => ({
  en: validateFlow(input, coreRegistry).problems,
  zh: validateFlow(input, coreRegistry, { locale: 'zh' }).problems,
});
const placeOf = ({ message: _message, ...rest }: Problem) => rest;
const asciiWords = (value: string) => value.match(/[A-Za-z]{3,}/g)?.map((word) => word.toLowerCase()) ?? [];
/** A message's own words: what it quotes in "…" (ids, keys, options, examples) is data, not words. */
const ownWords = (message: string) => asciiWords(message.replace(/"(?:[^"\\]|\\.)*"/g, ' '));

describe('validation in Chinese', () => {
  it('finds the same problems at the same places, with the same severities', () => {
    for (const input of [text(broken), broken, noTrigger, ...odd]) {
      const { en, zh } = both(input);
      expect(en.length).toBeGreaterThan(0);
      expect(zh.map(placeOf)).toEqual(en.map(placeOf));
    }
    const codes = new Set([text(broken), noTrigger].flatMap((input) => both(input).zh.map((p) => p.code)));
    for (const code of [
      'multiple-triggers',
      'no-trigger',
      'edge-missing-node',
      'edge-unknown-port',
      'required-port-unconnected',
      'cycle',
      'unreachable-node',
      'invalid-config',
      'logic-unknown-var',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('words the problems in Chinese', () => {
    const { en, zh } = both(text(broken));
    const zhOf = (code: string) => zh.filter((p) => p.code === code).map((p) => p.message);
    expect(zhOf('multiple-triggers')).toEqual(['一个流程只能有一个触发节点，"start-2" 是多出来的第二个']);
    expect(zhOf('required-port-unconnected')).toEqual(['节点 vip 的输出“是”必须连到下一步']);
    expect(zhOf('cycle')).toEqual(['流程出现循环：vip → again → vip；流程中不能有循环']);
    expect(zhOf('unreachable-node')).toEqual([
      'island 无法从起点到达，永远不会执行',
      'done 无法从起点到达，永远不会执行',
    ]);
    expect(zhOf('logic-unknown-var')).toEqual(['customer.teir 不是订单的字段；是否要写 customer.tier？']);
    expect(zhOf('edge-missing-node')).toEqual(['连线 ghost 指向的节点 "nowhere" 不存在']);
    expect(zhOf('edge-unknown-port')).toEqual(['节点 vip 没有输出端口 "maybe"（它的端口：true、false）']);
    expect(zhOf('invalid-config')).toEqual(['percent：不能大于 100']);
    expect(both(noTrigger).zh.find((p) => p.code === 'no-trigger')?.message).toBe(
      '流程没有触发节点：请在流程开头添加一个“订单进入”节点作为起点',
    );
    // English stays as it was.
    expect(en.find((p) => p.code === 'cycle')?.message).toBe(
      'the flow loops back: vip → again → vip; flows must not contain cycles',
    );
    expect(en.find((p) => p.code === 'invalid-config')?.message).toBe('percent: Too big: expected number to be <=100');
  });

  it('leaves none of the English words validation made up in a Chinese message', () => {
    // Words a message may quote: the document's own (ids, types, ports, keys), the node types and
    // their ports it lists, the field names it suggests, operator names, and terms Chinese uses as they
    // are; and anything quoted.
    const ports = coreRegistry.list().flatMap((definition) => {
      const config = definition.config.safeParse({});
      return config.success ? definition.outputs(config.data).map((port) => port.id) : [];
    });
    const terms = ['JSON', 'ISO', 'Unicode', 'null', 'NaN', 'maxNodes', 'maxDepth', 'CNY', 'USD'].flatMap(asciiWords);
    const fields = [
      ...fieldPaths(FACTS_SHAPE).flatMap((field) => field.path),
      ...ports,
      ...coreRegistry.list().map((d) => d.type),
      ...OPERATOR_NAMES,
      ...terms,
    ];
    const madeUp = new Set<string>();
    for (const input of [text(broken), noTrigger, ...odd]) {
      const given = new Set([...asciiWords(text(input)), ...fields.flatMap(asciiWords)]);
      const { en, zh } = both(input);
      const english = new Set(en.flatMap((p) => ownWords(p.message)).filter((word) => !given.has(word)));
      for (const word of english) madeUp.add(word);
      for (const problem of zh) {
        // Node schemas word their own messages in both languages too (schemaMessage).
        expect(
          ownWords(problem.message).filter((word) => english.has(word)),
          problem.message,
        ).toEqual([]);
      }
    }
    // The check means something only if the English made words up: graph, schema, JSON and logic words.
    for (const word of [
      'cannot',
      'reached',
      'loops',
      'somewhere',
      'expected',
      'reserved',
      'unrecognized',
      'valid',
      'allowed',
      'unsupported',
      'takes',
      'list',
      'money',
      'written',
      'twice',
    ]) {
      expect(madeUp).toContain(word);
    }
  });

  it('words the messages node config schemas write themselves in Chinese', () => {
    const configs = {
      ...broken,
      nodes: [
        { id: 'start', type: 'trigger' },
        { id: 'field', type: 'set-field', config: { field: '1bad', expression: 1 } },
        { id: 'tier', type: 'switch', config: { cases: [{ id: 'default' }, { id: 'vip' }, { id: 'vip' }] } },
        // Checks across fields run once every field is valid on its own: two discounts.
        {
          id: 'off',
          type: 'discount',
          config: {
            kind: 'tiered',
            tiers: [
              { threshold: 100, off: 1 },
              { threshold: 100, off: 2 },
            ],
            scope: 'sku',
          },
        },
        { id: 'off-2', type: 'discount', config: { amount: 2.5, percent: 1.23456 } },
        { id: 'route', type: 'route', config: { weights: { cost: 0, transit: 0, tier: 0 } } },
      ],
      edges: [],
    };
    const zh = validateFlow(configs, coreRegistry, { locale: 'zh' }).problems.filter(
      (p) => p.code === 'invalid-config' || p.code === 'schema',
    );
    const messages = zh.map((p) => p.message).join('\n');
    for (const expected of [
      '应为简单的属性名',
      '"default" 是默认分支的保留编号',
      '分支编号不能重复',
      '门槛重复',
      '应为以最小货币单位（分）计的整数',
      '最多 4 位小数',
      '按商品优惠时至少要填一个 SKU',
      '至少要有一项权重大于 0',
    ]) {
      expect(messages).toContain(expected);
    }
    expect(messages).not.toMatch(
      /simple attribute|reserved for|must be unique|duplicate|minor units|decimal places|at least one|above zero/,
    );
  });

  it('gives compileFlow the locale too', () => {
    const compiled = compileFlow(broken, coreRegistry, { locale: 'zh' });
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.problems.map((p) => p.message)).toContain(
      '流程出现循环：vip → again → vip；流程中不能有循环',
    );
  });
});

describe('zod problems', () => {
  const schema = z.strictObject({
    name: z.string().min(1),
    count: z.number().int().min(0),
    kind: z.enum(['a', 'b']),
    items: z.array(z.string()).max(1),
    id: z.string().regex(/^x/, 'an id starting with x'),
  });
  const problems = (value: unknown, locale: 'en' | 'zh') => {
    const parsed = schema.safeParse(value, zodParseOptions(locale));
    return parsed.success
      ? []
      : zodProblems(parsed.error, ['config'], { what: 'config', locale }).map((p) => p.message);
  };

  it("calls a missing field missing from the issue, not from zod's English", () => {
    expect(problems({ count: 1, kind: 'a', items: [], id: 'x' }, 'en')).toEqual(['name: missing (expected string)']);
    expect(problems({ count: 1, kind: 'a', items: [], id: 'x' }, 'zh')).toEqual(['name：缺少此项（应为文本）']);
    // A field that is there but wrong is not missing.
    expect(problems({ name: null, count: 1, kind: 'a', items: [], id: 'x' }, 'en')).toEqual([
      'name: Invalid input: expected string, received null',
    ]);
    expect(problems({ name: null, count: 1, kind: 'a', items: [], id: 'x' }, 'zh')).toEqual([
      'name：应为文本，实际为空值 null',
    ]);
  });

  it("words zod's own messages in Chinese, and keeps a schema's own message", () => {
    const value = { name: '', count: 1.5, kind: 'c', items: ['a', 'b'], id: 'y', extra: 1 };
    expect(problems(value, 'zh')).toEqual([
      'name：不能为空',
      'count：应为整数，不能有小数',
      'kind：应为以下之一："a"、"b"',
      'items：最多 1 项',
      'id：an id starting with x',
      '配置：有不认识的字段："extra"',
    ]);
    expect(problems(value, 'en')[5]).toBe('config: Unrecognized key: "extra"');
  });
});
