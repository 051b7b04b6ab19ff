import { describe, expect, it } from 'vitest';
import { methodLabel } from './report';

describe('methodLabel', () => {
  it('shows a combination with each member’s weight, heaviest first', () => {
    expect(
      methodLabel({ method: 'ses', methods: ['ses', 'tsb', 'moving-average'], weights: [0.364, 0.336, 0.3] }),
    ).toBe('ses 36% + tsb 34% + moving-average 30%');
  });

  it('shows one method by its name (a baseline, a new SKU, a sum)', () => {
    expect(methodLabel({ method: 'tsb', methods: ['tsb'], weights: [1] })).toBe('tsb');
    expect(methodLabel({ method: 'bottom-up' })).toBe('bottom-up');
  });
});
