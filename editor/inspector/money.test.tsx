import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { EditorProvider } from '../store/EditorProvider';
import { sampleStore } from '../store/test-support';
import { formFields } from './form-model';
import { currencyOf, inputToMinor, minorToInput } from './money-input';
import { NodeForm } from './NodeForm';

afterEach(cleanup);

describe('money typed in major units, stored in minor units', () => {
  it.each([
    ['12.50', 1250],
    ['12.5', 1250],
    ['12', 1200],
    ['¥1,234.50', 123450],
    ['１２．５', 1250], // full-width digits from a Chinese input method
    ['0.01', 1],
  ])('"%s" is stored as %i fen', (typed, minor) => {
    expect(inputToMinor(typed, 'CNY')).toEqual({ ok: true, value: minor });
  });

  it('refuses more decimals than the currency has, and text that is not an amount', () => {
    expect(inputToMinor('12.345', 'CNY')).toEqual({ ok: false, digits: 2 });
    expect(inputToMinor('12元5', 'CNY')).toMatchObject({ ok: false });
    expect(inputToMinor('1.5', 'JPY')).toEqual({ ok: false, digits: 0 });
  });

  it('shows stored amounts back in major units, in the node currency or CNY', () => {
    expect(minorToInput(1250, 'CNY')).toBe('12.50');
    expect(minorToInput(1200, 'JPY')).toBe('1200');
    expect(currencyOf({ currency: 'USD' })).toBe('USD');
    expect(currencyOf({})).toBe('CNY');
    expect(currencyOf({ currency: 'XXX' })).toBe('CNY');
  });

  it('treats a field described in "minor units" as money, and JSONLogic fields as rules', () => {
    const kinds = Object.fromEntries(formFields(coreRegistry.get('discount')!).map((f) => [f.key, f.kind]));
    expect(kinds).toMatchObject({
      amount: 'money',
      cap: 'money',
      minSubtotal: 'money',
      percent: 'number',
      when: 'logic',
      kind: 'enum',
      tiers: 'list',
      skus: 'tags',
      repeat: 'boolean',
    });
    const tiers = formFields(coreRegistry.get('discount')!).find((f) => f.key === 'tiers')!;
    expect(tiers.fields!.map((f) => f.kind)).toEqual(['money', 'money']);
    expect(formFields(coreRegistry.get('route')!).find((f) => f.key === 'reviewWhen')!.kind).toBe('logic');
  });
});

describe('the inspector form', () => {
  function renderDiscount(config: Record<string, unknown>) {
    const store = sampleStore();
    const id = store.getState().addNode('discount', { x: 0, y: 400 })!;
    store.getState().updateConfig(id, { ...store.getState().flow.nodes.find((n) => n.id === id)!.config, ...config });
    render(
      <EditorProvider store={store}>
        <NodeForm nodeId={id} definition={coreRegistry.get('discount')!} />
      </EditorProvider>,
    );
    return { store, config: () => store.getState().flow.nodes.find((n) => n.id === id)!.config };
  }

  it('stores "12.50" typed into a money field as 1250 and shows stored fen as yuan', () => {
    const { config } = renderDiscount({ kind: 'fixed', cap: 1999 });
    const amount = screen.getByLabelText('Amount off');
    fireEvent.change(amount, { target: { value: '12.50' } });
    expect(config().amount).toBe(1250);
    expect((screen.getByLabelText('Maximum discount') as HTMLInputElement).value).toBe('19.99');
  });

  it('keeps a half-typed amount on screen without storing a wrong number', () => {
    const { config } = renderDiscount({ kind: 'fixed', amount: 500 });
    const amount = screen.getByLabelText('Amount off');
    fireEvent.change(amount, { target: { value: '12.345' } });
    expect((amount as HTMLInputElement).value).toBe('12.345');
    expect(config().amount).toBe(500);
    expect(amount.closest('.field')!.textContent).toMatch(/at most 2 decimals/);
  });

  it('clears an optional money field instead of storing 0', () => {
    const { config } = renderDiscount({ cap: 1000 });
    fireEvent.change(screen.getByLabelText('Maximum discount'), { target: { value: '' } });
    expect(Object.hasOwn(config(), 'cap')).toBe(false);
  });

  it('shows a validation problem under the field it belongs to', () => {
    renderDiscount({ kind: 'tiered', tiers: [] });
    const tiers = document.querySelector('[data-field="tiers"]')!;
    expect(tiers.textContent).toMatch(/needs at least one tier/);
  });

  it('labels the currency select, warns on an amount with no currency, and clears the warning once one is picked', () => {
    const { config } = renderDiscount({ kind: 'fixed', amount: 2000 });
    const amountField = () => screen.getByLabelText('Amount off').closest('.field')!;
    expect(amountField().textContent).toMatch(/amount is money but the node names no currency/);
    const currency = screen.getByLabelText('Currency') as HTMLSelectElement;
    expect(currency.tagName).toBe('SELECT');
    fireEvent.change(currency, { target: { value: 'USD' } });
    expect(config().currency).toBe('USD');
    expect(amountField().textContent).not.toMatch(/names no currency/);
  });
});
