import { describe, expect, it } from 'vitest';
import { orderSchema } from '../../../runtime/index';
import { parseCsv } from './csv';
import { parseCsvOrders } from './csv-orders';
import { parseOrdersFile } from './parse-file';

const HEADER =
  'order_id,channel,status,created_at,currency,customer_id,customer_tier,country,province,city,remote,coupons,sku,line_name,category,quantity,unit_price,attr.tradeInModel';

describe('parseCsv', () => {
  it('reads quotes, escaped quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    const csv = parseCsv('\ufeffa,b\r\n"x, ""y""","multi\nline"\r\n\r\nlast,\n');
    expect(csv).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, "y"', 'multi\nline'] },
        { line: 5, cells: ['last', ''] },
      ],
    });
  });
  it('reports a quote that never closes', () => {
    expect(parseCsv('a\n"open,b\n')).toEqual({ ok: false, error: 'line 2: a quoted field is never closed' });
  });
});

describe('parseCsvOrders', () => {
  it('groups line-item rows into canonical orders', () => {
    const text = [
      HEADER,
      'OF-1,tmall,paid,2026-11-11T00:01:00+08:00,CNY,C1,vip,CN,Shanghai,Shanghai,no,DOUBLE11|VIP,BT-SERUM-30ML,Serum,beauty,2,299.00,',
      'OF-2,jd,paid,2026-11-11T00:02:00+08:00,CNY,C2,,CN,Xinjiang,Kashgar,true,,AP-WASHER-10KG,Washer,appliance,1,3299,Haier',
      'OF-1,tmall,paid,2026-11-11T00:01:00+08:00,CNY,C1,vip,CN,Shanghai,Shanghai,no,DOUBLE11|VIP,GR-TEA-LONGJING,"Tea, 250g",grocery,1,158.00,',
    ].join('\n');
    const { records, problems } = parseCsvOrders(text);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    const first = records[0]!;
    expect('value' in first && orderSchema.safeParse(first.value).success).toBe(true);
    const order = orderSchema.parse('value' in first ? first.value : null);
    expect(order.lines.map((l) => [l.id, l.sku, l.name, l.quantity, l.unitPrice.amount])).toEqual([
      ['L1', 'BT-SERUM-30ML', 'Serum', 2, 29900],
      ['L2', 'GR-TEA-LONGJING', 'Tea, 250g', 1, 15800],
    ]);
    expect(order.coupons).toEqual(['DOUBLE11', 'VIP']);
    expect(order.customer.tier).toBe('vip');
    const second = orderSchema.parse('value' in records[1]! ? records[1].value : null);
    expect(second.shippingAddress.remote).toBe(true);
    expect(second.attributes).toEqual({ tradeInModel: 'Haier' });
    expect(second.lines[0]!.unitPrice.amount).toBe(329900);
  });

  it('rejects bad rows with their row number, and the whole order they belong to', () => {
    const text = [
      HEADER,
      'OF-1,tmall,paid,2026-11-11T00:01:00+08:00,CNY,C1,,CN,Shanghai,Shanghai,,,SKU-A,,,two,1.00,',
      'OF-2,tmall,paid,2026-11-11T00:01:00+08:00,CNY,C2,,CN,Shanghai,Shanghai,,,SKU-A,,,1,1.005,',
      'OF-3,tmall,paid,2026-11-11T00:01:00+08:00,CNY,C3,,CN,Shanghai,Shanghai,,,SKU-A,,,1,1.00,',
      'OF-3,tmall,paid,2026-11-11T00:01:00+08:00,CNY,C3,,CN,Zhejiang,Hangzhou,,,SKU-B,,,1,1.00,',
      'OF-4,tmall,paid',
    ].join('\n');
    const { records } = parseCsvOrders(text);
    expect(records.map((r) => ('error' in r ? r.error : 'ok'))).toEqual([
      'row 2: quantity "two" is not a whole number',
      'row 3: unit_price "1.005" is not an amount in CNY such as 399.00',
      'row 5: province "Zhejiang" differs from row 4 ("Shanghai") of order OF-3',
      'row 6: has 3 cells, the header has 18',
    ]);
  });

  it('refuses a file without the required columns and flags unknown ones', () => {
    expect(parseCsvOrders('order_id,sku\nOF-1,X\n').problems[0]).toBe(
      'missing columns: channel, status, created_at, currency, customer_id, country, quantity, unit_price',
    );
    expect(parseCsvOrders(`${HEADER},colour\n`).problems).toEqual(['unknown column "colour" (ignored)']);
  });
});

describe('parseOrdersFile', () => {
  it('reads JSON arrays element by element, like orderflow simulate', async () => {
    const parsed = await parseOrdersFile('orders.json', '[\n{"id":"a"},\n{"id": x}\n]');
    expect(parsed.format).toBe('json');
    expect(parsed.records[0]).toEqual({ line: 2, value: { id: 'a' } });
    expect('error' in parsed.records[1]! && parsed.records[1].error).toMatch(/^line 3/);
  });
  it('reads JSON Lines by extension', async () => {
    expect((await parseOrdersFile('x.ndjson', '{"id":"a"}\n\n{"id":"b"}\n')).records).toEqual([
      { line: 1, value: { id: 'a' } },
      { line: 3, value: { id: 'b' } },
    ]);
  });
});
