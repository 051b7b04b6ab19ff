import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMapping } from '../../../channels/index';
import { samplePayload } from '../../channels/samples/index';
import { normalizePayloadFile } from './channel-payloads';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const acme = () => {
  const loaded = loadMapping(read('channels/testing/acme-shop.mapping.json'));
  if (!loaded.ok) throw new Error('acme-shop mapping');
  return loaded.mapping;
};

describe('normalizePayloadFile', () => {
  it('reads a .json file as one payload of a built-in channel, ids exact', () => {
    const parsed = normalizePayloadFile('douyin.json', `\ufeff${samplePayload('douyin')}`, 'douyin');
    expect(parsed).toMatchObject({ format: 'json', refused: 0, problems: [] });
    expect(parsed.records).toEqual([{ line: 4, value: expect.objectContaining({ id: 'douyin:6936476692437472563', currency: 'CNY', attributes: expect.objectContaining({ productIds: '3660207428038974464' }) }) }]);
  });

  it('keeps refused records with their problems as rejected records: never dropped', () => {
    const payload = JSON.parse(read('channels/testing/acme-shop.orders.json')) as { orders: unknown[] };
    const text = [JSON.stringify(payload), '', '{"orders": [ oops', JSON.stringify({ orders: payload.orders.slice(0, 1) })].join('\n');
    const parsed = normalizePayloadFile('acme.jsonl', text, acme());
    expect(parsed.refused).toBe(2);
    expect(parsed.records.map((r) => [r.line, 'value' in r ? (r.value as { id: string }).id : r.error.replace(/:.*$/s, '')])).toEqual([
      [1, 'acme-shop:A-1001'],
      [1, 'acme-shop:A-1002'],
      [1, 'acme-shop $.orders[2]'],
      [3, 'acme-shop $'],
      [4, 'acme-shop:A-1001'],
    ]);
    expect(parsed.records[2]).toMatchObject({ error: expect.stringContaining('no rule of the status table holds for state="lost in the mail"') });
  });

  it('refuses CSV, which holds canonical orders', () => {
    expect(normalizePayloadFile('orders.csv', 'a,b\n', 'shopify')).toMatchObject({ records: [], problems: [expect.stringContaining('CSV')] });
  });
});
