/** How failed deliveries are retried. `random` is injected (tests pin it); production uses Math.random. */
export interface RetryPolicy {
  /** Attempts in all; the last failure makes the row a dead letter. */
  readonly maxAttempts: number;
  /** Delay after the first failure; doubled after each further one. */
  readonly baseMs: number;
  readonly capMs: number;
  readonly random: () => number;
}

/**
 * Exponential backoff with "equal jitter": half of the doubled delay is fixed, half random, so retries
 * from many rows that failed together (a receiver down) spread out but never come back sooner than half.
 */
export function backoffMs(attempts: number, policy: RetryPolicy): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + policy.random() * (exponential / 2));
}
