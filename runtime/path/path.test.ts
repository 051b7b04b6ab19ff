import { LosslessNumber } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { compilePath, evaluatePath, type CompiledPath } from './path';

const record = {
  id: new LosslessNumber('820982911946154508'),
  shipping_lines: [{ price: '1.00' }, { price: '2.50' }],
  recipient_address: {
    district_info: [
      { address_level_name: 'State', address_name: 'CA' },
      { address_level_name: 'City', address_name: 'San Jose' },
    ],
  },
  nested: { 'key with space': 1 },
};
const compiled = (text: string) => compilePath(text) as CompiledPath;
const values = (text: string) => evaluatePath(compiled(text).segments, record).map((hit) => hit.value);

describe('the mapping path language', () => {
  it('reads keys, indexes, wildcards and filters, own properties only', () => {
    expect(values('id')).toEqual([new LosslessNumber('820982911946154508')]);
    expect(values('shipping_lines.1.price')).toEqual(['2.50']);
    expect(values('shipping_lines.*.price')).toEqual(['1.00', '2.50']);
    expect(values('recipient_address.district_info[address_level_name=City].address_name')).toEqual(['San Jose']);
    expect(values('nested.key with space')).toEqual([1]);
    expect(values('$')).toEqual([record]);
    expect(values('$.shipping_lines.0.price')).toEqual(['1.00']);
    expect(values('missing.path')).toEqual([]);
    expect(values('constructor')).toEqual([]);
    expect(values('id.value')).toEqual([]); // a lossless number is a value, not an object to walk into
  });

  it('gives the concrete path of every value', () => {
    expect(evaluatePath(compiled('shipping_lines.*.price').segments, record, ['order']).map((hit) => hit.path)).toEqual(
      [
        ['order', 'shipping_lines', 0, 'price'],
        ['order', 'shipping_lines', 1, 'price'],
      ],
    );
  });

  it('knows the order (^), related documents (@name) and siblings (~)', () => {
    expect(compiled('^.currency')).toMatchObject({ scope: 'order' });
    expect(compiled('@items.OrderItems')).toMatchObject({ scope: 'related', related: 'items' });
    expect(compiled('~.CurrencyCode')).toMatchObject({ scope: 'sibling' });
  });

  it('refuses what is not a path', () => {
    expect(compilePath('a..b')).toMatch(/not a path/);
    expect(compilePath('a.[x]')).toMatch(/not a path/);
    expect(compilePath('a.$b')).toMatch(/not a path/);
  });
});
