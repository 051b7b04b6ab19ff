import { describe, expect, it } from 'vitest';
import { decisionTableNode } from '../../nodes/decision-table/decision-table.node';
import { makeOrder, portOf, runNode } from '../../nodes/testing/node-harness';
import { coreRegistry } from '../../nodes/index';
import { emptyContext, compileFlow, runFlow } from '../../runtime/index';
import flow from '../../examples/flows/tier-channel-discounts.flow.json';
import cases from '../../examples/flows/tier-channel-discounts.cases.json';
import { matchedRowsOfTrace } from './trace-rows';

const TIER_TABLE = {
  hitPolicy: 'first',
  inputs: [{ id: 'tier', field: 'customer.tier' }],
  outputs: [{ id: 'band', kind: 'attribute' }],
  rows: [
    { when: { tier: 'vip' }, then: { band: 'a' } },
    { when: { tier: 'gold' }, then: { band: 'b' } },
    { when: { tier: '-' }, then: { band: 'c' } },
  ],
};

describe('matched rows from the trace', () => {
  it('reads the row the real node matched from its structured field, whatever the note language', () => {
    const order = makeOrder([{ price: 1000 }], { customer: { id: 'c', tier: 'gold' } });
    for (const locale of ['en', 'zh'] as const) {
      const result = runNode(decisionTableNode, config(), order, { locale });
      expect('matchedRows' in result && result.matchedRows).toEqual([{ row: 2 }]);
      const trace = [
        { nodeId: 't', type: 'decision-table', port: portOf(result), ...('matchedRows' in result ? result : {}) },
      ];
      expect(matchedRowsOfTrace(trace)).toEqual({ t: [1] });
    }
  });

  it('a traced run of the example flow carries the matched row on the step the editor lights', () => {
    const compiled = compileFlow(flow, coreRegistry);
    if (!compiled.ok) throw new Error('the example flow compiles');
    const result = runFlow(compiled.plan, cases.cases[0]!.order, emptyContext(cases.cases[0]!.order.createdAt), {
      trace: true,
    });
    const step = result.trace.find((s) => s.nodeId === 'tier-channel');
    expect(step?.matchedRows?.length).toBe(1);
    expect(matchedRowsOfTrace(result.trace)['tier-channel']).toEqual([step!.matchedRows![0]!.row - 1]);
    expect(step?.note).toContain(`row ${step!.matchedRows![0]!.row}:`);
  });

  it('names the line each row matched for in per-line mode', () => {
    const perLine = {
      hitPolicy: 'first',
      perLine: true,
      inputs: [{ id: 'cat', field: 'line.category' }],
      outputs: [{ id: 'band', kind: 'attribute' }],
      rows: [
        { when: { cat: 'tv' }, then: { band: 'a' } },
        { when: { cat: '-' }, then: { band: 'c' } },
      ],
    };
    const order = makeOrder([
      { price: 1000, category: 'tv' },
      { price: 500, category: 'toys' },
    ]);
    const result = runNode(decisionTableNode, perLine, order);
    const ids = order.lines.map((l) => l.id);
    expect('matchedRows' in result && result.matchedRows).toEqual([
      { row: 1, lineId: ids[0] },
      { row: 2, lineId: ids[1] },
    ]);
  });

  it('lights only decision-table steps that matched, never reading notes', () => {
    const trace = [
      { nodeId: 't', type: 'decision-table', port: 'matched', note: 'row 9: x', matchedRows: [{ row: 2 }] },
      { nodeId: 't', type: 'decision-table', port: 'matched', matchedRows: [{ row: 4 }, { row: 2 }] },
      { nodeId: 'n', type: 'decision-table', port: 'no-match', note: 'row 1: is not here' },
      { nodeId: 'c', type: 'condition', port: 'true', note: 'row 4: x' },
    ];
    expect(matchedRowsOfTrace(trace)).toEqual({ t: [1, 3] });
  });
});

function config() {
  return TIER_TABLE;
}
