import type { RunResult } from '../engine/types';
import type { CaseContext, ExpectPart, Expectation, TestCase } from './test-cases';

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** One effect as a comparable line: "crm-tag vip-buyer", "notify email ops@example.com". */
export function effectKey(effect: NonNullable<Expectation['effects']>[number]): string {
  return effect.kind === 'crm-tag' ? `crm-tag ${effect.tag}` : `notify ${effect.channel} ${effect.to}`;
}

/** What a run produced, in the cases format, for the parts asked for (lists sorted so order never matters). */
export function expectationOf(result: RunResult, parts: readonly ExpectPart[]): Expectation {
  const outcome = result.outcome;
  const out: Expectation = {};
  for (const part of parts) {
    if (part === 'status') out.status = result.status;
    else if (part === 'decision' && outcome) out.decision = outcome.decision;
    else if (part === 'total' && result.totals) out.total = { ...result.totals.total };
    else if (part === 'discountLines') {
      const sums = new Map<string, { amount: number; currency: string }>();
      for (const a of outcome?.adjustments ?? []) {
        const s = sums.get(a.nodeId) ?? { amount: 0, currency: a.amount.currency };
        sums.set(a.nodeId, { amount: s.amount + a.amount.amount, currency: s.currency });
      }
      out.discountLines = [...sums].map(([nodeId, amount]) => ({ nodeId, amount })).sort(byKey((d) => d.nodeId));
    } else if (part === 'gifts') {
      const units = new Map<string, number>();
      for (const g of outcome?.gifts ?? []) units.set(g.sku, (units.get(g.sku) ?? 0) + g.quantity);
      out.gifts = [...units].map(([sku, quantity]) => ({ sku, quantity })).sort(byKey((g) => g.sku));
    } else if (part === 'route') {
      const shipments = outcome?.fulfilment?.shipments ?? [];
      out.route = {
        warehouses: shipments.map((s) => s.warehouseId).sort(),
        carriers: shipments.map((s) => s.carrierId).sort(),
      };
    } else if (part === 'holds') {
      out.holds = (outcome?.holds ?? [])
        .map((h) => ({ nodeId: h.nodeId, kind: h.kind, status: h.status }))
        .sort(byKey((h) => h.nodeId));
    } else if (part === 'tags') out.tags = [...(outcome?.tags ?? [])].sort();
    else if (part === 'effects')
      out.effects = (outcome?.effects ?? [])
        .map((e) =>
          e.kind === 'crm-tag'
            ? { kind: 'crm-tag' as const, tag: e.tag }
            : { kind: 'notify' as const, channel: e.channel, to: e.to },
        )
        .sort(byKey(effectKey));
    else if (part === 'attributes') out.attributes = { ...(outcome?.attributes ?? {}) };
  }
  return out;
}

/**
 * "Save as test case": the order and what the run produced, keeping only the parts people chose.
 * `decisions` are the answers given to waiting nodes on the way (a resumed run does not carry them).
 */
export function caseFromResult(
  name: string,
  order: Record<string, unknown>,
  result: RunResult,
  parts: readonly ExpectPart[],
  options: { readonly decisions?: Readonly<Record<string, string>>; readonly context?: CaseContext } = {},
): TestCase {
  const decisions =
    options.decisions && Object.keys(options.decisions).length > 0 ? { decisions: { ...options.decisions } } : {};
  return {
    name,
    order,
    ...(options.context !== undefined ? { context: options.context } : {}),
    ...decisions,
    expect: expectationOf(result, parts),
  };
}
