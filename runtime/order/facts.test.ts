import { describe, expect, it } from 'vitest';
import { testOrder } from '../testing/builders';
import { z } from 'zod';
import { buildFacts, factsFrom, FACTS_SHAPE, refillFacts, type FieldShape } from './facts';
import { orderSchema } from './order.schema';
import { emptyOutcome } from './outcome';
import { computeTotals } from './totals';

const fullOrder = orderSchema.parse(
  testOrder({
    updatedAt: '2026-11-11T01:00:00+08:00',
    payment: { method: 'alipay', amount: { amount: 100, currency: 'CNY' }, paidAt: '2026-11-11T00:06:00+08:00' },
    shippingFee: { amount: 800, currency: 'CNY' },
    attributes: { source: 'live' },
  }),
);

describe('facts', () => {
  it('carry every field of the order, so conditions can read anything the order has', () => {
    const facts = buildFacts(fullOrder, emptyOutcome(), computeTotals(fullOrder, []), '2026-11-11T10:00:00+08:00');
    for (const key of Object.keys(fullOrder))
      expect(facts).toHaveProperty([key], (fullOrder as Record<string, unknown>)[key]);
  });

  it('describe every field the order schema has, at every depth, for the field picker and the var checker', () => {
    expect(undescribedFields(z.toJSONSchema(orderSchema, { io: 'output' }) as JsonSchema, FACTS_SHAPE, '')).toEqual([]);
  });

  it('describe nothing the facts do not have', () => {
    const facts = buildFacts(fullOrder, emptyOutcome(), computeTotals(fullOrder, []), '2026-11-11T10:00:00+08:00');
    const top = FACTS_SHAPE as Extract<FieldShape, { kind: 'object' }>;
    expect(Object.keys(top.fields).filter((key) => !(key in facts))).toEqual([]);
  });

  it('refilled for another order, equal facts built for that order: nothing of the last run shows', () => {
    const plain = orderSchema.parse(testOrder());
    const now = '2026-11-11T10:00:00+08:00';
    const of = (order: typeof plain) =>
      [order, computeTotals(order, []), [] as string[], order.attributes, now] as const;
    const shared = factsFrom(...of(fullOrder));
    expect(refillFacts(shared, ...of(plain))).toEqual(factsFrom(...of(plain)));
    expect(refillFacts(shared, ...of(fullOrder))).toEqual(factsFrom(...of(fullOrder)));
  });

  it('show attributes the flow set over those the order came with', () => {
    const outcome = { ...emptyOutcome(), attributes: { source: 'flow', warehouse: 'WH-SH' } };
    const facts = buildFacts(fullOrder, outcome, computeTotals(fullOrder, []), '2026-11-11T10:00:00+08:00');
    expect(facts.attributes).toEqual({ source: 'flow', warehouse: 'WH-SH' });
  });
});

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
}

/** Paths the order schema has (read from its own JSON Schema) that the facts shape does not describe. */
function undescribedFields(schema: JsonSchema, shape: FieldShape, at: string): string[] {
  if (shape.kind === 'record') return []; // free-form: any key below is allowed
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches)
    return branches.flatMap((branch) => (branch.type === 'null' ? [] : undescribedFields(branch, shape, at)));
  if (schema.properties) {
    if (shape.kind !== 'object') return [`${at || '(order)'}: an object in the schema, ${shape.kind} in the shape`];
    return Object.entries(schema.properties).flatMap(([key, child]) => {
      const path = at ? `${at}.${key}` : key;
      const described = shape.fields[key];
      return described ? undescribedFields(child, described, path) : [path];
    });
  }
  if (schema.items) {
    if (shape.kind !== 'array')
      return shape.kind === 'strings' ? [] : [`${at}: a list in the schema, ${shape.kind} in the shape`];
    return undescribedFields(schema.items, shape.of, `${at}[]`);
  }
  return [];
}
