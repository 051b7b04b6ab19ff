import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContextSchema, orderSchema } from '../runtime/index';
import { DEFAULTS, generateContext, generateOrders, SINGLE_ORDERS } from './generate-data';
import { INVALID_EVERY } from './generator/invalid';

const data = (name: string) => readFileSync(join(import.meta.dirname, 'data', name), 'utf8');

describe('generate-data', () => {
  const orders = generateOrders(DEFAULTS);

  it('is deterministic, and the committed data set is its output', () => {
    expect(generateOrders(DEFAULTS)).toEqual(orders);
    expect(data('orders.jsonl')).toBe(orders.map((o) => JSON.stringify(o)).join('\n') + '\n');
    expect(JSON.parse(data('context.json'))).toEqual(generateContext({ now: DEFAULTS.now }));
    for (const [name, order] of Object.entries(SINGLE_ORDERS))
      expect(JSON.parse(data(`orders/${name}.json`))).toEqual(order);
  });

  it('gives a different data set for a different seed', () => {
    expect(generateOrders({ ...DEFAULTS, seed: 7, count: 50 })).not.toEqual(orders.slice(0, 50));
  });

  it('breaks about 1% of orders on purpose, and only those', () => {
    const rejected = orders
      .map((order, i) => ({ seq: i + 1, ok: orderSchema.safeParse(order).success }))
      .filter((r) => !r.ok);
    expect(rejected.map((r) => r.seq % INVALID_EVERY)).toEqual(rejected.map(() => 50));
    expect(rejected.length).toBe(Math.floor((orders.length - 50) / INVALID_EVERY) + 1);
  });

  it('covers nine channels, both markets, returns and remote areas', () => {
    const valid = orders.flatMap((o) => {
      const parsed = orderSchema.safeParse(o);
      return parsed.success ? [parsed.data] : [];
    });
    expect(new Set(valid.map((o) => o.channel)).size).toBe(9);
    for (const o of valid) expect(o.currency).toBe(o.shippingAddress.country === 'CN' ? 'CNY' : 'USD');
    expect(valid.filter((o) => o.kind === 'return').every((o) => o.status === 'return_requested')).toBe(true);
    expect(valid.filter((o) => o.shippingAddress.remote).length).toBeGreaterThan(20);
    expect(valid.every((o) => Date.parse(o.createdAt) < Date.parse(DEFAULTS.now))).toBe(true);
  });

  it('writes a valid context and valid single orders', () => {
    expect(runContextSchema.safeParse(generateContext({ now: DEFAULTS.now })).success).toBe(true);
    for (const order of Object.values(SINGLE_ORDERS)) expect(orderSchema.safeParse(order).error).toBeUndefined();
  });
});
