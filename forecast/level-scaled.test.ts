import { describe, expect, it } from 'vitest';
import { levelScaledErrors } from './level-scaled';
import type { ValidationPlan } from './select';

// Weekly data, two steps ahead, origins a week apart; a history of 10 has inner origins 8, 7, 6 (latest first).
const plan: ValidationPlan = { horizon: 2, period: 52, origins: 3, spacing: 1, minTrain: 4 };
const history = [0, 0, 0, 0, 0, 0, 4, 4, 8, 8];

describe('inner errors rescaled to the level forecast now (interval widths)', () => {
  it('multiplies each origin’s errors by Σ point now / Σ forecast then (hand-computed)', () => {
    // Origin 8: actuals 8, 8, errors 2, 2 → forecasts 6, 6 (Σ 12); point now 6, 6 → ratio 1.
    // Origin 7: actuals 4, 8, errors −2, 2 → forecasts 6, 6 (Σ 12) → ratio 1.
    // Origin 6: actuals 4, 4, errors 1, 1 → forecasts 3, 3 (Σ 6) → ratio 2.
    const errors = [
      [2, 2],
      [-2, 2],
      [1, 1],
    ];
    expect(levelScaledErrors(history, errors, [6, 6], plan)).toEqual([
      [2, 2],
      [-2, 2],
      [2, 2],
    ]);
  });

  it('halves at most, doubles at most, and leaves an origin alone when its forecast was zero', () => {
    // Point now 1 + 1 = 2. Origin 8: forecasts 6, 6 (Σ 12) → ratio 1/6, held at 1/2. Origin 7: errors 0 stay 0.
    // Origin 6: actuals 4, 4, errors 4, 4 → forecast 0: nothing to scale by, the errors stay.
    const errors = [
      [2, 2],
      [0, 0],
      [4, 4],
    ];
    expect(levelScaledErrors(history, errors, [1, 1], plan)).toEqual([
      [1, 1],
      [0, 0],
      [4, 4],
    ]);
    expect(levelScaledErrors(history, [[6, 6]], [100, 100], plan)).toEqual([[12, 12]]);
    expect(levelScaledErrors(history, [[-8, -8]], [1, 1], plan)).toEqual([[-4, -4]]);
  });

  it('names the origin and history when the errors do not fit the history', () => {
    expect(() => levelScaledErrors([1, 2, 3, 4, 5], [[1, 1]], [1, 1], plan)).toThrow(
      /no inner origin 0 in a history of 5/,
    );
  });
});
