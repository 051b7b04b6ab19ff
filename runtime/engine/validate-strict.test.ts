import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { testFlow, testOrder } from '../testing/builders';
import { compileFlow } from './compile';
import { runFlow } from './run';
import { validateFlow } from './validate';

const flowWith = (config: Record<string, unknown>, type = 'condition') =>
  testFlow(
    [
      { id: 'start', type: 'trigger' },
      { id: 'check', type, config },
      { id: 'done', type: 'end' },
    ],
    type === 'condition' ? ['start.start->check', 'check.true->done'] : ['start.start->check', 'check.next->done'],
  );

describe('node configs are strict', () => {
  it('refuses a misspelt key instead of running the default, naming the key and the one meant', () => {
    // "expresion" was dropped and the default condition (customer.tier == vip) ran instead.
    const flow = flowWith({ expresion: { '>=': [{ var: 'totals.total.amount' }, 100] } });
    const { flow: valid, problems } = validateFlow(flow, coreRegistry);
    expect(valid).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'unknown-config-key',
        severity: 'error',
        nodeId: 'check',
        path: ['nodes', 1, 'config', 'expresion'],
        message: '"expresion" is not a setting of this step; did you mean "expression"?',
      }),
    ]);
    const zh = validateFlow(flow, coreRegistry, { locale: 'zh' }).problems[0]!;
    expect(zh.message).toBe('"expresion" 不是该步骤的配置项；是否想写 "expression"？');
  });

  it('refuses an unknown key in every core node type, strict schema or not, and inside lists', () => {
    for (const definition of coreRegistry.list()) {
      const flow = testFlow([{ id: 'n', type: definition.type, config: { bogusSetting: 1 } }], []);
      const problems = validateFlow(flow, coreRegistry).problems.filter((p) => p.code === 'unknown-config-key');
      expect(
        problems.map((p) => p.path),
        definition.type,
      ).toEqual([['nodes', 0, 'config', 'bogusSetting']]);
      // Strict schemas report it too: said once, with the valid settings.
      expect(problems[0]!.message, definition.type).toMatch(
        /^"bogusSetting" is not a setting of this step \(settings: /,
      );
    }
    const cases = { cases: [{ id: 'vip', expression: true, lable: 'VIP' }] };
    const nested = validateFlow(flowWith(cases, 'switch'), coreRegistry).problems;
    expect(nested).toContainEqual(
      expect.objectContaining({
        path: ['nodes', 1, 'config', 'cases', 0, 'lable'],
        message: '"lable" is not a setting of this step; did you mean "label"?',
      }),
    );
  });
});

describe('one broken part does not hide the rest', () => {
  it('reports format, node, config, rule and edge problems of one document together, and says what it skipped', () => {
    const flow = flowWith({ expression: { '>==': [1, 2] } }) as Record<string, unknown> & {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    flow.formatVersion = 2;
    flow.nodes.push({ type: 'tag', config: {} }); // no id
    flow.nodes.push({ id: 'x', type: 'discont', config: {} });
    flow.nodes.push({ id: 'y', type: 'tag', config: { tag: ['a'] } });
    flow.edges.push({ id: 'e9', source: 'start' }); // no port, no target
    const problems = validateFlow(flow, coreRegistry).problems;
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['checks-skipped', ''],
      ['schema', 'edges.2.sourcePort'],
      ['schema', 'edges.2.target'],
      ['unsupported-format', 'formatVersion'],
      ['logic-unknown-operator', 'nodes.1.config.expression'],
      ['schema', 'nodes.3.id'],
      ['unknown-node-type', 'nodes.4.type'],
      ['unknown-config-key', 'nodes.5.config.tag'],
    ]);
    expect(problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('loops') });
  });

  it('still checks the graph when every node and edge can be read, beside a format problem', () => {
    const flow = { ...flowWith({}), formatVersion: 2, name: '' };
    flow.edges = [...flow.edges, { id: 'e3', source: 'check', sourcePort: 'false', target: 'nowhere' }];
    expect(validateFlow(flow, coreRegistry).problems.map((p) => p.code)).toEqual([
      'edge-missing-node',
      'unsupported-format',
      'schema',
    ]);
  });
});

describe('text input', () => {
  it('accepts a UTF-8 byte order mark as the CLI does, with the same lines', () => {
    const text = JSON.stringify(flowWith({ expresion: true }), null, 2);
    const plain = compileFlow(text, coreRegistry);
    const marked = compileFlow(`\uFEFF${text}`, coreRegistry);
    expect(marked).toEqual(plain);
    expect(marked.ok ? [] : marked.problems.map((p) => p.line)).toEqual([expect.any(Number)]);
    expect(compileFlow(`\uFEFF${JSON.stringify(flowWith({}))}`, coreRegistry).ok).toBe(true);
  });
});

describe('rules that cannot give an honest answer', () => {
  const ctx = emptyContext('2026-11-11T10:00:00+08:00');

  it('refuses a set-field of the whole record, which made the result contain itself', () => {
    const { problems } = validateFlow(
      flowWith({ field: 'everything', expression: { var: '' } }, 'set-field'),
      coreRegistry,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'logic-invalid', severity: 'error', path: ['nodes', 1, 'config', 'expression'] }),
    ]);
  });

  it('stores a copy of the attributes read by set-field, so the result never contains itself', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'a', type: 'set-field', config: { field: 'a', expression: 1 } },
        { id: 'snap', type: 'set-field', config: { field: 'snapshot', expression: { var: 'attributes' } } },
      ],
      ['start.start->a', 'a.next->snap'],
    );
    const compiled = compileFlow(flow, coreRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const result = runFlow(compiled.plan, testOrder(), ctx);
    // Stored by reference, attributes.snapshot was attributes itself: JSON.stringify threw "circular".
    expect(JSON.parse(JSON.stringify(result.outcome!.attributes))).toEqual({ a: 1, snapshot: { a: 1 } });
  });

  it('refuses a var path computed while running', () => {
    const expression = { '==': [{ var: { cat: ['customer', '.', 'tier'] } }, 'vip'] };
    const { problems } = validateFlow(flowWith({ expression }), coreRegistry);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'logic-invalid', path: ['nodes', 1, 'config', 'expression', '==', 0, 'var'] }),
    ]);
  });

  it('allows a key computed at run time only as a lookup in one named context table', () => {
    const lookup = { var: { cat: ['tables.regionReturnRate.', { var: 'shippingAddress.province' }] } };
    expect(validateFlow(flowWith({ expression: { '>': [lookup, 0.1] } }), coreRegistry).problems).toEqual([]);
    // The prefix must name one table, written out: anything wider could read any field again.
    for (const prefix of ['tables.', 'customer.', 'tables.a.b.']) {
      const wider = { '>': [{ var: { cat: [prefix, { var: 'shippingAddress.province' }] } }, 0.1] };
      expect(validateFlow(flowWith({ expression: wider }), coreRegistry).problems).toEqual([
        expect.objectContaining({ code: 'logic-invalid' }),
      ]);
    }
  });

  it('fails the run on the node when arithmetic divides by zero, instead of taking a branch', () => {
    // Average line value above 100: Infinity (> 100, "true") for an order whose count field is 0.
    const expression = { '>': [{ '/': [{ var: 'totals.subtotal.amount' }, { var: 'customer.orderCount' }] }, 100] };
    const compiled = compileFlow(flowWith({ expression }), coreRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const order = testOrder({ customer: { id: 'c-0', tier: 'regular', tags: [], orderCount: 0, returnRate: 0 } });
    for (const trace of [false, true]) {
      const result = runFlow(compiled.plan, order, ctx, { trace });
      expect(result.status).toBe('failed');
      expect(result.error).toEqual({
        nodeId: 'check',
        message: expect.stringMatching(
          /^arithmetic gave Infinity in \{"\/":\[\{"var":\["totals.subtotal.amount"\]\},\{"var":\["customer.orderCount"\]\}\]\}/,
        ),
      });
    }
  });
});
