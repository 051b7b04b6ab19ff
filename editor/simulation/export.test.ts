import { describe, expect, it } from 'vitest';
import type { CompactResult } from '../../runtime/index';
import { fileBaseFor, resultsToCsv, withBom } from './export';

const result = (over: Partial<CompactResult> & { gifts?: string[] } = {}): CompactResult => ({
  index: 0,
  orderId: 'o-1',
  status: 'completed',
  decision: 'accept',
  total: { amount: 45000, currency: 'CNY' },
  discount: { amount: 5000, currency: 'CNY' },
  path: ['trigger-1', 'discount-1', 'end-1'],
  ...over,
});

describe('CSV exports', () => {
  it('write paths with step names, and a gift column', () => {
    const names = { 'trigger-1': '订单进入', 'discount-1': 'VIP 9折', 'end-1': '结束' };
    const csv = resultsToCsv([result({ gifts: ['1× 帆布袋'] } as Partial<CompactResult>)], names);
    const [header, row] = csv.trim().split('\r\n');
    const columns = header!.split(',');
    const cells = row!.split(',');
    expect(cells[columns.indexOf('path')]).toBe('订单进入 > VIP 9折 > 结束');
    expect(cells[columns.indexOf('gifts')]).toBe('1× 帆布袋');
    expect(cells[columns.indexOf('total')]).toBe('450.00');
  });

  it('keep the id of a step the flow no longer has', () => {
    const csv = resultsToCsv([result({ path: ['gone-1'] })], {});
    expect(csv).toContain(',gone-1');
  });

  it('quote cells with commas, quotes and line breaks, defuse formulas, keep negative numbers', () => {
    const csv = resultsToCsv([result({ orderId: '=HYPERLINK("x"),1\n2' }), result({ orderId: '-12.50' })], {});
    const [, first, second] = csv.split('\r\n');
    expect(first).toContain(`,"'=HYPERLINK(""x""),1\n2",`);
    expect(second).toContain(',-12.50,');
  });

  it('start with a UTF-8 byte-order mark once, so spreadsheets read 中文', () => {
    expect(withBom('a,b\r\n').charCodeAt(0)).toBe(0xfeff);
    expect(withBom(withBom('a'))).toBe('\uFEFFa');
  });

  it('are named after the flow, keeping Chinese and dropping what file systems reject', () => {
    expect(fileBaseFor({ id: 'vip', name: 'VIP 优先/加急' })).toBe('VIP 优先-加急');
    expect(fileBaseFor({ id: 'vip', name: '  ' })).toBe('vip');
  });
});
