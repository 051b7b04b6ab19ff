import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../runtime/node/index';
import { percentOfExact } from './compute-discount';
import { splitByWeight } from './split';

/** percentOfExact as it was written before its fast path: BigInt throughout. */
function percentByBigInt(base: number, percent: number): number {
  const ppm = BigInt(Math.round(percent * 10_000));
  const numerator = BigInt(base) * ppm;
  const negative = numerator < 0n;
  const absolute = negative ? -numerator : numerator;
  const rounded = (2n * absolute + 1_000_000n) / 2_000_000n;
  return Number(negative ? -rounded : rounded);
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe('splitByWeight', () => {
  it('gives exactly what allocate gives, -0 included', () => {
    const weight = fc.oneof(
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: -100, max: 100 }),
      fc.constantFrom(0, 7, 1e13),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e6, max: 1e10 }), fc.constantFrom(0, -0, 1, 2, 3)),
        fc.array(weight, { maxLength: 6 }),
        (total, weights) => {
          const expected = allocate(total, weights);
          const actual = splitByWeight(total, weights);
          if (!same(actual, expected))
            throw new Error(
              `${total} by ${JSON.stringify(weights)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
            );
        },
      ),
      { seed: 20261125, numRuns: 5000 },
    );
  });
});

describe('percentOfExact', () => {
  it('gives what BigInt arithmetic gives, up to 2^51 and past it', () => {
    const base = fc.oneof(
      fc.integer({ min: 0, max: 1e13 }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom(0, 1, 499_999, 2 ** 51, 2 ** 51 + 1, 9e15),
    );
    const ppm = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.constantFrom(0, 1, 5, 30_000, 100_000, 333_333, 999_999, 1_000_000),
    );
    fc.assert(
      fc.property(base, ppm, (b, p) => {
        expect(Object.is(percentOfExact(b, p / 10_000), percentByBigInt(b, p / 10_000))).toBe(true);
      }),
      { seed: 20261125, numRuns: 10_000 },
    );
  });

  it('still throws where BigInt does (a base that is not whole)', () => {
    expect(() => percentOfExact(10.5, 10)).toThrow(RangeError);
  });
});
