import { ownValue } from './var-path';

/**
 * Fast own-property reads for the keys the facts have (runtime/order/facts.ts, FACTS_SHAPE) and the
 * `reduce` scope, one function per key.
 *
 * Why a table: a compiled `var` is a closure, and closures made by one function share their inline
 * caches, so `target[key]` in a shared reader sees every key and every shape (megamorphic, plus an
 * `Object.hasOwn` per step). A function per property name keeps its own cache and reads `o.key`
 * directly. The result is exactly `ownValue`'s: `key in o` first (never runs an inherited getter), then
 * `o.key` is an own property for sure when `o`'s prototype is Object.prototype and Object.prototype
 * has no such key (V8 folds both checks once it knows the shape); anything else takes `ownValue`.
 * Written out, not generated: no eval, no `new Function`.
 */
export type Reader = (target: unknown) => unknown;

const OBJECT: object = Object.prototype;

function isObject(o: unknown): o is object {
  return typeof o === 'object' && o !== null;
}

function plain(o: object): boolean {
  return Object.getPrototypeOf(o) === OBJECT;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- `o.key` on any object; the guards make it an own read */
const TABLE = {
  id: (o) =>
    isObject(o)
      ? 'id' in o
        ? plain(o) && !('id' in OBJECT)
          ? o.id
          : ownValue(o, 'id')
        : undefined
      : ownValue(o, 'id'),
  channel: (o) =>
    isObject(o)
      ? 'channel' in o
        ? plain(o) && !('channel' in OBJECT)
          ? o.channel
          : ownValue(o, 'channel')
        : undefined
      : ownValue(o, 'channel'),
  channelOrderId: (o) =>
    isObject(o)
      ? 'channelOrderId' in o
        ? plain(o) && !('channelOrderId' in OBJECT)
          ? o.channelOrderId
          : ownValue(o, 'channelOrderId')
        : undefined
      : ownValue(o, 'channelOrderId'),
  kind: (o) =>
    isObject(o)
      ? 'kind' in o
        ? plain(o) && !('kind' in OBJECT)
          ? o.kind
          : ownValue(o, 'kind')
        : undefined
      : ownValue(o, 'kind'),
  status: (o) =>
    isObject(o)
      ? 'status' in o
        ? plain(o) && !('status' in OBJECT)
          ? o.status
          : ownValue(o, 'status')
        : undefined
      : ownValue(o, 'status'),
  partiallyRefunded: (o) =>
    isObject(o)
      ? 'partiallyRefunded' in o
        ? plain(o) && !('partiallyRefunded' in OBJECT)
          ? o.partiallyRefunded
          : ownValue(o, 'partiallyRefunded')
        : undefined
      : ownValue(o, 'partiallyRefunded'),
  createdAt: (o) =>
    isObject(o)
      ? 'createdAt' in o
        ? plain(o) && !('createdAt' in OBJECT)
          ? o.createdAt
          : ownValue(o, 'createdAt')
        : undefined
      : ownValue(o, 'createdAt'),
  updatedAt: (o) =>
    isObject(o)
      ? 'updatedAt' in o
        ? plain(o) && !('updatedAt' in OBJECT)
          ? o.updatedAt
          : ownValue(o, 'updatedAt')
        : undefined
      : ownValue(o, 'updatedAt'),
  currency: (o) =>
    isObject(o)
      ? 'currency' in o
        ? plain(o) && !('currency' in OBJECT)
          ? o.currency
          : ownValue(o, 'currency')
        : undefined
      : ownValue(o, 'currency'),
  customer: (o) =>
    isObject(o)
      ? 'customer' in o
        ? plain(o) && !('customer' in OBJECT)
          ? o.customer
          : ownValue(o, 'customer')
        : undefined
      : ownValue(o, 'customer'),
  tier: (o) =>
    isObject(o)
      ? 'tier' in o
        ? plain(o) && !('tier' in OBJECT)
          ? o.tier
          : ownValue(o, 'tier')
        : undefined
      : ownValue(o, 'tier'),
  tags: (o) =>
    isObject(o)
      ? 'tags' in o
        ? plain(o) && !('tags' in OBJECT)
          ? o.tags
          : ownValue(o, 'tags')
        : undefined
      : ownValue(o, 'tags'),
  region: (o) =>
    isObject(o)
      ? 'region' in o
        ? plain(o) && !('region' in OBJECT)
          ? o.region
          : ownValue(o, 'region')
        : undefined
      : ownValue(o, 'region'),
  orderCount: (o) =>
    isObject(o)
      ? 'orderCount' in o
        ? plain(o) && !('orderCount' in OBJECT)
          ? o.orderCount
          : ownValue(o, 'orderCount')
        : undefined
      : ownValue(o, 'orderCount'),
  returnRate: (o) =>
    isObject(o)
      ? 'returnRate' in o
        ? plain(o) && !('returnRate' in OBJECT)
          ? o.returnRate
          : ownValue(o, 'returnRate')
        : undefined
      : ownValue(o, 'returnRate'),
  lifetimeSpend: (o) =>
    isObject(o)
      ? 'lifetimeSpend' in o
        ? plain(o) && !('lifetimeSpend' in OBJECT)
          ? o.lifetimeSpend
          : ownValue(o, 'lifetimeSpend')
        : undefined
      : ownValue(o, 'lifetimeSpend'),
  amount: (o) =>
    isObject(o)
      ? 'amount' in o
        ? plain(o) && !('amount' in OBJECT)
          ? o.amount
          : ownValue(o, 'amount')
        : undefined
      : ownValue(o, 'amount'),
  lines: (o) =>
    isObject(o)
      ? 'lines' in o
        ? plain(o) && !('lines' in OBJECT)
          ? o.lines
          : ownValue(o, 'lines')
        : undefined
      : ownValue(o, 'lines'),
  sku: (o) =>
    isObject(o)
      ? 'sku' in o
        ? plain(o) && !('sku' in OBJECT)
          ? o.sku
          : ownValue(o, 'sku')
        : undefined
      : ownValue(o, 'sku'),
  name: (o) =>
    isObject(o)
      ? 'name' in o
        ? plain(o) && !('name' in OBJECT)
          ? o.name
          : ownValue(o, 'name')
        : undefined
      : ownValue(o, 'name'),
  category: (o) =>
    isObject(o)
      ? 'category' in o
        ? plain(o) && !('category' in OBJECT)
          ? o.category
          : ownValue(o, 'category')
        : undefined
      : ownValue(o, 'category'),
  quantity: (o) =>
    isObject(o)
      ? 'quantity' in o
        ? plain(o) && !('quantity' in OBJECT)
          ? o.quantity
          : ownValue(o, 'quantity')
        : undefined
      : ownValue(o, 'quantity'),
  unitPrice: (o) =>
    isObject(o)
      ? 'unitPrice' in o
        ? plain(o) && !('unitPrice' in OBJECT)
          ? o.unitPrice
          : ownValue(o, 'unitPrice')
        : undefined
      : ownValue(o, 'unitPrice'),
  weightGrams: (o) =>
    isObject(o)
      ? 'weightGrams' in o
        ? plain(o) && !('weightGrams' in OBJECT)
          ? o.weightGrams
          : ownValue(o, 'weightGrams')
        : undefined
      : ownValue(o, 'weightGrams'),
  shippingAddress: (o) =>
    isObject(o)
      ? 'shippingAddress' in o
        ? plain(o) && !('shippingAddress' in OBJECT)
          ? o.shippingAddress
          : ownValue(o, 'shippingAddress')
        : undefined
      : ownValue(o, 'shippingAddress'),
  country: (o) =>
    isObject(o)
      ? 'country' in o
        ? plain(o) && !('country' in OBJECT)
          ? o.country
          : ownValue(o, 'country')
        : undefined
      : ownValue(o, 'country'),
  province: (o) =>
    isObject(o)
      ? 'province' in o
        ? plain(o) && !('province' in OBJECT)
          ? o.province
          : ownValue(o, 'province')
        : undefined
      : ownValue(o, 'province'),
  city: (o) =>
    isObject(o)
      ? 'city' in o
        ? plain(o) && !('city' in OBJECT)
          ? o.city
          : ownValue(o, 'city')
        : undefined
      : ownValue(o, 'city'),
  district: (o) =>
    isObject(o)
      ? 'district' in o
        ? plain(o) && !('district' in OBJECT)
          ? o.district
          : ownValue(o, 'district')
        : undefined
      : ownValue(o, 'district'),
  postalCode: (o) =>
    isObject(o)
      ? 'postalCode' in o
        ? plain(o) && !('postalCode' in OBJECT)
          ? o.postalCode
          : ownValue(o, 'postalCode')
        : undefined
      : ownValue(o, 'postalCode'),
  remote: (o) =>
    isObject(o)
      ? 'remote' in o
        ? plain(o) && !('remote' in OBJECT)
          ? o.remote
          : ownValue(o, 'remote')
        : undefined
      : ownValue(o, 'remote'),
  coupons: (o) =>
    isObject(o)
      ? 'coupons' in o
        ? plain(o) && !('coupons' in OBJECT)
          ? o.coupons
          : ownValue(o, 'coupons')
        : undefined
      : ownValue(o, 'coupons'),
  payment: (o) =>
    isObject(o)
      ? 'payment' in o
        ? plain(o) && !('payment' in OBJECT)
          ? o.payment
          : ownValue(o, 'payment')
        : undefined
      : ownValue(o, 'payment'),
  method: (o) =>
    isObject(o)
      ? 'method' in o
        ? plain(o) && !('method' in OBJECT)
          ? o.method
          : ownValue(o, 'method')
        : undefined
      : ownValue(o, 'method'),
  paidAt: (o) =>
    isObject(o)
      ? 'paidAt' in o
        ? plain(o) && !('paidAt' in OBJECT)
          ? o.paidAt
          : ownValue(o, 'paidAt')
        : undefined
      : ownValue(o, 'paidAt'),
  shippingFee: (o) =>
    isObject(o)
      ? 'shippingFee' in o
        ? plain(o) && !('shippingFee' in OBJECT)
          ? o.shippingFee
          : ownValue(o, 'shippingFee')
        : undefined
      : ownValue(o, 'shippingFee'),
  attributes: (o) =>
    isObject(o)
      ? 'attributes' in o
        ? plain(o) && !('attributes' in OBJECT)
          ? o.attributes
          : ownValue(o, 'attributes')
        : undefined
      : ownValue(o, 'attributes'),
  totals: (o) =>
    isObject(o)
      ? 'totals' in o
        ? plain(o) && !('totals' in OBJECT)
          ? o.totals
          : ownValue(o, 'totals')
        : undefined
      : ownValue(o, 'totals'),
  subtotal: (o) =>
    isObject(o)
      ? 'subtotal' in o
        ? plain(o) && !('subtotal' in OBJECT)
          ? o.subtotal
          : ownValue(o, 'subtotal')
        : undefined
      : ownValue(o, 'subtotal'),
  discount: (o) =>
    isObject(o)
      ? 'discount' in o
        ? plain(o) && !('discount' in OBJECT)
          ? o.discount
          : ownValue(o, 'discount')
        : undefined
      : ownValue(o, 'discount'),
  shipping: (o) =>
    isObject(o)
      ? 'shipping' in o
        ? plain(o) && !('shipping' in OBJECT)
          ? o.shipping
          : ownValue(o, 'shipping')
        : undefined
      : ownValue(o, 'shipping'),
  total: (o) =>
    isObject(o)
      ? 'total' in o
        ? plain(o) && !('total' in OBJECT)
          ? o.total
          : ownValue(o, 'total')
        : undefined
      : ownValue(o, 'total'),
  itemCount: (o) =>
    isObject(o)
      ? 'itemCount' in o
        ? plain(o) && !('itemCount' in OBJECT)
          ? o.itemCount
          : ownValue(o, 'itemCount')
        : undefined
      : ownValue(o, 'itemCount'),
  now: (o) =>
    isObject(o)
      ? 'now' in o
        ? plain(o) && !('now' in OBJECT)
          ? o.now
          : ownValue(o, 'now')
        : undefined
      : ownValue(o, 'now'),
  current: (o) =>
    isObject(o)
      ? 'current' in o
        ? plain(o) && !('current' in OBJECT)
          ? o.current
          : ownValue(o, 'current')
        : undefined
      : ownValue(o, 'current'),
  accumulator: (o) =>
    isObject(o)
      ? 'accumulator' in o
        ? plain(o) && !('accumulator' in OBJECT)
          ? o.accumulator
          : ownValue(o, 'accumulator')
        : undefined
      : ownValue(o, 'accumulator'),
} satisfies Record<string, (o: any) => unknown>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Null-prototype, so a path segment named like an Object.prototype member never finds a reader. */
const READERS: Readonly<Record<string, Reader>> = Object.assign(Object.create(null) as Record<string, Reader>, TABLE);

/** The reader for one path segment: the table's, or the generic own-property read. */
export function readerFor(key: string): Reader {
  return READERS[key] ?? ((o: unknown) => ownValue(o, key));
}
