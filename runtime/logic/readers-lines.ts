import { isObject, OBJECT, plain } from './reader-guards';
import { ownValue } from './var-path';

/** The keys of each of `lines`. One reader a key, written out: see readers.ts. */
/* eslint-disable @typescript-eslint/no-explicit-any -- `o.key` on any object; the guards make it an own read */
export const LINE_READERS = {
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
} satisfies Record<string, (o: any) => unknown>;
/* eslint-enable @typescript-eslint/no-explicit-any */
