import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createComparison, type RunsComparison } from '../../../runtime/index';
import { translateSim } from '../i18n';
import { ComparisonView } from './ComparisonView';

afterEach(cleanup);

const t = (key: Parameters<typeof translateSim>[1], params?: Parameters<typeof translateSim>[2]) =>
  translateSim('en', key, params);
const comparison: RunsComparison = {
  ...createComparison(),
  orders: 2,
  differing: 1,
  differingOrderIds: ['o-2'],
  differences: [{ orderId: 'o-2', index: 1, diffs: [{ field: 'total', before: '¥100.00', after: '¥90.00' }] }],
};

describe('ComparisonView', () => {
  it('opens a differing order of the data set that is selected', () => {
    const onOpen = vi.fn();
    render(<ComparisonView comparison={comparison} onOpen={onOpen} t={t} />);
    screen.getByRole('button', { name: 'Open' }).click();
    expect(onOpen).toHaveBeenCalledWith(1);
  });

  it('offers no Open for a saved comparison of another data set', () => {
    render(<ComparisonView comparison={comparison} t={t} />);
    expect(screen.getByText('o-2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open' })).toBeNull();
  });
});
