import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { orderArbitrary } from '../testing/arbitraries';
import { testFlow } from '../testing/builders';
import { compileFlow, type Plan } from './compile';
import { resumeFlow } from './resume';
import { runFlow } from './run';
import type { RunState } from './run-state';
import type { RunResult } from './types';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');

/** Steps a random flow is made of: branching on money and tier, discounts, tags, and the two kinds of wait. */
const stepArbitrary = fc.oneof(
  fc.record({
    type: fc.constant('condition'),
    config: fc
      .integer({ min: 0, max: 600_000 })
      .map((min) => ({ expression: { '>=': [{ var: 'totals.total.amount' }, min] } })),
  }),
  fc.constant({ type: 'condition', config: { expression: { '==': [{ var: 'customer.tier' }, 'vip'] } } }),
  fc.record({
    type: fc.constant('discount'),
    config: fc.oneof(
      fc
        .integer({ min: 1, max: 50 })
        .map((percent) => ({ kind: 'percent', percent, reason: 'p', stacking: 'stackable' })),
      fc
        .integer({ min: 1, max: 90_000 })
        .map((amount) => ({ kind: 'fixed', amount, reason: 'f', stacking: 'stackable' })),
    ),
  }),
  fc.constant({ type: 'tag', config: { tags: ['seen'] } }),
  fc.constant({ type: 'approval', config: { role: 'finance', reason: 'check' } }),
  fc.constant({ type: 'qc-check', config: {} }),
);

const PORTS: Readonly<Record<string, readonly string[]>> = {
  condition: ['true', 'false'],
  discount: ['next'],
  tag: ['next'],
  approval: ['approved', 'rejected', 'timed_out'],
  'qc-check': ['pass', 'fail'],
};

/**
 * A random flow without cycles: a trigger, 1–7 steps, an end. Every port of step i leads to a later
 * step (picked by `targets`), so every required port is connected and every path ends.
 */
const planArbitrary: fc.Arbitrary<Plan> = fc
  .tuple(fc.array(stepArbitrary, { minLength: 1, maxLength: 7 }), fc.array(fc.nat(), { minLength: 30, maxLength: 30 }))
  .map(([steps, targets]) => {
    const ids = ['start', ...steps.map((_, i) => `s${i + 1}`), 'finish'];
    const nodes = [
      { id: 'start', type: 'trigger' },
      ...steps.map((step, i) => ({ id: ids[i + 1]!, ...step })),
      { id: 'finish', type: 'end', config: { decision: 'accept' } },
    ];
    let pick = 0;
    const edges = ['start.start->s1'];
    steps.forEach((step, i) => {
      for (const port of PORTS[step.type]!) {
        const later = ids.length - (i + 2); // ids after s(i+1)
        edges.push(`${ids[i + 1]}.${port}->${ids[i + 2 + (targets[pick++ % targets.length]! % later)]}`);
      }
    });
    const compiled = compileFlow(testFlow(nodes, edges), coreRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    return compiled.plan;
  });

/** Decides each wait with the port its turn picks, resuming from a JSON copy of the state each time. */
function resumeThrough(plan: Plan, first: RunResult, picks: readonly number[]) {
  let result = first;
  const decisions: Record<string, string> = {};
  for (let turn = 0; result.status === 'waiting'; turn++) {
    const ports = result.waiting!.ports;
    const port = ports[picks[turn % picks.length]! % ports.length]!;
    decisions[result.waiting!.nodeId] = port;
    const resumed = resumeFlow(plan, JSON.parse(JSON.stringify(result.state)), port, ctx, { trace: true });
    if (!resumed.ok) throw new Error(resumed.error.message);
    result = resumed.result;
  }
  return { result, decisions };
}

describe('resume properties', () => {
  it('replayed resumes equal the run that knew every decision at once', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        orderArbitrary,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (plan, order, picks) => {
          const first = runFlow(plan, order, ctx, { trace: true });
          const { result, decisions } = resumeThrough(plan, first, picks);
          const known = runFlow(plan, order, ctx, { trace: true, decisions });
          expect(JSON.stringify(result)).toBe(JSON.stringify(known));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  /** Ways a stranger might change a state: any field, any decision, the order's money and customer. */
  const mutationArbitrary = fc.oneof(
    fc.record({
      kind: fc.constant('waitingAt' as const),
      to: fc.constantFrom('start', 's1', 's2', 's3', 'finish', 'x'),
    }),
    fc.record({
      kind: fc.constant('decision' as const),
      node: fc.constantFrom('s1', 's2', 's3', 's4', 'finish', 'nope'),
      port: fc.constantFrom('approved', 'rejected', 'timed_out', 'pass', 'fail', 'true', 'next'),
    }),
    fc.record({ kind: fc.constant('drop-decisions' as const) }),
    fc.record({
      kind: fc.constant('price' as const),
      amount: fc.oneof(fc.integer({ min: -5, max: 900_000 }), fc.double()),
    }),
    fc.record({ kind: fc.constant('tier' as const), tier: fc.constantFrom('vip', 'regular', 7, null) }),
    fc.record({
      kind: fc.constant('field' as const),
      key: fc.constantFrom(
        'format',
        'formatVersion',
        'flowId',
        'flowHash',
        'order',
        'decisions',
        'waitingAt',
        'outcome',
      ),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      key: fc.constantFrom('flowHash', 'order', 'decisions', 'waitingAt'),
    }),
  );

  function mutate(state: RunState, m: MutationOf<typeof mutationArbitrary>) {
    const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown> & { order: Record<string, unknown> };
    switch (m.kind) {
      case 'waitingAt':
        copy.waitingAt = m.to;
        break;
      case 'decision':
        copy.decisions = { ...(copy.decisions as object), [m.node]: m.port };
        break;
      case 'drop-decisions':
        copy.decisions = {};
        break;
      case 'price': {
        const lines = copy.order.lines as { unitPrice: { amount: unknown } }[];
        lines[0]!.unitPrice.amount = m.amount;
        break;
      }
      case 'tier':
        (copy.order.customer as Record<string, unknown>).tier = m.tier;
        break;
      case 'field':
        (copy as Record<string, unknown>)[m.key] = m.value;
        break;
      case 'delete':
        delete copy[m.key];
        break;
    }
    return copy;
  }

  it('a changed state is refused, or resumes to exactly the run its order and decisions give', () => {
    fc.assert(
      fc.property(planArbitrary, orderArbitrary, mutationArbitrary, fc.nat(), (plan, order, mutation, pick) => {
        const first = runFlow(plan, order, ctx);
        if (first.status !== 'waiting') return;
        const forged = mutate(first.state!, mutation);
        const decision = first.waiting!.ports[pick % first.waiting!.ports.length]!;
        const resumed = resumeFlow(plan, forged, decision, ctx, { trace: true });
        if (!resumed.ok) {
          expect(resumed.error.message.length).toBeGreaterThan(0);
          return;
        }
        const state = forged as unknown as RunState;
        const known = runFlow(plan, state.order, ctx, {
          trace: true,
          decisions: { ...state.decisions, [state.waitingAt]: decision },
        });
        expect(JSON.stringify(resumed.result)).toBe(JSON.stringify(known));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

type MutationOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
