import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coreRegistry, registryWith } from '../../nodes/index';
import { defineNode } from '../node/define-node';
import { takePort } from '../node/result';
import { emptyContext } from '../context/context.schema';
import { testFlow, testOrder } from '../testing/builders';
import { compileFlow, type Plan } from './compile';
import { runFlow, runOrder } from './run';
import { resumeFlow } from './resume';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');

function plan(flow: unknown): Plan {
  const compiled = compileFlow(flow, coreRegistry);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems, null, 2));
  return compiled.plan;
}

const approvalFlow = plan(
  testFlow(
    [
      { id: 'start', type: 'trigger', config: { channels: ['douyin'] } },
      { id: 'big', type: 'condition', config: { expression: { '>=': [{ var: 'totals.subtotal.amount' }, 50000] } } },
      { id: 'approve', type: 'approval', config: { role: 'finance', reason: 'big order' } },
      { id: 'ok', type: 'tag', config: { tags: ['approved'] } },
      { id: 'no', type: 'end', config: { decision: 'cancel', reason: 'rejected by finance' } },
      { id: 'late', type: 'end', config: { decision: 'hold', reason: 'no answer' } },
    ],
    [
      'start.start->big',
      'big.true->approve',
      'approve.approved->ok',
      'approve.rejected->no',
      'approve.timed_out->late',
    ],
  ),
);

describe('runFlow', () => {
  it('follows the ports the nodes take and records the path', () => {
    const result = runFlow(approvalFlow, testOrder({ channel: 'douyin', lines: [testOrder().lines[1]!] }), ctx);
    expect(result.status).toBe('completed');
    expect(result.trace.map((s) => `${s.nodeId}:${s.port}`)).toEqual(['start:start', 'big:false']);
    expect(result.outcome?.decision).toBe('accept');
  });

  it('skips orders the trigger does not handle, saying why', () => {
    const result = runFlow(approvalFlow, testOrder({ channel: 'amazon' }), ctx);
    expect(result.status).toBe('completed');
    expect(result.outcome).toMatchObject({ decision: 'skip', decisionReason: 'channel amazon is not in this flow' });
  });

  it('waits on an approval and resumes with the decision', () => {
    const waiting = runFlow(approvalFlow, testOrder(), ctx);
    expect(waiting.status).toBe('waiting');
    expect(waiting.waiting).toMatchObject({
      nodeId: 'approve',
      kind: 'approval',
      ports: ['approved', 'rejected', 'timed_out'],
    });
    expect(waiting.outcome?.holds).toEqual([expect.objectContaining({ status: 'pending', role: 'finance' })]);

    const state = JSON.parse(JSON.stringify(waiting.state));
    const rejected = resumeFlow(approvalFlow, state, 'rejected', ctx);
    if (!rejected.ok) throw new Error(rejected.error.message);
    expect(rejected.result.status).toBe('completed');
    expect(rejected.result.outcome).toMatchObject({ decision: 'cancel', decisionReason: 'rejected by finance' });
    expect(rejected.result.outcome?.holds).toEqual([expect.objectContaining({ status: 'rejected' })]);
  });

  it('gives the same result resumed as when the decision was known at once', () => {
    const known = runFlow(approvalFlow, testOrder(), ctx, { decisions: { approve: 'approved' }, trace: true });
    const waiting = runFlow(approvalFlow, testOrder(), ctx, { trace: true });
    const resumed = resumeFlow(approvalFlow, waiting.state!, 'approved', ctx, { trace: true });
    expect(resumed.ok && JSON.stringify(resumed.result)).toBe(JSON.stringify(known));
  });

  it('rejects an order that breaks the order schema with its problems, without throwing', () => {
    const bad = { ...testOrder(), lines: [{ ...testOrder().lines[0]!, quantity: 1.5 }] };
    const result = runFlow(approvalFlow, bad, ctx);
    expect(result).toMatchObject({ status: 'rejected', orderId: 'o-1', outcome: null });
    expect(result.problems?.[0]).toMatchObject({ code: 'invalid-order', path: ['lines', 0, 'quantity'] });
  });

  it("words a rejected order's problems in the run's language, at the same paths", () => {
    const lines = [{ ...testOrder().lines[0]!, unitPrice: { amount: 100, currency: 'USD' } }, testOrder().lines[0]!];
    const bad = { ...testOrder({ lines }), createdAt: 'yesterday', channel: undefined };
    const en = runFlow(approvalFlow, bad, ctx).problems!;
    const zh = runFlow(approvalFlow, bad, ctx, { locale: 'zh' }).problems!;
    expect(zh.map((p) => p.path)).toEqual(en.map((p) => p.path));
    expect(zh.map((p) => p.message)).toEqual([
      'channel：缺少此项（应为文本）',
      'createdAt：应为带时区偏移的 ISO 8601 时间，例如 2026-11-11T00:05:00+08:00',
    ]);
    const mixed = runFlow(approvalFlow, testOrder({ lines }), ctx, { locale: 'zh' }).problems!.map((p) => p.message);
    expect(mixed).toEqual([
      'lines.0.unitPrice.currency：币种 USD 与订单币种 CNY 不一致',
      'lines.1.id：商品行编号 "l1" 重复',
    ]);
    expect(runFlow(approvalFlow, { ...testOrder(), lines: [] }, ctx, { locale: 'zh' }).problems![0]!.message).toBe(
      'lines：订单至少要有一个商品行',
    );
  });

  it('rejects mixed currencies inside one order', () => {
    const bad = testOrder({ lines: [{ ...testOrder().lines[0]!, unitPrice: { amount: 100, currency: 'USD' } }] });
    expect(runFlow(approvalFlow, bad, ctx).problems?.[0]?.message).toContain('differs from the order currency CNY');
  });

  it('ends as failed, naming the node, when a node throws', () => {
    const result = runFlow(approvalFlow, testOrder(), ctx, { decisions: { approve: 'perhaps' } });
    expect(result.status).toBe('failed');
    expect(result.error?.nodeId).toBe('approve');
  });

  it('stops runaway flows at the step limit', () => {
    const result = runFlow(approvalFlow, testOrder(), ctx, { maxSteps: 2 });
    expect(result).toMatchObject({
      status: 'failed',
      error: { nodeId: 'approve', message: 'the run exceeded the limit of 2 steps' },
    });
  });

  it('records what each node changed when tracing', () => {
    const result = runFlow(approvalFlow, testOrder(), ctx, { decisions: { approve: 'approved' }, trace: true });
    expect(result.trace.find((s) => s.nodeId === 'ok')?.changes).toEqual({ tags: ['approved'] });
    expect(result.outcome?.tags).toEqual(['approved']);
  });

  it('never compiles a flow with errors', () => {
    const compiled = compileFlow(testFlow([{ id: 'a', type: 'tag' }], []), coreRegistry);
    expect(compiled.ok).toBe(false);
  });
});

describe('order rejection', () => {
  it('reports an unknown order currency once, not once per money field', () => {
    const result = runFlow(approvalFlow, { ...testOrder(), currency: 'RMB' }, ctx);
    expect(result.problems?.map((p) => p.path.join('.'))).toEqual(['currency']);
  });
});

describe('order problems read plainly', () => {
  it('calls a missing field missing', () => {
    const { currency: _dropped, ...withoutCurrency } = testOrder();
    expect(runFlow(approvalFlow, withoutCurrency, ctx).problems?.map((p) => p.message)).toEqual([
      'currency: missing (expected string)',
    ]);
  });
});

describe('attributes', () => {
  // Set-field writes attributes; later conditions see them over the order's own, field by field.
  const attributeFlow = plan(
    testFlow(
      [
        { id: 'start', type: 'trigger', config: {} },
        { id: 'first', type: 'set-field', config: { field: 'lane', expression: 'fast' } },
        { id: 'second', type: 'set-field', config: { field: 'source', expression: 'flow' } },
        {
          id: 'check',
          type: 'condition',
          config: {
            expression: {
              and: [
                { '==': [{ var: 'attributes.lane' }, 'fast'] },
                { '==': [{ var: 'attributes.source' }, 'flow'] },
                { '==': [{ var: 'attributes.campaign' }, 'double-11'] },
              ],
            },
          },
        },
        { id: 'yes', type: 'tag', config: { tags: ['seen-all'] } },
        { id: 'no', type: 'tag', config: { tags: ['missed'] } },
      ],
      ['start.start->first', 'first.next->second', 'second.next->check', 'check.true->yes', 'check.false->no'],
    ),
  );

  it('show the flow’s attributes over the order’s after each set-field, and never change the order', () => {
    const order = testOrder({ attributes: { source: 'live', campaign: 'double-11' } });
    const result = runFlow(attributeFlow, order, ctx);
    expect(result.outcome?.tags).toEqual(['seen-all']);
    expect(result.outcome?.attributes).toEqual({ lane: 'fast', source: 'flow' });
    expect(order.attributes).toEqual({ source: 'live', campaign: 'double-11' });
  });

  it('read the same when the order brings none', () => {
    const result = runFlow(attributeFlow, testOrder({ attributes: {} }), ctx);
    expect(result.outcome?.tags).toEqual(['missed']);
    expect(result.outcome?.attributes).toEqual({ lane: 'fast', source: 'flow' });
  });
});

describe('a run started by a node during another run', () => {
  // A node may run a second flow (a sub-flow) on the same order. Each run keeps its own facts:
  // the inner run's tags must not show in the outer run's conditions, and the other way round.
  const inner = plan(
    testFlow(
      [
        { id: 'start', type: 'trigger', config: {} },
        { id: 'saw-outer', type: 'condition', config: { expression: { in: ['outer', { var: 'tags' }] } } },
        { id: 'leaked', type: 'tag', config: { tags: ['inner-saw-outer'] } },
        { id: 'clean', type: 'tag', config: { tags: ['inner'] } },
      ],
      ['start.start->saw-outer', 'saw-outer.true->leaked', 'saw-outer.false->clean'],
    ),
  );
  const innerTags: string[][] = [];
  const subFlow = defineNode({
    type: 'sub-flow',
    category: 'custom',
    title: { en: 'Sub-flow', zh: '子流程' },
    description: { en: 'Runs another flow on the order.', zh: '对订单运行另一个流程。' },
    config: z.object({}),
    outputs: [{ id: 'next', label: { en: 'next', zh: '下一步' } }],
    run: ({ order, ctx }) => {
      innerTags.push([...(runOrder(inner, order, ctx).outcome?.tags ?? [])]);
      return takePort('next');
    },
  });
  const outer = compileFlow(
    testFlow(
      [
        { id: 'start', type: 'trigger', config: {} },
        { id: 'mark', type: 'tag', config: { tags: ['outer'] } },
        { id: 'sub', type: 'sub-flow', config: {} },
        { id: 'saw-inner', type: 'condition', config: { expression: { in: ['inner', { var: 'tags' }] } } },
        { id: 'leaked', type: 'tag', config: { tags: ['outer-saw-inner'] } },
        { id: 'clean', type: 'tag', config: { tags: ['outer-clean'] } },
      ],
      [
        'start.start->mark',
        'mark.next->sub',
        'sub.next->saw-inner',
        'saw-inner.true->leaked',
        'saw-inner.false->clean',
      ],
    ),
    registryWith([subFlow]),
  );

  it('keeps each run’s facts apart', () => {
    if (!outer.ok) throw new Error(JSON.stringify(outer.problems));
    const result = runFlow(outer.plan, testOrder(), ctx);
    expect(innerTags).toEqual([['inner']]);
    expect(result.outcome?.tags).toEqual(['outer', 'outer-clean']);
    // The next top-level run starts clean too.
    expect(runFlow(inner, testOrder(), ctx).outcome?.tags).toEqual(['inner']);
  });
});

describe('a node that picks its port through choose', () => {
  const picker = (choose: (facts: unknown) => number) =>
    defineNode({
      type: 'picker',
      category: 'custom',
      title: { en: 'Picker', zh: '选择' },
      description: { en: 'Picks a port.', zh: '选择一个端口。' },
      config: z.object({}),
      outputs: [{ id: 'a', label: { en: 'a', zh: 'a' } }],
      run: ({ facts }) => takePort(['a'][choose(facts)] ?? 'nowhere'),
      choose,
    });
  const flowWith = (choose: (facts: unknown) => number) => {
    const compiled = compileFlow(
      testFlow(
        [
          { id: 'start', type: 'trigger', config: {} },
          { id: 'pick', type: 'picker', config: {} },
        ],
        ['start.start->pick'],
      ),
      registryWith([picker(choose)]),
    );
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    return compiled.plan;
  };

  it('fails the run naming the node when choosing throws, as run would', () => {
    const result = runFlow(
      flowWith(() => {
        throw new Error('no stock table');
      }),
      testOrder(),
      ctx,
    );
    expect(result).toMatchObject({ status: 'failed', error: { nodeId: 'pick', message: 'no stock table' } });
    expect(result.trace.map((s) => s.nodeId)).toEqual(['start', 'pick']);
  });

  it('fails the run when it picks a port the node does not have', () => {
    expect(
      runFlow(
        flowWith(() => 3),
        testOrder(),
        ctx,
      ),
    ).toMatchObject({
      status: 'failed',
      error: { nodeId: 'pick', message: 'node pick chose a port its type does not declare' },
    });
  });
});
