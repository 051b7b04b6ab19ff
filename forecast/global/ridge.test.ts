import { describe, expect, it } from 'vitest';
import { ridge } from './ridge';

describe('ridge', () => {
  it('without a penalty is least squares: points on y = 1 + 2x give intercept 1, slope 2', () => {
    const w = ridge(
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [1, 3, 5],
      0,
    );
    expect(w[0]).toBeCloseTo(1, 12);
    expect(w[1]).toBeCloseTo(2, 12);
  });

  it('shrinks the slope but never the intercept', () => {
    // XᵀX = [[3, 3], [3, 5]] + λ on the slope only → [[3, 3], [3, 6]]; Xᵀy = [9, 13] → slope 4/3, intercept 5/3.
    const w = ridge(
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [1, 3, 5],
      1,
    );
    expect(w[0]).toBeCloseTo(5 / 3, 12);
    expect(w[1]).toBeCloseTo(4 / 3, 12);
  });

  it('gives a column that carries no information the weight 0 instead of failing', () => {
    const w = ridge(
      [
        [1, 0],
        [1, 0],
      ],
      [2, 4],
      0,
    );
    expect(w).toEqual([3, 0]);
  });

  it('weighs rows: an intercept alone is the weighted mean of the targets', () => {
    // (0·1 + 3·2) / (1 + 2) = 2
    expect(ridge([[1], [1]], [0, 3], 0, [1, 2])).toEqual([2]);
  });

  it('refuses to fit nothing', () => {
    expect(() => ridge([], [], 1)).toThrow(/no rows/);
  });
});
