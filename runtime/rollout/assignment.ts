/**
 * Who gets which version during a rollout. Pure and deterministic, so the server (intake), the editor
 * (the rehearsal in the browser) and the CLI assign every order the same arm.
 *
 * A customer's key (the customer id; the order id when there is none) hashes to one of 10,000 buckets.
 * The candidate takes the lowest buckets: at p% it gets buckets < p·100, so raising p only adds
 * customers and nobody who had the candidate loses it. The baseline arm (compared with the candidate
 * by the guardrails) is the same number of buckets right above, on the live version.
 */

export const BUCKETS = 10_000;

export type Arm = 'candidate' | 'baseline' | 'rest';

const encoder = new TextEncoder();

/** 32-bit FNV-1a over the UTF-8 bytes, then murmur3's finalizer so sequential ids spread over all buckets. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The bucket 0..9999 of a key. The salt (the rollout's id) makes each rollout pick its own customers,
 * so the same people are not always the first to try every change.
 */
export function bucketOf(key: string, salt = ''): number {
  // Multiply-shift instead of modulo: no bias towards low buckets (2^32 is not a multiple of 10,000).
  return Math.floor((hash32(`${salt}\u0000${key}`) / 0x1_0000_0000) * BUCKETS);
}

/** The key an order is assigned by: its customer, so one customer sees one version; the order id when anonymous. */
export function assignmentKey(order: {
  readonly id: string;
  readonly customer?: { readonly id?: string | null } | null;
}): string {
  const customerId = order.customer?.id;
  return typeof customerId === 'string' && customerId !== '' ? `customer:${customerId}` : `order:${order.id}`;
}

/** Buckets the candidate holds at this percent (0..100, two decimals at most count). */
export function candidateBuckets(percent: number): number {
  if (!Number.isFinite(percent) || percent <= 0) return 0;
  return Math.min(BUCKETS, Math.round(percent * (BUCKETS / 100)));
}

/** The arm of a bucket: candidate below the cut, an equal-sized baseline right above it (smaller past 50%), the rest live. */
export function armOfBucket(bucket: number, percent: number): Arm {
  const cut = candidateBuckets(percent);
  if (bucket < cut) return 'candidate';
  const baseline = Math.min(cut, BUCKETS - cut);
  return bucket < cut + baseline ? 'baseline' : 'rest';
}

/** The arm of an order's key for a rollout at this percent. */
export function assignArm(key: string, percent: number, salt = ''): Arm {
  return armOfBucket(bucketOf(key, salt), percent);
}
