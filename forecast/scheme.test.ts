import { describe, expect, it } from 'vitest';
import { chooseScheme, type Ranked } from './scheme';
import { nestedCombinationErrors, type CandidateName, type Validation, type ValidationPlan } from './select';

// Weekly data, 2 weeks ahead, origins a week apart: an origin's weights may use errors from 2 origins back.
const plan: ValidationPlan = { horizon: 2, period: 52, origins: 7, spacing: 1, minTrain: 104 };

/** A candidate's inner errors, latest origin first, each origin scoring 2 steps. */
const validation = (method: CandidateName, rows: readonly (readonly number[])[]): Validation => {
  const flat = rows.flat();
  return { method, mse: flat.reduce((a, e) => a + e * e, 0) / flat.length, errors: rows };
};
const rows = (latest: readonly number[][], older: number, n = 7) => [
  ...latest,
  ...Array.from({ length: n - latest.length }, () => [older, -older]),
];

describe('nested combination errors', () => {
  it('weight each origin by the errors of origins whose steps lie wholly before it (hand-computed)', () => {
    // 7 origins, gap 2, at least 4 to learn from: origins 0 and 1 are scored. Origin 0 learns from 2…6, where
    // ses erred by ±1 (MSE 1) and tsb by ±2 (MSE 4): weights 1/1² : 1/4² = 16/17 : 1/17.
    const ses = validation('ses', rows([[3, 3]], 1));
    const tsb = validation('tsb', rows([[-3, -3]], 2));
    const nested = nestedCombinationErrors([ses, tsb], plan);
    expect(nested).toHaveLength(2);
    nested[0]!.forEach((e) => expect(e).toBeCloseTo((16 * 3 + 1 * -3) / 17, 12));
  });

  it('an origin’s weights ignore the errors of the next origin back, whose steps overlap it, and use the one after', () => {
    const base = [validation('ses', rows([], 1)), validation('tsb', rows([], 2))];
    const at0 = (ranking: Validation[]) => nestedCombinationErrors(ranking, plan)[0];
    const changed = (row: number) =>
      at0([
        validation(
          'ses',
          rows([], 1).map((r, k) => (k === row ? [40, 40] : r)),
        ),
        base[1]!,
      ]);
    expect(changed(1)).toEqual(at0(base));
    expect(changed(2)).not.toEqual(at0(base));
  });
});

describe('choosing the scheme across series', () => {
  // A history whose seasonal naive scale is 1: y[t] − y[t − 52] is ±1.
  const history = Array.from({ length: 160 }, (_, t) => (Math.floor(t / 52) % 2 === 0 ? 10 : 11));
  const series = (combination: number, global: number): Ranked => ({
    history,
    ranking: [validation('ses', rows([], combination)), validation('global', rows([], global))],
  });

  it('takes a single method alone when it scored lower on every series', () => {
    // global erred by 1, ses by 3 … 3.5: the combination leans on global but still carries some of ses.
    const choice = chooseScheme([series(3, 1), series(3.2, 1.1), series(3.5, 0.9), series(3.1, 1)], plan);
    expect(choice.chosen).toBe('global');
    expect(choice.series).toBe(4);
    expect(choice.scores[0]!.scheme).toBe('global');
    expect(choice.t).toBeLessThan(-2);
  });

  it('keeps the combination when the best single method wins on some series and loses on others', () => {
    const choice = chooseScheme([series(3, 1), series(1, 3), series(3, 1.2), series(1.1, 3)], plan);
    expect(choice.chosen).toBe('combination');
    expect(choice.scores.map((s) => s.scheme).sort()).toEqual(['combination', 'global', 'ses']);
  });

  it('keeps the combination when no series can be scored', () => {
    expect(chooseScheme([], plan)).toEqual({ chosen: 'combination', scores: [], series: 0, t: 0 });
  });
});
