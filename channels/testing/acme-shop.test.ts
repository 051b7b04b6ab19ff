import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { compileFlow, emptyContext, runFlow } from '../../runtime/index';
import { loadMapping } from '../registry';
import { normalize } from '../normalize';
import flow from './acme-baskets.flow.json';

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** Trigger (acme-shop, paid) → condition (subtotal ≥ €100) → tag. */
describe('a channel added with a mapping file alone', () => {
  it('normalizes its orders and runs them through a flow', () => {
    const loaded = loadMapping(read('acme-shop.mapping.json'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const results = normalize(loaded.mapping, read('acme-shop.orders.json'));

    const [first, second, third] = results;
    expect(first).toMatchObject({
      ok: true,
      order: {
        id: 'acme-shop:A-1001',
        channel: 'acme-shop',
        status: 'paid',
        createdAt: '2026-11-11T00:05:00+01:00',
        currency: 'EUR',
        coupons: ['SINGLES11'],
        shippingFee: { amount: 490, currency: 'EUR' },
        shippingAddress: { country: 'DE', city: 'Berlin', postalCode: '10115' },
        lines: [
          { id: '1', sku: 'KB-100', quantity: 1, unitPrice: { amount: 12000, currency: 'EUR' } },
          { id: '2', sku: 'MS-20', quantity: 2, unitPrice: { amount: 1750 } },
        ],
      },
    });
    // No currency and no buyer in the second order: the declared defaults, flagged.
    expect(second?.ok && second.order.attributes.defaulted).toBe('currency,customer.id');
    // An unknown state is refused with the channel, the path and the reason.
    expect(third).toMatchObject({
      ok: false,
      problems: [
        { channel: 'acme-shop', path: '$.orders[2]', message: expect.stringMatching(/state="lost in the mail"/) },
      ],
    });

    const compiled = compileFlow(flow, coreRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const tags = results
      .flatMap((r) => (r.ok ? [runFlow(compiled.plan, r.order, emptyContext())] : []))
      .map((run) => [run.status, run.outcome?.tags]);
    expect(tags).toEqual([
      ['completed', ['big-basket']],
      ['completed', ['small-basket']],
    ]);
  });
});
