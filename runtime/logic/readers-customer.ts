import { isObject, OBJECT, plain } from './reader-guards';
import { ownValue } from './var-path';

/** The keys of `customer`. One reader a key, written out: see readers.ts. */
/* eslint-disable @typescript-eslint/no-explicit-any -- `o.key` on any object; the guards make it an own read */
export const CUSTOMER_READERS = {
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
} satisfies Record<string, (o: any) => unknown>;
/* eslint-enable @typescript-eslint/no-explicit-any */
