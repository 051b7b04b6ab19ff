import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { testFlow, testOrder } from '../testing/builders';
import { compileFlow, type Plan } from './compile';
import { resumeFlow, type ResumeResult } from './resume';
import { runFlow } from './run';
import type { RunState } from './run-state';
import type { RunResult } from './types';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');

function plan(flow: unknown): Plan {
  const compiled = compileFlow(flow, coreRegistry);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems, null, 2));
  return compiled.plan;
}

/** A big order waits for finance; a VIP gets 10% off first; approved orders are tagged. */
const flow = (percent: number) =>
  testFlow(
    [
      { id: 'start', type: 'trigger' },
      { id: 'vip', type: 'discount', config: { kind: 'percent', percent, reason: 'VIP' } },
      { id: 'big', type: 'condition', config: { expression: { '>=': [{ var: 'totals.subtotal.amount' }, 50000] } } },
      { id: 'approve', type: 'approval', config: { role: 'finance', reason: 'big order' } },
      { id: 'ok', type: 'tag', config: { tags: ['approved'] } },
      { id: 'no', type: 'end', config: { decision: 'cancel', reason: 'rejected by finance' } },
      { id: 'late', type: 'end', config: { decision: 'hold', reason: 'no answer' } },
    ],
    [
      'start.start->vip',
      'vip.next->big',
      'big.true->approve',
      'approve.approved->ok',
      'approve.rejected->no',
      'approve.timed_out->late',
    ],
  );
const approvalFlow = plan(flow(10));

/** The waiting state as a stranger would hand it back: plain JSON, any field changed. */
function waitingState(): RunState & Record<string, unknown> {
  const waiting = runFlow(approvalFlow, testOrder(), ctx);
  expect(waiting.status).toBe('waiting');
  return JSON.parse(JSON.stringify(waiting.state)) as RunState & Record<string, unknown>;
}

function refusal(result: ResumeResult) {
  if (result.ok) throw new Error(`expected a refusal, got a ${result.result.status} run`);
  return result.error;
}

function resumed(result: ResumeResult): RunResult {
  if (!result.ok) throw new Error(result.error.message);
  return result.result;
}

describe('resumeFlow trusts nothing in the state', () => {
  it('keeps no outcome, totals or trace in the state: only the order, the flow hash and the decisions', () => {
    expect(Object.keys(waitingState()).sort()).toEqual(
      ['decisions', 'flowHash', 'flowId', 'format', 'formatVersion', 'order', 'waitingAt'].sort(),
    );
  });

  it('refuses a state whose waiting node was changed, instead of completing the order without approval', () => {
    // Pointing the state at the tag after the approval once completed the order as "approved" unasked.
    const error = refusal(resumeFlow(approvalFlow, { ...waitingState(), waitingAt: 'ok' }, 'next', ctx));
    expect(error).toMatchObject({ code: 'decisions-mismatch', path: ['waitingAt'] });
    expect(error.message).toContain('waits at "approve"');
    expect(refusal(resumeFlow(approvalFlow, { ...waitingState(), waitingAt: 'nowhere' }, 'approved', ctx)).code).toBe(
      'decisions-mismatch',
    );
  });

  it('re-derives discounts and totals: a discount or outcome added to the state is refused, not carried', () => {
    const forged = { ...waitingState(), outcome: { adjustments: [{ amount: { amount: 83999.5, currency: 'CNY' } }] } };
    const error = refusal(resumeFlow(approvalFlow, forged, 'approved', ctx));
    expect(error.code).toBe('not-a-state');
    expect(error.message).toContain('"outcome"');
    const result = resumed(resumeFlow(approvalFlow, waitingState(), 'approved', ctx));
    // 10% of 84,000 fen, exactly; the total is whole fen.
    expect(result.totals).toMatchObject({ discount: { amount: 8400 }, total: { amount: 75600 } });
  });

  it('refuses a fractional or negative price in the order of the state, naming its path', () => {
    const state = waitingState();
    const lines = [{ ...state.order.lines[0]!, unitPrice: { amount: 599.5, currency: 'CNY' } }];
    const error = refusal(resumeFlow(approvalFlow, { ...state, order: { ...state.order, lines } }, 'approved', ctx));
    expect(error).toMatchObject({ code: 'invalid-order', path: ['order', 'lines', 0, 'unitPrice', 'amount'] });
  });

  it('refuses a state from another version of the flow, and a copied hash replays the new version only', () => {
    const newer = plan(flow(20));
    const old = waitingState();
    expect(refusal(resumeFlow(newer, old, 'approved', ctx))).toMatchObject({
      code: 'flow-changed',
      path: ['flowHash'],
    });
    // With the new version's hash copied in, the run is the new version's from the start: 20%, not 10%.
    const copied = resumed(resumeFlow(newer, { ...old, flowHash: newer.contentHash }, 'approved', ctx));
    expect(copied).toEqual(runFlow(newer, old.order, ctx, { decisions: { approve: 'approved' } }));
    expect(copied.totals?.discount.amount).toBe(16800);
  });

  it('keeps a waiting run resumable when only canvas positions or names change', () => {
    const moved = flow(10);
    moved.nodes = moved.nodes.map((n) => ({ ...n, name: 'renamed', position: { x: 9, y: 9 } }));
    expect(resumed(resumeFlow(plan(moved), waitingState(), 'approved', ctx)).status).toBe('completed');
  });

  it('refuses decisions for steps the order never reaches or that are not their ports', () => {
    const state = waitingState();
    const extra = refusal(resumeFlow(approvalFlow, { ...state, decisions: { late: 'x' } }, 'approved', ctx));
    expect(extra).toMatchObject({ code: 'decisions-mismatch', path: ['decisions', 'late'] });
    const notPort = refusal(resumeFlow(approvalFlow, { ...state, decisions: { approve: 'yes' } }, 'approved', ctx));
    expect(notPort.message).toContain('approved, rejected, timed_out');
    const ghost = refusal(resumeFlow(approvalFlow, { ...state, decisions: { ghost: 'approved' } }, 'approved', ctx));
    expect(ghost.code).toBe('decisions-mismatch');
    const unknown = refusal(resumeFlow(approvalFlow, state, 'maybe', ctx));
    expect(unknown).toMatchObject({ code: 'unknown-decision', nodeId: 'approve' });
  });

  it('refuses an order changed so that it no longer waits there', () => {
    const state = waitingState();
    const small = { ...state.order, lines: [{ ...state.order.lines[1]!, quantity: 1 }] };
    const error = refusal(resumeFlow(approvalFlow, { ...state, order: small }, 'approved', ctx));
    expect(error).toMatchObject({ code: 'decisions-mismatch' });
    expect(error.message).toContain('ends completed');
  });

  it('answers every malformed state with a refusal, never a TypeError', () => {
    const state = waitingState();
    const broken: unknown[] = [
      null,
      42,
      'state',
      [],
      {},
      { ...state, order: null },
      { ...state, order: { ...state.order, lines: null } },
      { ...state, order: { ...state.order, customer: 7 } },
      { ...state, decisions: null },
      { ...state, decisions: { approve: 5 } },
      { ...state, decisions: [] },
      { ...state, waitingAt: null },
      { ...state, flowHash: 1 },
      { ...state, format: 'orderflow/run-state', formatVersion: 1 },
      // The format before replaying: outcome, trace and steps trusted as given.
      { flowId: state.flowId, flowFingerprint: 'ab', order: state.order, nodeId: 'approve', trace: 'x', steps: -1 },
    ];
    for (const bad of broken) {
      const result = resumeFlow(approvalFlow, bad, 'approved', ctx);
      expect(result.ok, JSON.stringify(bad)?.slice(0, 80)).toBe(false);
    }
    for (const old of broken.slice(-2))
      expect(refusal(resumeFlow(approvalFlow, old, 'approved', ctx)).code).toBe('unsupported-format');
    expect(refusal(resumeFlow(approvalFlow, { ...state, order: null }, 'approved', ctx)).message).toBe(
      'the order in this waiting state is not a valid order: order: Invalid input: expected object, received null',
    );
  });

  it('says why in Chinese when the run speaks Chinese', () => {
    const error = refusal(resumeFlow(approvalFlow, waitingState(), 'maybe', ctx, { locale: 'zh' }));
    expect(error.message).toBe('"maybe" 不是 "approve" 可用的决定；请从以下选择：approved、rejected、timed_out');
  });
});
