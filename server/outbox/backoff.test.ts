import { describe, expect, it } from 'vitest';
import { backoffMs, type RetryPolicy } from './backoff';

const policy = (random: number): RetryPolicy => ({ maxAttempts: 8, baseMs: 1000, capMs: 30_000, random: () => random });

describe('retry backoff', () => {
  it('doubles per attempt, with the jitter between half and all of the delay, up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy(0)))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy(1)))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(10, policy(1))).toBe(30_000);
    expect(backoffMs(10, policy(0))).toBe(15_000);
  });
});
