import { describe, expect, it } from 'vitest';
import { mayReadAttributes } from './attribute-readers';

describe('mayReadAttributes', () => {
  it('finds reads of the attributes, literal or not', () => {
    for (const expression of [
      { var: 'attributes.warehouse' },
      { '==': [{ var: ['attributes', null] }, 'x'] },
      { and: [true, { missing: ['channel', 'attributes.f'] }] },
      { missing_some: [1, ['attributes.f']] },
      { var: '' }, // the whole data
      { var: [] },
      { var: { cat: ['attri', 'butes.f'] } }, // a computed path
      { some: [{ var: 'lines' }, { var: 'attributes' }] }, // in a loop body too (conservative)
    ])
      expect(mayReadAttributes(expression), JSON.stringify(expression)).toBe(true);
  });

  it('lets pass what reads only other fields', () => {
    for (const expression of [
      { var: 'customer.tier' },
      { '==': [{ var: 'shippingAddress.province' }, 'attributes'] }, // a value, not a path
      { in: ['attributes', { var: 'coupons' }] },
      { missing: ['channel', 'totals.subtotal.amount'] },
      true,
    ])
      expect(mayReadAttributes(expression), JSON.stringify(expression)).toBe(false);
  });
});
