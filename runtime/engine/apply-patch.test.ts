import { describe, expect, it } from 'vitest';
import { emptyOutcome, type Adjustment, type GiftLine, type OutcomePatch } from '../order/outcome';
import { applyPatch, ATTRIBUTES_PATCHED, MONEY_CHANGED, PATCH_FIELD_BITS } from './apply-patch';

const adjustment = (nodeId: string, amount: number): Adjustment => ({
  nodeId,
  reason: nodeId,
  amount: { amount, currency: 'CNY' },
  allocations: [{ lineId: 'L1', amount }],
  stacking: 'stackable',
  priority: 0,
});
const gift = (sku: string): GiftLine => ({ nodeId: 'g', sku, name: sku, quantity: 1, reason: 'r' });

describe('applyPatch', () => {
  it('applies every field, removals before additions, and reports money and attribute changes', () => {
    const outcome = { ...emptyOutcome(), adjustments: [adjustment('old', 100), adjustment('keep', 50)] };
    const changed = applyPatch(outcome, {
      adjustments: [adjustment('new', 70)],
      removeAdjustmentsFrom: ['old'],
      gifts: [gift('G')],
      tags: ['a', 'a'],
      attributes: { warehouse: 'WH-SH' },
      decision: { decision: 'hold', reason: 'why' },
    });
    expect(changed).toBe(MONEY_CHANGED | ATTRIBUTES_PATCHED);
    expect(outcome.adjustments.map((a) => a.nodeId)).toEqual(['keep', 'new']);
    expect(outcome.gifts.map((g) => g.sku)).toEqual(['G']);
    expect(outcome.tags).toEqual(['a']);
    expect(outcome.attributes).toEqual({ warehouse: 'WH-SH' });
    expect([outcome.decision, outcome.decisionReason]).toEqual(['hold', 'why']);
    expect(applyPatch(outcome, { tags: ['b'] })).toBe(0);
  });

  it('reads patches that are not plain objects field by field: inherited fields count, getters included', () => {
    class GiftPatch {
      get gifts(): readonly GiftLine[] {
        return [gift('FROM-GETTER')];
      }
    }
    const outcome = emptyOutcome();
    applyPatch(outcome, new GiftPatch() as OutcomePatch);
    applyPatch(outcome, Object.create({ tags: ['inherited'] }) as OutcomePatch);
    expect(outcome.gifts.map((g) => g.sku)).toEqual(['FROM-GETTER']);
    expect(outcome.tags).toEqual(['inherited']);
  });

  it("lists a plain patch's fields by its enumerable keys (a hidden own field is not a field)", () => {
    const outcome = emptyOutcome();
    applyPatch(
      outcome,
      Object.defineProperty({}, 'decision', {
        value: { decision: 'cancel', reason: 'hidden' },
        enumerable: false,
      }) as OutcomePatch,
    );
    expect(outcome.decision).toBe('accept');
  });

  it('appends a list to itself once, as a spread push did', () => {
    const outcome = { ...emptyOutcome(), gifts: [gift('A'), gift('B')] };
    applyPatch(outcome, { gifts: outcome.gifts });
    expect(outcome.gifts.map((g) => g.sku)).toEqual(['A', 'B', 'A', 'B']);
  });

  it('keeps "__proto__" an ordinary attribute', () => {
    const outcome = emptyOutcome();
    applyPatch(outcome, { attributes: JSON.parse('{"__proto__": "x", "y": 1}') as Record<string, string> });
    expect(Object.getPrototypeOf(outcome.attributes)).toBe(Object.prototype);
    expect(Object.keys(outcome.attributes)).toEqual(['__proto__', 'y']);
  });

  // A value for every field (typed Required<OutcomePatch>, so a new field needs one here too).
  const oneOfEach: Required<OutcomePatch> = {
    removeAdjustmentsFrom: ['old'],
    adjustments: [adjustment('new', 70)],
    gifts: [gift('G')],
    tags: ['t'],
    holds: [{ nodeId: 'h', kind: 'approval', status: 'pending', reason: 'r' }],
    effects: [{ kind: 'crm-tag', nodeId: 'c', customerId: 'C1', tag: 'vip' }],
    fulfilment: {
      nodeId: 'f',
      shipments: [],
      cost: { amount: 0, currency: 'CNY' },
      split: false,
      candidates: [],
      explanation: 'x',
    },
    attributes: { a: 1 },
    decision: { decision: 'hold', reason: 'why' },
  };

  it.each(Object.keys(PATCH_FIELD_BITS) as (keyof OutcomePatch)[])('applies a patch of only "%s"', (field) => {
    const before = { ...emptyOutcome(), adjustments: [adjustment('old', 100)] };
    const outcome = structuredClone(before);
    applyPatch(outcome, { [field]: oneOfEach[field] });
    // Every field has a branch: the outcome changed, and the only part that changed is that field's.
    expect(outcome).not.toEqual(before);
    const touched = Object.keys(outcome).filter(
      (key) =>
        JSON.stringify(outcome[key as keyof typeof outcome]) !== JSON.stringify(before[key as keyof typeof before]),
    );
    expect(touched).toEqual(
      field === 'removeAdjustmentsFrom'
        ? ['adjustments']
        : field === 'decision'
          ? ['decision', 'decisionReason']
          : [field],
    );
  });

  it('gives every field its own bit', () => {
    const bits = Object.values(PATCH_FIELD_BITS);
    expect(bits.every((bit) => bit > 0 && (bit & (bit - 1)) === 0)).toBe(true);
    expect(new Set(bits).size).toBe(bits.length);
  });
});
