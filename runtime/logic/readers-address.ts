import { isObject, OBJECT, plain } from './reader-guards';
import { ownValue } from './var-path';

/** The keys of `shippingAddress`. One reader a key, written out: see readers.ts. */
/* eslint-disable @typescript-eslint/no-explicit-any -- `o.key` on any object; the guards make it an own read */
export const ADDRESS_READERS = {
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
} satisfies Record<string, (o: any) => unknown>;
/* eslint-enable @typescript-eslint/no-explicit-any */
