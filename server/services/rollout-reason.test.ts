import { describe, expect, it } from 'vitest';
import { breachOf, readReason, reasonInEnglish, storedReason } from './rollout-reason';

const check = {
  metric: 'discountPerOrder' as const,
  currency: 'CNY',
  candidate: 1250,
  baseline: 1000,
  candidateN: 900,
  baselineN: 880,
  worseBy: 250,
  tolerance: 50,
  z: 4.2,
  pValue: 0.0000133,
  breach: true,
};

describe('rollout reasons', () => {
  it('store a breach as its code and data and read it back unchanged', () => {
    const reason = breachOf(check, 2);
    expect(readReason(storedReason(reason))).toEqual(reason);
    expect(reason).toMatchObject({ code: 'guardrail-breach', stage: 2, metric: 'discountPerOrder', currency: 'CNY' });
  });

  it('say a breach in the English line the API answered before', () => {
    expect(reasonInEnglish(breachOf(check, 2))).toBe(
      'guardrail discountPerOrder breached in stage 2: candidate 1250.0 minor units CNY (n=900) vs baseline ' +
        '1000.0 minor units CNY (n=880), worse by 250.0 minor units CNY > tolerance 50.0 minor units CNY (z=4.20, p=1.33e-5)',
    );
  });

  it('keep a reason stored before reasons had codes as its text, and refuse JSON that is not a reason', () => {
    expect(readReason('rolled back by admin: old')).toEqual({ code: 'text', text: 'rolled back by admin: old' });
    expect(readReason('{"code":"guardrail-breach"}')).toEqual({ code: 'text', text: '{"code":"guardrail-breach"}' });
    expect(readReason(null)).toBeNull();
  });
});
