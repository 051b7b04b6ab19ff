import { allocate } from '../../runtime/node/index';

/**
 * `allocate` from runtime/money with the same arithmetic, operation for operation, but without the
 * closures, the per-line objects and the sort: this runs for every discount that applies. Weights
 * that are not all finite (never the case for line amounts) go to `allocate` itself.
 */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  let weightSum = 0;
  for (let i = 0; i < n; i++) weightSum += Math.max(0, weights[i]!);
  if (n === 0) return [];
  if (!Number.isFinite(weightSum) || weightSum === 0 || !Number.isFinite(total)) return allocate(total, weights);
  const sign = total < 0 ? -1 : 1;
  const absolute = Math.abs(total);
  // Arrays sized up front: pushing onto `[]` allocates room for 17 (~150 bytes) each.
  const parts = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const part = Math.floor((absolute * Math.max(0, weights[i]!)) / weightSum);
    parts[i] = part;
    given += part;
  }
  let remainder = absolute - given;
  if (remainder > 0) {
    // Largest fractional part first, ties to the earlier line: a strict order, so any sort gives
    // allocate's order. Insertion sort: there are only a few lines.
    const order = new Array<number>(n);
    const fracs = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const frac = ((absolute * Math.max(0, weights[i]!)) % weightSum) / weightSum;
      let at = i;
      for (; at > 0 && fracs[at - 1]! < frac; at--) {
        order[at] = order[at - 1]!;
        fracs[at] = fracs[at - 1]!;
      }
      order[at] = i;
      fracs[at] = frac;
    }
    for (let k = 0; remainder > 0; k = (k + 1) % n, remainder--) parts[order[k]!]! += 1;
  }
  for (let i = 0; i < n; i++) parts[i] = parts[i]! * sign;
  return parts;
}
