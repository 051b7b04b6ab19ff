import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setContextTables } from './context-tables';
import { RuleBuilder } from './RuleBuilder';

// Monaco cannot run in jsdom; the raw mode is exercised through a plain textarea with the same props.
vi.mock('../json-view/MonacoJson', () => ({
  MonacoJson: ({
    value,
    onChange,
    ariaLabel,
  }: {
    value: string;
    onChange: (t: string) => void;
    ariaLabel?: string;
  }) => <textarea aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value)} />,
}));

afterEach(cleanup);

function Harness({
  initial,
  locale = 'en',
  log,
}: {
  initial: unknown;
  locale?: 'en' | 'zh';
  log: (logic: unknown) => void;
}) {
  const [value, setValue] = useState<unknown>(initial);
  return (
    <RuleBuilder
      value={value}
      locale={locale}
      onChange={(logic) => {
        log(logic);
        setValue(logic);
      }}
    />
  );
}

const tier = { var: 'customer.tier' };

describe('RuleBuilder', () => {
  it('shows a simple rule and edits its value', () => {
    const log = vi.fn();
    render(<Harness initial={{ '==': [tier, 'vip'] }} log={log} />);
    expect((screen.getByLabelText('Field') as HTMLSelectElement).value).toBe('customer.tier');
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'gold' } });
    expect(log).toHaveBeenLastCalledWith({ '==': [tier, 'gold'] });
  });

  it('money is typed in major units and stored in minor units', () => {
    const log = vi.fn();
    render(<Harness initial={{ '>=': [{ var: 'totals.subtotal.amount' }, 50000] }} log={log} />);
    const input = screen.getByLabelText('Value') as HTMLInputElement;
    expect(input.value).toBe('500.00');
    fireEvent.change(input, { target: { value: '99.5' } });
    expect(log).toHaveBeenLastCalledWith({ '>=': [{ var: 'totals.subtotal.amount' }, 9950] });
    expect(input.value).toBe('99.5');
    fireEvent.change(input, { target: { value: '99.555' } });
    expect(log).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('a money test picked in the builder holds only in the stated currency', () => {
    const log = vi.fn();
    render(<Harness initial={{ '==': [tier, 'vip'] }} log={log} />);
    fireEvent.change(screen.getByLabelText('Field'), { target: { value: 'totals.subtotal.amount' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '500' } });
    expect(log).toHaveBeenLastCalledWith({
      and: [
        { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] },
        { '>=': [{ var: 'totals.subtotal.amount' }, 50000] },
      ],
    });
    expect((screen.getByLabelText('Currency') as HTMLSelectElement).value).toBe('CNY');
    fireEvent.change(screen.getByLabelText('Operator'), { target: { value: '<' } });
    expect(log).toHaveBeenLastCalledWith({
      and: [
        { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] },
        { '<': [{ var: 'totals.subtotal.amount' }, 50000] },
      ],
    });
  });

  it('changing the currency keeps the amount people read: 500 CNY → 500 JPY (no minor unit)', () => {
    const log = vi.fn();
    const initial = {
      and: [
        { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] },
        { '>=': [{ var: 'totals.subtotal.amount' }, 50000] },
      ],
    };
    render(<Harness initial={initial} log={log} />);
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'JPY' } });
    expect(log).toHaveBeenLastCalledWith({
      and: [{ '==': [{ var: 'totals.subtotal.currency' }, 'JPY'] }, { '>=': [{ var: 'totals.subtotal.amount' }, 500] }],
    });
    expect((screen.getByLabelText('Value') as HTMLInputElement).value).toBe('500');
  });

  it('an amount with no currency (older logic) is flagged in both languages until a currency is picked', () => {
    const log = vi.fn();
    const bare = { '>=': [{ var: 'totals.subtotal.amount' }, 50000] };
    const { unmount } = render(<Harness initial={bare} log={log} locale="zh" />);
    expect(screen.getByRole('alert').textContent).toMatch(/对任何币种的订单都成立/);
    unmount();
    render(<Harness initial={bare} log={log} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Holds for orders in every currency/);
    expect((screen.getByLabelText('Currency') as HTMLSelectElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'USD' } });
    expect(log).toHaveBeenLastCalledWith({
      and: [{ '==': [{ var: 'totals.subtotal.currency' }, 'USD'] }, bare],
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a condition, turning a bare rule into an and-group, and removes it again', () => {
    const log = vi.fn();
    render(<Harness initial={{ '==': [tier, 'vip'] }} log={log} />);
    fireEvent.click(screen.getByText('+ Condition'));
    expect(log).toHaveBeenLastCalledWith({ and: [{ '==': [tier, 'vip'] }, { '==': [tier, 'regular'] }] });
    fireEvent.change(screen.getByLabelText('and / or'), { target: { value: 'or' } });
    expect(log).toHaveBeenLastCalledWith({ or: [{ '==': [tier, 'vip'] }, { '==': [tier, 'regular'] }] });
    fireEvent.click(screen.getAllByLabelText('Remove')[1]!);
    expect(log).toHaveBeenLastCalledWith({ or: [{ '==': [tier, 'vip'] }] });
  });

  it('switching the field to another kind resets the operator; lines get a nested group', () => {
    const log = vi.fn();
    render(<Harness initial={{ '==': [tier, 'vip'] }} log={log} />);
    fireEvent.change(screen.getByLabelText('Field'), { target: { value: 'coupons' } });
    expect(log).toHaveBeenLastCalledWith({ in: ['', { var: 'coupons' }] });
    fireEvent.change(screen.getByLabelText('Field'), { target: { value: 'lines' } });
    expect(log).toHaveBeenLastCalledWith({ some: [{ var: 'lines' }, true] });
    // The nested group's button comes first in the page, before the outer group's.
    fireEvent.click(screen.getAllByText('+ Condition')[0]!);
    expect(log).toHaveBeenLastCalledWith({ some: [{ var: 'lines' }, { '==': [{ var: 'sku' }, ''] }] });
    fireEvent.change(screen.getAllByLabelText('Operator')[0]!, { target: { value: 'sum' } });
    expect(log).toHaveBeenLastCalledWith({
      '>=': [
        {
          reduce: [
            { filter: [{ var: 'lines' }, { '==': [{ var: 'sku' }, ''] }] },
            { '+': [{ var: 'accumulator' }, { var: ['current.quantity', 0] }] },
            0,
          ],
        },
        1,
      ],
    });
  });

  it("offers the context's lookup tables in the field picker, read with their key field", () => {
    setContextTables({
      regionReturnRate: {
        description: 'returns by province',
        keyField: 'shippingAddress.province',
        value: 'number',
        rows: { Zhejiang: 0.16 },
      },
    });
    const log = vi.fn();
    render(<Harness initial={{ '==': [tier, 'vip'] }} locale="zh" log={log} />);
    const field = screen.getByLabelText('字段') as HTMLSelectElement;
    const lookup = within(field).getByRole('option', { name: '查找表 regionReturnRate（按省份 / 州）' });
    expect(lookup.closest('optgroup')?.label).toBe('查找表（上下文）');
    fireEvent.change(field, { target: { value: (lookup as HTMLOptionElement).value } });
    fireEvent.change(screen.getByLabelText('运算符'), { target: { value: '>=' } });
    fireEvent.change(screen.getByLabelText('值'), { target: { value: '0.1' } });
    expect(log).toHaveBeenLastCalledWith({
      '>=': [{ var: { cat: ['tables.regionReturnRate.', { var: 'shippingAddress.province' }] } }, 0.1],
    });
    setContextTables({});
  });

  it('labels fields and operators in Chinese', () => {
    render(<Harness initial={{ '==': [tier, 'vip'] }} locale="zh" log={vi.fn()} />);
    const field = screen.getByLabelText('字段') as HTMLSelectElement;
    expect(field.selectedOptions[0]?.textContent).toBe('会员等级');
    expect(within(screen.getByLabelText('运算符')).getByText('属于')).toBeTruthy();
  });

  it('opens logic it cannot show in JSON mode and passes valid JSON on, never broken text', () => {
    const log = vi.fn();
    const logic = { '==': [{ var: ['customer.tier', 'regular'] }, 'vip'] };
    render(<Harness initial={logic} log={log} />);
    expect((screen.getByText('Builder') as HTMLButtonElement).disabled).toBe(true);
    const raw = screen.getByLabelText('JSONLogic') as HTMLTextAreaElement;
    expect(JSON.parse(raw.value)).toEqual(logic);
    act(() => {
      fireEvent.change(raw, { target: { value: '{"==": [' } });
    });
    expect(log).not.toHaveBeenCalled();
    expect(raw.value).toBe('{"==": [');
    fireEvent.change(raw, { target: { value: '{"==": [{"var": "customer.tier"}, "gold"]}' } });
    expect(log).toHaveBeenLastCalledWith({ '==': [tier, 'gold'] });
    fireEvent.click(screen.getByText('Builder'));
    expect((screen.getByLabelText('Field') as HTMLSelectElement).value).toBe('customer.tier');
  });

  it('treats a missing condition as "always"', () => {
    render(<Harness initial={undefined} log={vi.fn()} />);
    expect(screen.getByText(/Always true/)).toBeTruthy();
  });
});
