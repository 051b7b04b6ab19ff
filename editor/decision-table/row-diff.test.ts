import { describe, expect, it } from 'vitest';
import { describeRowChanges, diffRows } from './row-diff';

const row = (tier: string, off: string) => ({ when: { tier }, then: { off }, note: '' });
const a = row('vip', '10%');
const b = row('gold', '5%');
const c = row('silver', '2%');
const d = row('-', '0%');

describe('row diff', () => {
  it('finds nothing between equal tables', () => {
    expect(diffRows([a, b, c], [a, b, c])).toEqual([]);
  });

  it('names added and removed rows', () => {
    expect(diffRows([a, b], [a, c, b])).toEqual([{ kind: 'added', at: 1, row: c }]);
    expect(diffRows([a, b, c], [a, c])).toEqual([{ kind: 'removed', at: 1, row: b }]);
  });

  it('names a changed cell, not a removed and an added row', () => {
    expect(diffRows([a, b], [a, row('gold', '6%')])).toEqual([
      { kind: 'changed', from: 1, to: 1, cells: [{ cell: 'off', before: '5%', after: '6%' }] },
    ]);
  });

  it('names only the row that moved, and warns about order in a first-hit table', () => {
    const changes = diffRows([a, b, c, d], [a, c, b, d]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'moved' });
    expect(describeRowChanges(changes, 'en', true)[0]).toMatch(/first-hit .* change results/);
    expect(describeRowChanges(changes, 'en', false)[0]).not.toMatch(/first-hit/);
    expect(describeRowChanges(changes, 'zh', true)[0]).toMatch(/首个命中/);
  });

  it('reads rows in sentences in both languages', () => {
    const changes = diffRows([a], [a, b]);
    expect(describeRowChanges(changes, 'en', false)).toEqual(['row 2 added: tier = gold → off = 5%']);
    expect(describeRowChanges(changes, 'zh', false)).toEqual(['新增第 2 行：tier = gold → off = 5%']);
  });
});
