import { describe, expect, it } from 'vitest';
import {
  addInput,
  deleteColumn,
  duplicateColumn,
  duplicateRow,
  moveColumn,
  moveRow,
  pasteGrid,
  readTable,
} from './table-model';

const table = readTable({
  inputs: [
    { id: 'tier', field: 'customer.tier' },
    { id: 'channel', field: 'channel' },
  ],
  outputs: [{ id: 'off', kind: 'discount' }],
  rows: [
    { when: { tier: 'gold', channel: 'jd' }, then: { off: '5%' } },
    { when: { tier: 'vip' }, then: { off: '10%' } },
  ],
});

describe('table edits', () => {
  it('pastes a block across inputs and outputs, adding rows it needs and dropping cells past the last column', () => {
    const next = pasteGrid(table, 1, 1, [
      ['tmall', '3%', 'ignored'],
      ['-', '¥5'],
    ]);
    expect(next.rows[1]).toEqual({ when: { tier: 'vip', channel: 'tmall' }, then: { off: '3%' }, note: '' });
    expect(next.rows[2]).toEqual({ when: { channel: '-' }, then: { off: '¥5' }, note: '' });
    expect(table.rows).toHaveLength(2); // the original is untouched: undo keeps it
  });

  it('moves and duplicates rows', () => {
    expect(moveRow(table, 1, 0).rows.map((r) => r.when.tier)).toEqual(['vip', 'gold']);
    expect(duplicateRow(table, 0).rows.map((r) => r.when.tier)).toEqual(['gold', 'gold', 'vip']);
  });

  it('keeps cells with their column when columns move, duplicate or go', () => {
    const moved = moveColumn(table, 'when', 1, 0);
    expect(moved.inputs.map((c) => c.id)).toEqual(['channel', 'tier']);
    expect(moved.rows[0]?.when).toEqual({ tier: 'gold', channel: 'jd' });
    const copied = duplicateColumn(table, 'when', 0);
    expect(copied.inputs.map((c) => c.id)).toEqual(['tier', 'tier2', 'channel']);
    expect(copied.rows[0]?.when.tier2).toBe('gold');
    const gone = deleteColumn(table, 'when', 0);
    expect(gone.rows[0]?.when).toEqual({ channel: 'jd' });
  });

  it('gives a new field column an id not used yet', () => {
    expect(addInput(table, 'customer.tier').inputs[2]?.id).toBe('tier2');
    expect(addInput(table, 'totals.subtotal.amount').inputs[2]).toMatchObject({
      id: 'subtotal',
      field: 'totals.subtotal.amount',
    });
  });
});
