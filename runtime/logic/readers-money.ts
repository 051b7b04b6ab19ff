import { isObject, OBJECT, plain } from './reader-guards';
import { ownValue } from './var-path';

/** The keys of `payment`, `totals` and of every money object (`amount`; its `currency` is in readers-facts.ts). One reader a key, written out: see readers.ts. */
/* eslint-disable @typescript-eslint/no-explicit-any -- `o.key` on any object; the guards make it an own read */
export const MONEY_READERS = {
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
  amount: (o) =>
    isObject(o)
      ? 'amount' in o
        ? plain(o) && !('amount' in OBJECT)
          ? o.amount
          : ownValue(o, 'amount')
        : undefined
      : ownValue(o, 'amount'),
} satisfies Record<string, (o: any) => unknown>;
/* eslint-enable @typescript-eslint/no-explicit-any */
