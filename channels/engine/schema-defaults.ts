import { orderSchema } from '../../runtime/index';

/**
 * The canonical order schema's defaults, read from the schema once. normalize writes them into the order it
 * builds, in the schema's key order, so the order check finds every value already there and returns the
 * order (its customer, lines and address) as built instead of a copy with the defaults filled in.
 */
const shape = orderSchema.shape;
const customer = shape.customer.parse({ id: '-' });
const line = shape.lines.element.parse({ id: '-', sku: '-', quantity: 1, unitPrice: { amount: 0, currency: 'USD' } });
const address = shape.shippingAddress.parse({ country: 'US' });

export const SCHEMA_DEFAULTS = {
  kind: shape.kind.parse(undefined),
  customer: { tier: customer.tier, orderCount: customer.orderCount, returnRate: customer.returnRate },
  line: { name: line.name, category: line.category },
  address: { province: address.province, city: address.city, remote: address.remote },
} as const;
