/*
 * What a parsed input cell means, as sets a computer can intersect: a union of intervals for numbers,
 * money (minor units) and dates (epoch ms), or a set of texts (possibly "anything but"). Validation
 * uses them to find overlapping rows and uncovered inputs; to-logic.ts turns them into JSONLogic.
 */

export interface Interval {
  readonly lo: number;
  readonly loIn: boolean;
  readonly hi: number;
  readonly hiIn: boolean;
}

export type CellTest =
  | { readonly kind: 'any' }
  | { readonly kind: 'ranges'; readonly ranges: readonly Interval[] }
  /** Texts (and booleans as 'true'/'false'); `negated`: anything but these. */
  | { readonly kind: 'set'; readonly values: readonly string[]; readonly negated: boolean };

export const ANY: CellTest = Object.freeze({ kind: 'any' });

/** Money and dates count in whole units: an open bound becomes the next whole one. */
export function closeInteger(range: Interval): Interval {
  const lo = range.loIn || !Number.isFinite(range.lo) ? range.lo : range.lo + 1;
  const hi = range.hiIn || !Number.isFinite(range.hi) ? range.hi : range.hi - 1;
  return { lo, loIn: Number.isFinite(lo) ? true : false, hi, hiIn: Number.isFinite(hi) ? true : false };
}

export function isEmpty(range: Interval): boolean {
  return range.lo > range.hi || (range.lo === range.hi && !(range.loIn && range.hiIn));
}

function intersectRanges(a: Interval, b: Interval): Interval {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const loIn = (a.lo !== lo || a.loIn) && (b.lo !== lo || b.loIn);
  const hiIn = (a.hi !== hi || a.hiIn) && (b.hi !== hi || b.hiIn);
  return { lo, loIn, hi, hiIn };
}

/** The values both tests accept, or null when there are none. */
export function intersect(a: CellTest, b: CellTest): CellTest | null {
  if (a.kind === 'any') return b;
  if (b.kind === 'any') return a;
  if (a.kind === 'ranges' && b.kind === 'ranges') {
    const ranges: Interval[] = [];
    for (const x of a.ranges)
      for (const y of b.ranges) {
        const both = intersectRanges(x, y);
        if (!isEmpty(both)) ranges.push(both);
      }
    return ranges.length > 0 ? { kind: 'ranges', ranges } : null;
  }
  if (a.kind === 'set' && b.kind === 'set') {
    if (a.negated && b.negated) return { kind: 'set', values: [...new Set([...a.values, ...b.values])], negated: true };
    if (a.negated) return intersect(b, a);
    const values = a.values.filter((v) => (b.negated ? !b.values.includes(v) : b.values.includes(v)));
    return values.length > 0 ? { kind: 'set', values, negated: false } : null;
  }
  return null;
}

export function contains(test: CellTest, value: number | string): boolean {
  switch (test.kind) {
    case 'any':
      return true;
    case 'ranges':
      return (
        typeof value === 'number' &&
        test.ranges.some((r) => (r.loIn ? value >= r.lo : value > r.lo) && (r.hiIn ? value <= r.hi : value < r.hi))
      );
    case 'set':
      return test.negated !== test.values.includes(String(value));
  }
}

/** A value inside one interval: a bound it includes, else a point between, else one step past a bound. */
export function pointIn(range: Interval): number {
  if (range.loIn && Number.isFinite(range.lo)) return range.lo;
  if (range.hiIn && Number.isFinite(range.hi)) return range.hi;
  if (Number.isFinite(range.lo) && Number.isFinite(range.hi)) return (range.lo + range.hi) / 2;
  if (Number.isFinite(range.lo)) return range.lo + 1;
  if (Number.isFinite(range.hi)) return range.hi - 1;
  return 0;
}

/** A text no row names, used as the example of "any other value". */
export const OTHER_TEXT = '(other)';

/** One example value the test accepts; `known` are the values the field can take, if listed. */
export function witness(test: CellTest, known: readonly string[] = []): number | string {
  switch (test.kind) {
    case 'any':
      return known[0] ?? OTHER_TEXT;
    case 'ranges':
      return pointIn(test.ranges[0]!);
    case 'set':
      if (!test.negated) return test.values[0]!;
      return known.find((v) => !test.values.includes(v)) ?? OTHER_TEXT;
  }
}
