import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { compileFlow } from '../engine/compile';
import { runFlow } from '../engine/run';
import { testFlow, testOrder } from '../testing/builders';
import { runContextSchema, type RunContext } from './context.schema';
import { parseContextText } from './parse-context';
import { checkTableReferences } from './table-references';

const ctx = (rows: Record<string, number> = { Zhejiang: 0.16, Shanghai: 0.06 }): RunContext =>
  runContextSchema.parse({
    now: '2026-11-11T10:00:00+08:00',
    tables: { regionReturnRate: { value: 'number', keyField: 'shippingAddress.province', rows } },
  });

const rate = { var: { cat: ['tables.regionReturnRate.', { var: 'shippingAddress.province' }] } };

function flowWith(node: { id: string; type: string; config: Record<string, unknown> }, port: string) {
  const plan = compileFlow(
    testFlow(
      [
        { id: 'start', type: 'trigger', config: { statuses: [] } },
        node,
        { id: 'risky', type: 'tag', config: { tags: ['risky-region'] } },
      ],
      ['start.start->' + node.id, `${node.id}.${port}->risky`],
    ),
    coreRegistry,
  );
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  return plan.plan;
}

const from = (province: string) => testOrder({ shippingAddress: { country: 'CN', province, city: 'x' } });

describe('lookup tables in the context', () => {
  it('a condition reads tables.<name>.<key> with the key taken from the order', () => {
    const plan = flowWith({ id: 'c', type: 'condition', config: { expression: { '>=': [rate, 0.1] } } }, 'true');
    expect(runFlow(plan, from('Zhejiang'), ctx()).outcome?.tags).toEqual(['risky-region']);
    expect(runFlow(plan, from('Shanghai'), ctx()).outcome?.tags).toEqual([]);
    // A key the table lacks reads as no value: the comparison is false, never an error.
    expect(runFlow(plan, from('Hainan'), ctx()).outcome?.tags).toEqual([]);
  });

  it('a decision table column reads a table, with cells typed as the table values', () => {
    const table = {
      inputs: [{ id: 'rate', lookup: { table: 'regionReturnRate', key: 'shippingAddress.province' }, type: 'number' }],
      outputs: [{ id: 'qc', kind: 'tag' }],
      rows: [
        { when: { rate: '>= 10%' }, then: { qc: 'inspect' } },
        { when: { rate: '< 10%' }, then: { qc: 'fast-refund' } },
      ],
    };
    const plan = flowWith({ id: 't', type: 'decision-table', config: table }, 'no-match');
    expect(runFlow(plan, from('Zhejiang'), ctx()).outcome?.tags).toEqual(['inspect']);
    expect(runFlow(plan, from('Shanghai'), ctx()).outcome?.tags).toEqual(['fast-refund']);
    expect(runFlow(plan, from('Hainan'), ctx()).outcome?.tags).toEqual(['risky-region']);
  });

  it('the context refuses a table whose rows do not hold its declared type, naming the row', () => {
    const parsed = parseContextText(
      JSON.stringify({
        now: '2026-11-11T10:00:00+08:00',
        tables: { regionReturnRate: { value: 'number', rows: { Zhejiang: '16%' } } },
      }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('tables.regionReturnRate.rows.Zhejiang');
  });

  it('references are checked against the context: a missing table or a type the table does not hold', () => {
    const plan = flowWith({ id: 'c', type: 'condition', config: { expression: { '>=': [rate, 0.1] } } }, 'true');
    expect(checkTableReferences(plan.flow, ctx())).toEqual([]);
    const none = runContextSchema.parse({ now: '2026-11-11T10:00:00+08:00' });
    expect(checkTableReferences(plan.flow, none)).toEqual([
      expect.objectContaining({
        nodeId: 'c',
        path: ['nodes', 1, 'config', 'expression', '>=', 0, 'var', 'cat', 0],
        message: 'node c reads the lookup table "regionReturnRate", which the context does not have (it has no tables)',
      }),
    ]);
    const typed = flowWith(
      {
        id: 't',
        type: 'decision-table',
        config: {
          inputs: [{ id: 'r', lookup: { table: 'regionReturnRate', key: 'shippingAddress.province' }, type: 'string' }],
          outputs: [{ id: 'x', kind: 'tag' }],
          rows: [{ when: { r: 'high' }, then: { x: 'y' } }],
        },
      },
      'no-match',
    );
    expect(checkTableReferences(typed.flow, ctx())[0]?.message).toBe(
      'node t reads "regionReturnRate" as string values, but the table holds number values',
    );
  });
});
