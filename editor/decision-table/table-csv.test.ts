import { describe, expect, it } from 'vitest';
import { BOM, fromCsv, parseTsv, toCsv, toTsv } from './table-csv';
import { readTable } from './table-model';

const table = readTable({
  hitPolicy: 'unique',
  inputs: [
    { id: 'tier', label: '', field: 'customer.tier' },
    { id: 'channel', label: '', field: 'channel' },
  ],
  outputs: [{ id: 'off', label: '', kind: 'discount' }],
  rows: [
    { when: { tier: 'gold, silver', channel: '-' }, then: { off: '5%' }, note: '金卡 "VIP"' },
    { when: { tier: 'vip' }, then: { off: '¥10' } },
  ],
});

describe('CSV and TSV', () => {
  it('exports CSV with a BOM and reads it back to the same rows', () => {
    const csv = toCsv(table);
    expect(csv.startsWith(BOM)).toBe(true);
    const back = fromCsv({ ...table, rows: [] }, csv);
    expect(back.ok && back.table.rows).toEqual(table.rows);
  });

  it('puts cells back by header name, whatever the column order', () => {
    const back = fromCsv(table, 'off,tier\n7%,gold\n');
    expect(back.ok && back.table.rows).toEqual([{ when: { tier: 'gold' }, then: { off: '7%' }, note: '' }]);
  });

  it('refuses an unknown header by name instead of dropping its cells', () => {
    expect(fromCsv(table, 'tier,region\ngold,east\n')).toMatchObject({ ok: false, line: 1, column: 'region' });
  });

  it('refuses a line with more cells than headers, naming the line', () => {
    expect(fromCsv(table, 'tier\ngold\nvip,extra\n')).toMatchObject({ ok: false, line: 3 });
  });

  it('reads Excel TSV, quoted cells with tabs and newlines included', () => {
    expect(parseTsv('a\tb\r\n"x\ty"\t"two\nlines"\r\n')).toEqual([
      ['a', 'b'],
      ['x\ty', 'two\nlines'],
    ]);
    expect(parseTsv(toTsv([['>= 500', 'a, b']]))).toEqual([['>= 500', 'a, b']]);
  });
});
