import { describe, expect, it } from 'vitest';
import { biasCorrection, correctedErrors } from './bias';
import type { ValidationPlan } from './select';

// Weekly data, one step ahead, origins a week apart: every inner origin scores its own week.
const plan: ValidationPlan = { horizon: 1, period: 52, origins: 6, spacing: 1, minTrain: 4 };
const history = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
/** Errors (actual − forecast) at the 6 inner origins, latest first, from forecasts given per origin. */
const errorsFor = (forecasts: readonly number[]) => forecasts.map((f) => [10 - f]);

describe('bias correction', () => {
  it('scales the forecast by Σ actual / Σ forecast when every inner origin under-forecast (hand-computed)', () => {
    // Forecasts 8 or 9 against actuals of 10, over two series: Σ actual 120, Σ forecast 102 → × 120/102.
    const a = { history, errors: errorsFor([8, 9, 8, 9, 8, 9]) };
    const b = { history, errors: errorsFor([9, 8, 9, 8, 9, 8]) };
    const bias = biasCorrection([a, b], plan);
    expect(bias.ratio).toBeCloseTo(120 / 102, 12);
    expect(bias.factor).toBeCloseTo(120 / 102, 12);
    expect(bias.origins).toBe(6);
    expect(bias.t).toBeGreaterThan(2);
  });

  it('leaves the forecast alone when the inner origins disagree on the side of the bias', () => {
    const bias = biasCorrection([{ history, errors: errorsFor([8, 12, 7, 13, 9, 10]) }], plan);
    expect(bias.ratio).toBeCloseTo(60 / 59, 12);
    expect(bias.factor).toBe(1);
    expect(bias.t).toBeLessThan(2);
  });

  it('counts only inner origins whose scored steps do not overlap (2 steps ahead: every other one of 5)', () => {
    const twoAhead: ValidationPlan = { ...plan, horizon: 2 };
    const bias = biasCorrection([{ history, errors: errorsFor([8, 8, 8, 8, 8]).map(([e]) => [e!, e!]) }], twoAhead);
    expect(bias.origins).toBe(3);
  });

  it('re-centres the inner errors on the corrected forecast, for its intervals', () => {
    // Actual 10, forecast 8 (error 2); corrected forecast 1.25 × 8 = 10: error 0.
    expect(correctedErrors({ history, errors: [[2]] }, plan, 1.25)).toEqual([[0]]);
  });
});
