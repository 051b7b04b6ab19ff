import { describe, expect, it } from 'vitest';
import { classify } from './classify';

describe('classify (Syntetos–Boylan: ADI 1.32, CV² 0.49)', () => {
  it.each([
    { values: [3, 3, 4, 3, 3, 4], demandClass: 'smooth' },
    { values: [1, 10, 1, 10], demandClass: 'erratic' }, // ADI 1, CV² 20.25 / 30.25 = 0.67
    { values: [0, 0, 5, 0, 0, 5, 0, 0, 6], demandClass: 'intermittent' }, // ADI 3
    { values: [0, 0, 1, 0, 0, 10, 0, 0, 1], demandClass: 'lumpy' },
  ])('$values is $demandClass', ({ values, demandClass }) => {
    expect(classify(values).demandClass).toBe(demandClass);
  });

  it('computes ADI and CV² of the non-zero sizes', () => {
    const c = classify([1, 10, 1, 10]);
    expect(c.adi).toBe(1);
    expect(c.cv2).toBeCloseTo(20.25 / 30.25, 12);
    expect(classify([0, 0, 5, 0, 0, 5]).adi).toBe(3);
  });

  it('uses the cut-offs as lower bounds of the sparse and variable classes', () => {
    // 25 non-zero days in 33: ADI is exactly 1.32, which counts as sparse.
    const values = Array.from({ length: 33 }, (_, i) => (i < 25 ? 2 : 0));
    expect(classify(values).adi).toBeCloseTo(1.32, 12);
    expect(classify(values).demandClass).toBe('intermittent');
  });
});
