import { isObject, OBJECT, plain } from './reader-guards';
import { ownValue } from './var-path';

/** The facts' own top-level keys (the order's fields and what the run adds) and the `reduce` scope's. One reader a key, written out: see readers.ts. */
/* eslint-disable @typescript-eslint/no-explicit-any -- `o.key` on any object; the guards make it an own read */
export const FACT_READERS = {
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
  coupons: (o) =>
    isObject(o)
      ? 'coupons' in o
        ? plain(o) && !('coupons' in OBJECT)
          ? o.coupons
          : ownValue(o, 'coupons')
        : undefined
      : ownValue(o, 'coupons'),
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
  tags: (o) =>
    isObject(o)
      ? 'tags' in o
        ? plain(o) && !('tags' in OBJECT)
          ? o.tags
          : ownValue(o, 'tags')
        : undefined
      : ownValue(o, 'tags'),
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
