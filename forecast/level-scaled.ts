import { innerOrigins, type ValidationPlan } from './select';

/**
 * A level ratio never more than doubles or halves an error: an inner forecast near zero (a sparse series
 * after a quiet spell) would otherwise blow one origin's errors up without bound.
 */
export const LEVEL_RATIO_CAP = 2;

/**
 * The inner-validation errors rescaled to the level forecast now, for the interval widths only: errors grow
 * with the level of demand, so an origin whose forecast was half today's speaks for errors half today's size.
 * Origin k's forecast is recovered from its errors (actual − error); each of its errors is multiplied by
 * Σ point now / Σ forecast then over the horizon (within `LEVEL_RATIO_CAP`), 1 when either is not positive.
 * The raw errors stay what pre-allocation samples its targets from: rescaling those too cost the offline A/B
 * most of its gain (forecast/README.md).
 */
export function levelScaledErrors(
  history: readonly number[],
  errors: readonly (readonly number[])[],
  point: readonly number[],
  plan: ValidationPlan,
): number[][] {
  const origins = innerOrigins(history.length, plan);
  const now = point.reduce((a, b) => a + b, 0);
  return errors.map((row, k) => {
    const origin = origins[k];
    if (origin === undefined)
      throw new Error(`level-scaled errors: no inner origin ${k} in a history of ${history.length}`);
    const then = row.reduce((a, e, i) => a + history[origin + i]! - e, 0);
    const ratio = now > 0 && then > 0 ? Math.min(LEVEL_RATIO_CAP, Math.max(1 / LEVEL_RATIO_CAP, now / then)) : 1;
    return row.map((e) => e * ratio);
  });
}
