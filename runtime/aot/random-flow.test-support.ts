import fc from 'fast-check';
import type { FlowInput } from '../flow/flow.schema';

/*
 * Random valid flows for the built-module property test: a trigger, then nodes of the core types
 * (condition, switch, discount, gift, tag, set-field, approval, end) whose ports each lead to a later
 * node, so the graph has no cycle; conditions are random JSONLogic over the facts, mixing what a
 * built module writes as plain code (var, comparisons, and/or/!/!!, if, in a list, and the loops,
 * `in` a field and `+` that count work or may throw) with what it leaves to the compiled closure.
 */

const PATHS = [
  'customer.tier',
  'channel',
  'totals.subtotal.amount',
  'totals.total.amount',
  'totals.subtotal.currency',
  'coupons',
  'lines.length',
  'lines.0.category',
  'shippingAddress.remote',
  'shippingAddress.province',
  'createdAt',
  'customer.orderCount',
  'attributes.f',
  'tags',
] as const;

const TIMESTAMPS = ['2026-11-11T00:00:00+08:00', '2026-11-10T16:05:00Z', '2026-11-11T00:05:00+08:00'] as const;

const SCALARS = fc.oneof(
  fc.constantFrom('vip', 'gold', 'regular', 'douyin', 'tmall', 'CNY', 'USD', 'TRADEIN', 'appliance', '', '0', 'f'),
  fc.constantFrom(...TIMESTAMPS),
  fc.constantFrom(0, 1, 2, 3, 19_900, 50_000, 100_000, -1, 0.5),
  fc.boolean(),
  fc.constant(null),
);

const variable = fc.oneof(
  fc.constantFrom(...PATHS).map((path) => ({ var: path })),
  fc.tuple(fc.constantFrom(...PATHS), SCALARS).map(([path, fallback]) => ({ var: [path, fallback] })),
);

const COMPARE = ['==', '!=', '===', '!==', '<', '<=', '>', '>='] as const;

/** Fields that hold a list, a text or something else: what loops and `in` run over. */
const LIST = fc.constantFrom('lines', 'coupons', 'tags', 'channel', 'customer').map((path) => ({ var: path }));

/** A test of one item of a list (a line, a coupon code…), as `some` / `all` / `none` run it. */
const itemTest: fc.Arbitrary<unknown> = fc.oneof(
  SCALARS.map((value) => ({ '==': [{ var: 'category' }, value] })),
  fc.integer({ min: 0, max: 3 }).map((n) => ({ '>=': [{ var: 'quantity' }, n] })),
  fc.constant({ in: [{ var: 'category' }, ['appliance', 'beauty']] }),
  fc.constant({ var: 'quantity' }),
  SCALARS.map((value) => ({ in: [value, { var: 'coupons' }] })),
);

/** A `reduce` over a list, summing (or keeping) what each item gives, with or without a start. */
const reduction: fc.Arbitrary<unknown> = fc
  .tuple(
    LIST,
    fc.oneof(
      fc.tuple(itemTest, fc.constantFrom('current.quantity', 'current', 'quantity')).map(([test, path]) => ({
        '+': [
          { var: 'accumulator' },
          { if: [JSON.parse(JSON.stringify(test).replaceAll('{"var":"', '{"var":"current.')), { var: path }, 0] },
        ],
      })),
      fc.constant({ var: 'accumulator' }),
      fc.constant({ '+': [{ var: 'accumulator' }, 1] }),
      fc.constant({ var: ['current.quantity', 0] }),
    ),
    fc.option(fc.constantFrom(0, 1, '2', null), { nil: undefined }),
  )
  .map(([list, body, start]) => ({ reduce: start === undefined ? [list, body] : [list, body, start] }));

/** JSONLogic over the facts. */
export const logicArbitrary: fc.Arbitrary<unknown> = fc.letrec<{ expr: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(variable, SCALARS),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.tuple(fc.constantFrom(...COMPARE), tie('expr'), tie('expr')).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc.tuple(fc.constantFrom(...COMPARE), variable, SCALARS).map(([op, a, b]) => ({ [op]: [a, b] })),
    // Timestamps with offsets are ordered by instant, not by their characters.
    fc
      .tuple(fc.constantFrom(...COMPARE), fc.constantFrom(...TIMESTAMPS), fc.boolean())
      .map(([op, at, flip]) => ({ [op]: flip ? [at, { var: 'createdAt' }] : [{ var: 'createdAt' }, at] })),
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.array(tie('expr'), { minLength: 1, maxLength: 3 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom('!', '!!'), tie('expr')).map(([op, a]) => ({ [op]: [a] })),
    fc.array(tie('expr'), { minLength: 1, maxLength: 5 }).map((args) => ({ if: args })),
    fc.tuple(tie('leaf'), fc.array(SCALARS, { maxLength: 4 })).map(([a, list]) => ({ in: [a, list] })),
    SCALARS.map((needle) => ({ in: [needle, { var: 'coupons' }] })),
    SCALARS.map((value) => ({ some: [{ var: 'lines' }, { '==': [{ var: 'category' }, value] }] })),
    fc.tuple(variable, fc.integer({ min: -3, max: 3 })).map(([a, n]) => ({ '+': [a, n] })),
    // What a built module writes as loops and counted searches (emit-work.ts).
    fc
      .tuple(fc.constantFrom('some', 'all', 'none'), LIST, itemTest)
      .map(([op, list, test]) => ({ [op]: [list, test] })),
    fc
      .tuple(reduction, fc.constantFrom(...COMPARE), fc.integer({ min: 0, max: 4 }))
      .map(([sum, op, n]) => ({ [op]: [sum, n] })),
    // A field first: `+` over constants only is folded when compiled (and refused when not a number).
    fc
      .tuple(variable, fc.array(fc.oneof(variable, SCALARS), { maxLength: 2 }))
      .map(([first, rest]) => ({ '+': [first, ...rest] })),
    fc.tuple(tie('leaf'), LIST).map(([needle, haystack]) => ({ in: [needle, haystack] })),
    // One field read again with other defaults: a module reads it once per evaluation (shared-reads.ts),
    // which must keep each default apart.
    fc.tuple(fc.constantFrom(...PATHS), SCALARS, SCALARS, fc.constantFrom(...COMPARE)).map(([path, a, b, op]) => ({
      or: [{ [op]: [{ var: [path, a] }, b] }, { '==': [{ var: path }, { var: [path, b] }] }],
    })),
    // A field of the facts read again inside a loop's body, where it names the item's field instead.
    fc
      .tuple(fc.constantFrom('some', 'all', 'none'), fc.constantFrom('channel', 'customer.tier'), SCALARS)
      .map(([op, path, value]) => ({
        and: [{ '!=': [{ var: path }, value] }, { [op]: [{ var: 'lines' }, { '!=': [{ var: path }, value] }] }],
      })),
  ),
})).expr;

type NodeSpec = { type: string; config: Record<string, unknown>; ports: string[] };

const nodeSpec: fc.Arbitrary<NodeSpec> = fc.oneof(
  logicArbitrary.map((expression) => ({ type: 'condition', config: { expression }, ports: ['true', 'false'] })),
  fc.array(logicArbitrary, { minLength: 1, maxLength: 3 }).map((expressions) => ({
    type: 'switch',
    config: { cases: expressions.map((expression, i) => ({ id: `c${i}`, label: `case ${i}`, expression })) },
    ports: [...expressions.map((_, i) => `c${i}`), 'default'],
  })),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.option(logicArbitrary, { nil: undefined })).map(([percent, when]) => ({
    type: 'discount',
    config: { kind: 'percent', percent, reason: `${percent}% off`, stacking: 'stackable', when },
    ports: ['next'],
  })),
  // A node whose own run evaluates its condition: a built module hands it the plain-code function.
  logicArbitrary.map((when) => ({
    type: 'gift',
    config: { sku: 'GIFT', name: 'Gift', when, requireStock: false },
    ports: ['next'],
  })),
  fc.constantFrom('review', 'vip', 'x').map((tag) => ({ type: 'tag', config: { tags: [tag] }, ports: ['next'] })),
  logicArbitrary.map((expression) => ({ type: 'set-field', config: { field: 'f', expression }, ports: ['next'] })),
  fc.constant<NodeSpec>({
    type: 'approval',
    config: { role: 'finance', reason: 'check' },
    ports: ['approved', 'rejected', 'timed_out'],
  }),
);

/** A flow of 2–9 nodes: n0 the trigger, the last an end, every port leading to a later node. */
export const randomFlowArbitrary: fc.Arbitrary<FlowInput> = fc
  .tuple(
    fc.array(nodeSpec, { minLength: 0, maxLength: 7 }),
    fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    fc.constantFrom('accept', 'hold', 'cancel'),
  )
  .map(([middle, choices, decision]) => {
    const specs: NodeSpec[] = [
      { type: 'trigger', config: {}, ports: ['start'] },
      ...middle,
      { type: 'end', config: { decision }, ports: [] },
    ];
    const last = specs.length - 1;
    let choice = 0;
    const edges: FlowInput['edges'] = [];
    specs.forEach((spec, i) => {
      for (const port of spec.ports) {
        // The next node or any later one: every node stays reachable often enough.
        const pick = choices[choice++ % choices.length]!;
        const target = pick % 3 === 0 ? i + 1 : i + 1 + (pick % (last - i));
        edges.push({ id: `e${edges.length}`, source: `n${i}`, sourcePort: port, target: `n${Math.min(target, last)}` });
      }
    });
    return {
      format: 'orderflow/flow',
      formatVersion: 1,
      id: 'random-flow',
      name: 'Random flow',
      nodes: specs.map((spec, i) => ({
        id: `n${i}`,
        type: spec.type,
        config: spec.config,
        position: { x: i * 200, y: 0 },
      })),
      edges,
    } as FlowInput;
  });
