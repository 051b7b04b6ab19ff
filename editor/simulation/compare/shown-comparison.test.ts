import { describe, expect, it } from 'vitest';
import { createSummary } from '../../../runtime/index';
import type { Flow, RunsComparison } from '../../../runtime/index';
import type { RunRow } from '../db/simulation-db';
import { comparisonExport, comparisonOfRow } from './shown-comparison';

const flow = (name: string) =>
  ({ format: 'orderflow/flow', formatVersion: 1, id: 'f', name, nodes: [], edges: [] }) as unknown as Flow;
const summary = (orders: number) => ({ ...createSummary({ flowId: 'f', flowName: 'F', nodes: [] }), orders });
const comparison = {
  orders: 3,
  differing: 1,
  differences: [{ orderId: 'o-2', index: 1, diffs: [{ field: 'total', before: 100, after: 90 }] }],
} as unknown as RunsComparison;

function row(over: Partial<RunRow> = {}): RunRow {
  return {
    id: 7,
    flowId: 'f',
    flowName: 'F',
    fingerprint: 'after-fp',
    kind: 'compare',
    datasetId: 'example',
    datasetName: 'orders.jsonl',
    createdAt: '2026-11-25T10:00:00.000Z',
    cancelled: false,
    summary: summary(3),
    problems: [],
    resultsKey: 'k',
    compare: {
      label: 'Version “Live”',
      fingerprint: 'before-fp',
      summary: summary(3),
      comparison,
      flows: { before: flow('Live'), after: flow('Draft') },
    },
    ...over,
  };
}

describe('a saved comparison', () => {
  it('reopens with both versions, their summaries and the differing orders', () => {
    const shown = comparisonOfRow(row())!;
    expect(shown.label).toBe('Version “Live”');
    expect(shown.datasetId).toBe('example');
    expect(shown.before).toMatchObject({ fingerprint: 'before-fp', flow: { name: 'Live' } });
    expect(shown.after).toMatchObject({ fingerprint: 'after-fp', flow: { name: 'Draft' } });
    expect(shown.comparison.differences[0]!.orderId).toBe('o-2');
    expect(shown.savedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('is not made from a plain batch run', () => {
    expect(comparisonOfRow(row({ kind: 'batch', compare: undefined }))).toBeNull();
  });

  it('still opens when it was saved before the flow documents were kept', () => {
    const old = row();
    const shown = comparisonOfRow({ ...old, compare: { ...old.compare!, flows: undefined } })!;
    expect(shown.before.flow).toBeUndefined();
    expect(shown.before.fingerprint).toBe('before-fp');
  });

  it('exports as a sign-off record holding both flow documents and every differing order', () => {
    const exported = JSON.parse(JSON.stringify(comparisonExport('f', comparisonOfRow(row())!))) as {
      comparedWith: string;
      orders: number;
      before: { flow: Flow };
      after: { flow: Flow };
      comparison: RunsComparison;
    };
    expect(exported.comparedWith).toBe('Version “Live”');
    expect(exported.before.flow.name).toBe('Live');
    expect(exported.after.flow.name).toBe('Draft');
    expect(exported.comparison.differences).toHaveLength(1);
    expect(exported.orders).toBe(3);
  });
});
