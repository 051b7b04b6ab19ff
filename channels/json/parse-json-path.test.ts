import { describe, expect, it } from 'vitest';
import { formatJsonPath } from './parse-payload';
import { parseJsonPath } from './parse-json-path';

describe('parseJsonPath', () => {
  it('reads back what the channels layer writes', () => {
    for (const path of [
      [],
      ['data', 'shop_order_list', 0, 'pay_amount'],
      ['fields', 'payment.amount', 'convert'],
      ['a b', 'x"y', 12, '$ref', 'é'],
    ]) {
      expect(parseJsonPath(formatJsonPath(path))).toEqual(path);
    }
  });
  it('gives undefined for related-payload paths and text that is no path', () => {
    expect(parseJsonPath('@items:$.OrderItems')).toBeUndefined();
    expect(parseJsonPath('$.a[')).toBeUndefined();
    expect(parseJsonPath('$..a')).toBeUndefined();
    expect(parseJsonPath('lines[0]')).toBeUndefined();
  });
});
