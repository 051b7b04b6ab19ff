import { describe, expect, it } from 'vitest';
import { TABLE_WORDS } from '../../nodes/decision-table/words';
import { matchedRowsFromNote, matchedRowsOfTrace } from './trace-rows';

describe('matched rows from the trace', () => {
  it('reads the rows the runtime names, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      const say = TABLE_WORDS[locale];
      const note = say.matched('tier = gold', [say.row(3, ['gold'], ['5%']), say.row(12, [], ['x'])]);
      expect(matchedRowsFromNote(note)).toEqual([2, 11]);
    }
  });

  it('lights only decision-table steps that matched', () => {
    const trace = [
      { nodeId: 't', type: 'decision-table', port: 'matched', note: 'customer.tier = gold — row 2: gold → 5%' },
      { nodeId: 'n', type: 'decision-table', port: 'no-match', note: 'row 1: is not here' },
      { nodeId: 'c', type: 'condition', port: 'true', note: 'row 4: x' },
    ];
    expect(matchedRowsOfTrace(trace)).toEqual({ t: [1] });
  });
});
