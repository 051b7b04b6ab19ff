import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { checkLogic } from '../../runtime/index';
import { compileLogic, truthy, FACTS_SHAPE } from '../../runtime/node/index';
import { describe, expect, it } from 'vitest';
import { fieldsIn, findField, type Field } from './fields';
import { NUMBER_OPS } from './operators';
import type { ArrayRule, CompareOp, FieldRule, NumberTest, RuleGroup, RuleNode } from './rule-tree';
import { currencyPathOf, toLogic } from './to-logic';
import { toRules } from './to-rules';

const noNegativeZero = (x: number) => (Object.is(x, -0) ? 0 : x);
const decimal = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map(noNegativeZero);
const minor = fc.integer({ min: -1e12, max: 1e12 });

function numberTest(value: fc.Arbitrary<number>): fc.Arbitrary<NumberTest> {
  const compare = NUMBER_OPS.filter((op): op is CompareOp => op !== 'between');
  return fc.oneof(
    fc.record({ op: fc.constantFrom(...compare), value }),
    fc.record({ op: fc.constant('between' as const), value: fc.tuple(value, value) }),
  );
}

function ruleFor(field: Field): fc.Arbitrary<FieldRule> {
  const base = { kind: fc.constant('rule' as const), field: fc.constant(field.path) };
  const text = fc.string({ maxLength: 12 });
  switch (field.kind) {
    case 'string':
      return fc.oneof(
        fc.record({ ...base, op: fc.constantFrom('==' as const, '!=' as const), value: text }),
        fc.record({
          ...base,
          op: fc.constantFrom('in' as const, 'notIn' as const),
          value: fc.array(text, { maxLength: 4 }),
        }),
        fc.record({ ...base, op: fc.constant('contains' as const), value: text }),
      );
    case 'strings':
      return fc.record({ ...base, op: fc.constantFrom('contains' as const, 'notContains' as const), value: text });
    case 'boolean':
      return fc.record({ ...base, op: fc.constantFrom('isTrue' as const, 'isFalse' as const) });
    case 'datetime':
      return fc.record({
        ...base,
        op: fc.constantFrom('before' as const, 'after' as const),
        value: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      });
    case 'money':
      // Builder-written money tests name their currency; logic from before pins had none.
      return fc
        .tuple(numberTest(minor), fc.option(fc.constantFrom('CNY', 'USD', 'JPY'), { nil: undefined }))
        .map(
          ([test, currency]) =>
            ({ kind: 'rule', field: field.path, ...(currency ? { currency } : {}), ...test }) as FieldRule,
        );
    default:
      return numberTest(decimal).map((test) => ({ kind: 'rule', field: field.path, ...test }) as FieldRule);
  }
}

/** Empty groups are normalised to 'and' (they print as `true`, where and/or means nothing). */
const group = (children: fc.Arbitrary<RuleNode[]>) =>
  fc
    .record({ op: fc.constantFrom('and' as const, 'or' as const), children })
    .map(({ op, children: list }): RuleGroup => ({
      kind: 'group',
      op: list.length === 0 ? 'and' : op,
      children: list,
    }));

function treeIn(scope: string | undefined, depth: number): fc.Arbitrary<RuleNode> {
  const fields = fieldsIn(scope);
  const rule = fc.constantFrom(...fields.filter((f) => f.kind !== 'array')).chain(ruleFor);
  if (depth === 0) return rule;
  const options: fc.Arbitrary<RuleNode>[] = [rule, group(fc.array(treeIn(scope, depth - 1), { maxLength: 3 }))];
  const arrays = fields.filter((f) => f.kind === 'array');
  if (arrays.length > 0) options.push(fc.constantFrom(...arrays).chain((f) => arrayRule(f, depth - 1)));
  return fc.oneof(...options);
}

function arrayRule(field: Field, depth: number): fc.Arbitrary<ArrayRule> {
  const where = treeIn(field.path, depth);
  const sumFields = (field.itemFields ?? []).filter((f) => f.kind === 'number').map((f) => f.path);
  return fc.oneof(
    where.map((w): ArrayRule => ({ kind: 'array', field: field.path, where: w, measure: 'some' })),
    fc
      .tuple(where, numberTest(decimal))
      .map(([w, test]): ArrayRule => ({ kind: 'array', field: field.path, where: w, measure: 'count', ...test })),
    fc.tuple(where, numberTest(decimal), fc.constantFrom(...sumFields)).map(([w, test, sumField]): ArrayRule => ({
      kind: 'array',
      field: field.path,
      where: w,
      measure: 'sum',
      sumField,
      ...test,
    })),
  );
}

describe('rule trees round-trip through JSONLogic', () => {
  it('toRules(toLogic(tree)) deep-equals tree, also after a trip through JSON text', () => {
    fc.assert(
      fc.property(treeIn(undefined, 3), (tree) => {
        const logic = toLogic(tree);
        expect(toRules(logic)).toEqual(tree);
        expect(toRules(JSON.parse(JSON.stringify(logic)))).toEqual(tree);
      }),
      { numRuns: 500 },
    );
  });
});

/** A small order-shaped record, enough for every builder field to read something. */
const SAMPLE_FACTS = {
  id: 'o-1',
  channel: 'douyin',
  kind: 'sale',
  status: 'paid',
  partiallyRefunded: false,
  currency: 'CNY',
  createdAt: '2026-11-11T00:05:00+08:00',
  now: '2026-11-11T00:06:00+08:00',
  coupons: ['DOUBLE11'],
  tags: [],
  customer: {
    id: 'c',
    tier: 'vip',
    tags: ['VIP'],
    orderCount: 3,
    returnRate: 0.1,
    lifetimeSpend: { amount: 120000, currency: 'CNY' },
  },
  lines: [
    {
      id: 'l1',
      sku: 'A-1',
      name: '礼盒',
      category: 'gift',
      quantity: 2,
      unitPrice: { amount: 9900, currency: 'CNY' },
      weightGrams: 500,
    },
    { id: 'l2', sku: 'B-2', name: 'Tea', category: 'food', quantity: 1, unitPrice: { amount: 2500, currency: 'CNY' } },
  ],
  shippingAddress: { country: 'CN', province: '浙江', city: '杭州', remote: false },
  totals: {
    subtotal: { amount: 22300, currency: 'CNY' },
    discount: { amount: 0, currency: 'CNY' },
    shipping: { amount: 0, currency: 'CNY' },
    total: { amount: 22300, currency: 'CNY' },
    itemCount: 3,
  },
  attributes: {},
};

function hasUnpinnedMoney(node: RuleNode, scope?: string): boolean {
  if (node.kind === 'group') return node.children.some((c) => hasUnpinnedMoney(c, scope));
  if (node.kind === 'array') return hasUnpinnedMoney(node.where, node.field);
  // Zero needs no currency, so only a nonzero amount is reported.
  const values = 'value' in node ? [node.value].flat() : [];
  return (
    findField(node.field, scope)?.kind === 'money' &&
    node.currency === undefined &&
    values.some((v) => typeof v === 'number' && v !== 0)
  );
}

describe('what the builder prints, the runtime accepts', () => {
  it('passes the runtime logic checker against FACTS_SHAPE, and means the same to the runtime as to json-logic-js', () => {
    fc.assert(
      fc.property(treeIn(undefined, 3), (tree) => {
        const logic = toLogic(tree);
        // Only logic read from before currencies were pinned may hold in any currency, and it is reported.
        const issues = checkLogic(logic, FACTS_SHAPE);
        expect(issues.filter((i) => i.code !== 'money-currency-unpinned')).toEqual([]);
        expect(issues.length > 0).toBe(hasUnpinnedMoney(tree));
        // A sum over lines that lack the field (the second sample line has no weight) reads it as 0: it never fails.
        const value = compileLogic(logic)(SAMPLE_FACTS);
        expect(truthy(value)).toBe(jsonLogic.truthy(jsonLogic.apply(logic as jsonLogic.RulesLogic, SAMPLE_FACTS)));
      }),
      { numRuns: 300 },
    );
  });
});

/** SAMPLE_FACTS with every money object (and the order) in `currency`. */
function factsIn(currency: string): unknown {
  const recur = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(recur);
    if (x === null || typeof x !== 'object') return x;
    const o = Object.fromEntries(Object.entries(x).map(([k, v]) => [k, recur(v)]));
    return 'currency' in o ? { ...o, currency } : o;
  };
  return recur(SAMPLE_FACTS);
}

describe('a money test the builder writes holds only in its currency', () => {
  it('is false for an order in any other currency, and means the bare test in its own', () => {
    const money = fieldsIn(undefined).filter((f) => f.kind === 'money');
    const codes = ['CNY', 'USD', 'JPY', 'EUR'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...money).chain((f) => numberTest(minor).map((test) => ({ field: f.path, test }))),
        fc.constantFrom(...codes),
        fc.constantFrom(...codes),
        ({ field, test }, ruleCurrency, orderCurrency) => {
          const rule = { kind: 'rule', field, currency: ruleCurrency, ...test } as FieldRule;
          const bare = { kind: 'rule', field, ...test } as FieldRule;
          const facts = factsIn(orderCurrency);
          const holds = truthy(compileLogic(toLogic(rule))(facts));
          const bareHolds = truthy(compileLogic(toLogic(bare))(facts));
          // Never more than the bare test, and never in another currency…
          if (holds) expect(ruleCurrency === orderCurrency && bareHolds).toBe(true);
          // …and exactly the bare test where the order has that money in the rule's currency (an absent shipping
          // fee has no currency, so a pinned test on it does not hold).
          const present = compileLogic({ var: currencyPathOf(field) })(facts) !== null;
          if (present && ruleCurrency === orderCurrency) expect(holds).toBe(bareHolds);
          expect(checkLogic(toLogic(rule), FACTS_SHAPE)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
