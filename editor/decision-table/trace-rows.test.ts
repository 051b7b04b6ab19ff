import { describe, expect, it } from 'vitest';
import { decisionTableNode } from '../../nodes/decision-table/decision-table.node';
import { TABLE_WORDS } from '../../nodes/decision-table/words';
import { makeOrder, portOf, runNode } from '../../nodes/testing/node-harness';
import { matchedRowsFromNote, matchedRowsOfTrace } from './trace-rows';

describe('matched rows from the trace', () => {
  it('reads the rows the runtime names, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      const say = TABLE_WORDS[locale];
      const note = say.matched('tier = gold', [say.row(3, ['gold'], ['5%']), say.row(12, [], ['x'])]);
      expect(matchedRowsFromNote(note)).toEqual([2, 11]);
    }
  });

  it('reads the row the real node matched, from its note, in both languages', () => {
    const config = {
      hitPolicy: 'first',
      inputs: [{ id: 'tier', field: 'customer.tier' }],
      outputs: [{ id: 'band', kind: 'attribute' }],
      rows: [
        { when: { tier: 'vip' }, then: { band: 'a' } },
        { when: { tier: 'gold' }, then: { band: 'b' } },
        { when: { tier: '-' }, then: { band: 'c' } },
      ],
    };
    const order = makeOrder([{ price: 1000 }], { customer: { id: 'c', tier: 'gold' } });
    for (const locale of ['en', 'zh'] as const) {
      const result = runNode(decisionTableNode, config, order, { locale });
      const trace = [{ nodeId: 't', type: 'decision-table', port: portOf(result), note: result.note }];
      expect(matchedRowsOfTrace(trace)).toEqual({ t: [1] });
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
