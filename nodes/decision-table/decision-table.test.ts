import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../index';
import { compileFlow, emptyContext, runFlow, validateFlow } from '../../runtime/index';
import type { OrderInput } from '../../runtime/node/index';
import { testFlow } from '../../runtime/testing/builders';
import { existing, makeOrder, outcomeWith, portOf, runNode } from '../testing/node-harness';
import { decisionTableNode } from './decision-table.node';
import { decisionTableConfigSchema } from './table.schema';
import { buildTable } from './build-table';
import { TABLE_WORDS } from './words';

/** Tier × subtotal discount matrix, unique policy. */
const matrix = {
  inputs: [
    { id: 'tier', field: 'customer.tier' },
    { id: 'spend', field: 'totals.subtotal', currency: 'CNY', label: 'Subtotal' },
  ],
  outputs: [{ id: 'off', kind: 'discount' }],
  rows: [
    { when: { tier: 'vip', spend: '>= ¥800' }, then: { off: '10%' } },
    { when: { tier: 'gold, silver', spend: '[300..800)' }, then: { off: '5%' } },
    { when: { tier: 'gold', spend: '>= 800 CNY' }, then: { off: '¥50' } },
  ],
};

const order = (tier: string, price: number, extra: Partial<OrderInput> = {}) =>
  makeOrder([{ price, id: 'L1' }], { customer: { id: 'c', tier } as OrderInput['customer'], ...extra });

function problemsOf(config: Record<string, unknown>, locale: 'en' | 'zh' = 'en') {
  const parsed = decisionTableConfigSchema.parse(config);
  return buildTable(parsed, TABLE_WORDS[locale]).issues;
}

describe('decision table: matching and outputs', () => {
  const cases: { name: string; tier: string; price: number; port: string; amount?: number; note?: RegExp }[] = [
    {
      name: 'vip over ¥800 gets 10%',
      tier: 'vip',
      price: 90000,
      port: 'matched',
      amount: 9000,
      note: /row 1: vip, >= ¥800 → 10%/,
    },
    { name: 'gold at exactly ¥300 (closed start) gets 5%', tier: 'gold', price: 30000, port: 'matched', amount: 1500 },
    { name: 'silver at ¥799.99 (open end) gets 5%', tier: 'silver', price: 79999, port: 'matched', amount: 4000 },
    { name: 'gold at ¥800 gets the fixed ¥50 of row 3', tier: 'gold', price: 80000, port: 'matched', amount: 5000 },
    { name: 'silver at ¥800 matches no row', tier: 'silver', price: 80000, port: 'no-match', note: /no row matches/ },
    {
      name: 'regular matches no row',
      tier: 'regular',
      price: 50000,
      port: 'no-match',
      note: /customer.tier = regular/,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const result = runNode(decisionTableNode, matrix, order(c.tier, c.price));
      expect(portOf(result)).toBe(c.port);
      const patch = 'patch' in result ? result.patch : undefined;
      expect(patch?.adjustments?.[0]?.amount.amount).toBe(c.amount);
      if (c.note) expect(result.note).toMatch(c.note);
    });

  it('names the row and the inputs it saw in the discount reason and the note, in Chinese too', () => {
    const result = runNode(decisionTableNode, matrix, order('vip', 90000), { locale: 'zh' });
    expect(result.note).toContain('第 1 行：vip，>= ¥800 → 10%');
    expect(result.note).toContain('Subtotal = ¥900.00');
    const en = runNode(decisionTableNode, matrix, order('vip', 90000));
    const reason = 'patch' in en ? en.patch?.adjustments?.[0]?.reason : undefined;
    expect(reason).toMatch(/^Decision table customer.tier = vip, Subtotal = ¥900.00 — row 1/);
  });

  it('stacks like the discount node: an exclusive table discount must beat what is there', () => {
    const exclusive = { ...matrix, outputs: [{ id: 'off', kind: 'discount', stacking: 'exclusive' }] };
    const result = runNode(decisionTableNode, exclusive, order('vip', 90000), {
      outcome: outcomeWith([existing('d0', 20000, 'stackable', 5)]),
    });
    expect(portOf(result)).toBe('matched');
    expect('patch' in result ? result.patch?.adjustments : undefined).toBeUndefined();
    expect(result.note).toMatch(/discount not applied: lost to d0/);
  });

  it('a fixed amount in another currency is skipped with the reason, never converted', () => {
    const usd = makeOrder([{ price: 90000 }], { customer: { id: 'c', tier: 'gold' } as OrderInput['customer'] }, 'USD');
    const table = { ...matrix, inputs: [matrix.inputs[0]] };
    const result = runNode(
      decisionTableNode,
      { ...table, rows: [{ when: { tier: 'gold' }, then: { off: '¥50' } }] },
      usd,
    );
    expect(result.note).toMatch(/the discount is in CNY, the order is in USD/);
    expect('patch' in result ? result.patch : undefined).toBeUndefined();
  });

  it('sets tags and typed attributes', () => {
    const config = {
      inputs: [{ id: 'ch', field: 'channel' }],
      outputs: [
        { id: 'lane', kind: 'tag' },
        { id: 'wh', kind: 'attribute', name: 'preferredWarehouse' },
        { id: 'days', kind: 'attribute', type: 'number' },
      ],
      rows: [
        { when: { ch: 'douyin, tmall' }, then: { lane: 'live-commerce', wh: 'WH-HZ', days: '2' } },
        { when: { ch: 'not(douyin, tmall)' }, then: { wh: 'WH-SH' } },
      ],
    };
    const result = runNode(decisionTableNode, config, makeOrder([{ price: 100 }], { channel: 'douyin' }));
    expect('patch' in result ? result.patch : undefined).toEqual({
      tags: ['live-commerce'],
      attributes: { preferredWarehouse: 'WH-HZ', days: 2 },
    });
    const other = runNode(decisionTableNode, config, makeOrder([{ price: 100 }], { channel: 'shopify' }));
    expect('patch' in other ? other.patch : undefined).toEqual({ attributes: { preferredWarehouse: 'WH-SH' } });
  });
});

describe('decision table: hit policies', () => {
  const ranked = (hitPolicy: string, extra: Record<string, unknown> = {}) => ({
    hitPolicy,
    inputs: [{ id: 'spend', field: 'totals.subtotal', currency: 'CNY' }],
    outputs: [{ id: 'off', kind: 'discount' }],
    rows: [
      { when: { spend: '>= ¥100' }, then: { off: '5%' } },
      { when: { spend: '>= ¥500' }, then: { off: '10%' } },
      { when: { spend: '-' }, then: { off: '1%' } },
    ],
    ...extra,
  });
  const amountFor = (config: Record<string, unknown>, price: number) => {
    const result = runNode(decisionTableNode, config, makeOrder([{ price }]));
    return 'patch' in result ? result.patch?.adjustments?.[0]?.amount.amount : undefined;
  };

  it('first: the first matching row wins, so row order matters', () => {
    expect(amountFor(ranked('first'), 60000)).toBe(3000);
    expect(amountFor(ranked('first'), 1000)).toBe(10);
  });
  it('priority: the largest output wins whatever the order', () => {
    expect(amountFor(ranked('priority'), 60000)).toBe(6000);
    expect(amountFor(ranked('priority'), 20000)).toBe(1000);
  });
  it('collect sum / max / min combine every matching row', () => {
    expect(amountFor(ranked('collect', { aggregate: 'sum' }), 60000)).toBe(3000 + 6000 + 600);
    expect(amountFor(ranked('collect', { aggregate: 'max' }), 60000)).toBe(6000);
    expect(amountFor(ranked('collect', { aggregate: 'min' }), 60000)).toBe(600);
  });
  it('collect count counts the matching rows into an attribute', () => {
    const config = {
      hitPolicy: 'collect',
      aggregate: 'count',
      inputs: [{ id: 'spend', field: 'totals.subtotal', currency: 'CNY' }],
      outputs: [{ id: 'flags', kind: 'attribute', type: 'number' }],
      rows: [
        { when: { spend: '>= ¥100' }, then: { flags: '1' } },
        { when: { spend: '>= ¥500' }, then: { flags: '1' } },
      ],
    };
    const result = runNode(decisionTableNode, config, makeOrder([{ price: 60000 }]));
    expect('patch' in result ? result.patch?.attributes : undefined).toEqual({ flags: 2 });
  });
  it('priority on a text column ranks by the listed values', () => {
    const config = {
      hitPolicy: 'priority',
      inputs: [{ id: 'spend', field: 'totals.subtotal', currency: 'CNY' }],
      outputs: [{ id: 'lane', kind: 'tag', values: ['express', 'standard'] }],
      rows: [
        { when: { spend: '-' }, then: { lane: 'standard' } },
        { when: { spend: '>= ¥500' }, then: { lane: 'express' } },
      ],
    };
    const result = runNode(decisionTableNode, config, makeOrder([{ price: 60000 }]));
    expect('patch' in result ? result.patch?.tags : undefined).toEqual(['express']);
  });
});

describe('decision table: per-line mode', () => {
  const perLine = {
    perLine: true,
    inputs: [{ id: 'cat', field: 'line.category' }],
    outputs: [
      { id: 'off', kind: 'discount' },
      { id: 'rate', kind: 'attribute', type: 'number' },
    ],
    rows: [
      { when: { cat: 'appliance' }, then: { off: '10%', rate: '10' } },
      { when: { cat: 'beauty' }, then: { off: '20%', rate: '20' } },
    ],
  };
  it('decides each line: the discount lands on the lines it was decided for', () => {
    const o = makeOrder([
      { id: 'A', price: 100000, category: 'appliance' },
      { id: 'B', price: 5000, category: 'beauty', qty: 2 },
      { id: 'C', price: 999, category: 'books' },
    ]);
    const result = runNode(decisionTableNode, perLine, o);
    const patch = 'patch' in result ? result.patch : undefined;
    expect(patch?.adjustments?.[0]?.allocations).toEqual([
      { lineId: 'A', amount: 10000 },
      { lineId: 'B', amount: 2000 },
    ]);
    expect(patch?.adjustments?.[0]?.amount.amount).toBe(12000);
    expect(patch?.attributes).toEqual({ rate: { A: 10, B: 20 } });
    expect(result.note).toMatch(/line C: line.category = books — no row matches/);
  });
  it('no line matching leaves by no-match', () => {
    const result = runNode(decisionTableNode, perLine, makeOrder([{ price: 100, category: 'books' }]));
    expect(portOf(result)).toBe('no-match');
  });
});

describe('decision table: validation', () => {
  it('a bad cell names the row, the column and the path; nothing else hides it', () => {
    const issues = problemsOf({
      ...matrix,
      rows: [{ when: { tier: 'vip', spend: '>= 5OO' }, then: { off: '10' } }],
    });
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      [['rows', 0, 'when', 'spend'], 'error'],
      [['rows', 0, 'then', 'off'], 'error'],
    ]);
    expect(issues[0]!.message).toMatch(/cannot read "5OO" in ">= 5OO": write an amount in CNY/);
    expect(issues[1]!.message).toMatch(/write a percent \(5%\) or an amount with currency/);
  });

  it('overlapping rows under the unique policy are an error with both rows and an input hitting both', () => {
    const issues = problemsOf({
      ...matrix,
      rows: [
        { when: { tier: 'gold', spend: '>= ¥500' }, then: { off: '5%' } },
        { when: { tier: 'gold, vip', spend: '[300..800)' }, then: { off: '3%' } },
      ],
    });
    const overlap = issues.find((i) => i.code === 'table-overlap');
    expect(overlap?.message).toBe(
      'rows 1 and 2 overlap (the unique policy allows one match): both match customer.tier = gold, Subtotal = ¥500.00',
    );
    expect(overlap?.path).toEqual(['rows', 1]);
  });

  it('the completeness lint names an input no row covers', () => {
    const gaps = problemsOf(matrix).filter((i) => i.code === 'table-gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps[0]!.severity).toBe('warning');
    expect(gaps[0]!.message).toMatch(/^no row covers customer.tier = \w+, Subtotal = ¥/);
  });

  it('first needs a catch-all last row', () => {
    const issues = problemsOf({ ...matrix, hitPolicy: 'first' });
    expect(issues).toEqual([expect.objectContaining({ path: ['rows', 2], code: 'invalid-config' })]);
  });

  it('columns are checked against the order model', () => {
    const issues = problemsOf({
      inputs: [
        { id: 'a', field: 'customer.teir' },
        { id: 'b', field: 'lines' },
        { id: 'c', field: 'totals.subtotal' },
        { id: 'd', field: 'line.category' },
      ],
      outputs: [{ id: 'x', kind: 'tag' }],
      rows: [],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['inputs', 0, 'field'],
      ['inputs', 1, 'field'],
      ['inputs', 2, 'currency'],
      ['inputs', 3, 'field'],
    ]);
  });

  it('a flow with an overlapping table does not validate, and names the node', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        {
          id: 'matrix',
          type: 'decision-table',
          config: { ...matrix, rows: [matrix.rows[0], matrix.rows[0]] },
        },
      ],
      ['start.start->matrix'],
    );
    const { flow: valid, problems } = validateFlow(flow, coreRegistry);
    expect(valid).toBeNull();
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'table-overlap', nodeId: 'matrix', path: ['nodes', 1, 'config', 'rows', 1] }),
    );
  });

  it('a traced run writes the note with the values and the row; an untraced one decides the same', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'matrix', type: 'decision-table', config: matrix },
        { id: 'done', type: 'end' },
      ],
      ['start.start->matrix', 'matrix.matched->done', 'matrix.no-match->done'],
    );
    const compiled = compileFlow(flow, coreRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const run = (trace: boolean) => runFlow(compiled.plan, order('vip', 90000), emptyContext(), { trace });
    const traced = run(true);
    const step = traced.trace.find((s) => s.nodeId === 'matrix');
    expect(step?.note).toContain('Subtotal = ¥900.00');
    expect(step?.note).toContain('row 1: vip, >= ¥800 → 10%');
    expect(step?.matchedRows).toEqual([{ row: 1 }]);
    expect(traced.outcome?.adjustments[0]?.amount.amount).toBe(9000);
    // Writing the note only when traced changes nothing else.
    expect(run(false).outcome).toEqual(traced.outcome);
  });
});
