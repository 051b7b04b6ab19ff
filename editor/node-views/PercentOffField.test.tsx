import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PercentOffField, percentFromZhe, zheFromPercent } from './PercentOffField';

afterEach(cleanup);

describe('percent discounts in 折', () => {
  it('convert both ways: 8折 = 20% off, 8.5折 = 15% off', () => {
    expect(percentFromZhe(8)).toBe(20);
    expect(percentFromZhe(8.5)).toBe(15);
    expect(zheFromPercent(20)).toBe(8);
    expect(zheFromPercent(12.5)).toBe(8.75);
  });

  it('typing 8 in the 折 box stores 20% off, and the percent is shown beside it', () => {
    const onChange = vi.fn();
    render(
      <PercentOffField id="p" value={10} onChange={onChange} locale="zh" schema={{}} config={{}} invalid={false} />,
    );
    expect((screen.getByLabelText('优惠百分比（减 %）') as HTMLInputElement).value).toBe('10');
    fireEvent.change(document.getElementById('p')!, { target: { value: '8' } });
    expect(onChange).toHaveBeenCalledWith(20);
  });
});
