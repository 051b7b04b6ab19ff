import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { validateFlow } from '../engine/validate';
import { FACTS_SHAPE } from '../order/facts';
import { testFlow } from '../testing/builders';
import { checkLogic } from './check';

const unpinned = (expression: unknown, currency?: string) =>
  checkLogic(expression, FACTS_SHAPE, undefined, currency ? { currency } : {})
    .filter((issue) => issue.code === 'money-currency-unpinned')
    .map((issue) => issue.path);

const subtotal = { var: 'totals.subtotal.amount' };
const pin = (code: string, path = 'totals.subtotal.currency') => ({ '==': [{ var: path }, code] });

describe('a money amount compared with a number must have its currency pinned', () => {
  it('warns on a bare amount comparison (the $500 orders that took a ¥500 promotion)', () => {
    expect(unpinned({ '>=': [subtotal, 50000] })).toEqual([['>=', 0]]);
    expect(unpinned({ '<=': [100, subtotal, 50000] })).toEqual([['<=', 1]]);
    expect(unpinned({ and: [{ '==': [{ var: 'customer.tier' }, 'vip'] }, { '>': [subtotal, 1] }] })).toEqual([
      ['and', 1, '>', 0],
    ]);
  });

  it('accepts the amount when an enclosing "and" pins the same money object to one currency', () => {
    expect(unpinned({ and: [pin('CNY'), { '>=': [subtotal, 50000] }] })).toEqual([]);
    expect(
      unpinned({ and: [{ '===': ['USD', { var: 'totals.subtotal.currency' }] }, { '>=': [subtotal, 1] }] }),
    ).toEqual([]);
    expect(unpinned({ and: [pin('CNY'), { or: [{ '>=': [subtotal, 1] }, { '<': [subtotal, 0] }] }] })).toEqual([]);
  });

  it("does not take one money object's pin for another's, nor a pin under or", () => {
    const total = { var: 'totals.total.amount' };
    expect(unpinned({ and: [pin('CNY'), { '>=': [total, 50000] }] })).toEqual([['and', 1, '>=', 0]]);
    expect(unpinned({ or: [pin('CNY'), { '>=': [subtotal, 50000] }] })).toEqual([['or', 1, '>=', 0]]);
    expect(
      unpinned({ and: [{ in: [{ var: 'totals.subtotal.currency' }, ['CNY', 'USD']] }, { '>=': [subtotal, 1] }] }),
    ).toEqual([['and', 1, '>=', 0]]);
  });

  it('follows item scopes: a line price inside some/filter is pinned by its own unitPrice.currency', () => {
    const price = { var: 'unitPrice.amount' };
    expect(unpinned({ some: [{ var: 'lines' }, { '>': [price, 10000] }] })).toEqual([['some', 1, '>', 0]]);
    expect(
      unpinned({ some: [{ var: 'lines' }, { and: [pin('CNY', 'unitPrice.currency'), { '>': [price, 1] }] }] }),
    ).toEqual([]);
  });

  it('leaves alone amounts compared with other amounts or with 0, and non-money numbers', () => {
    expect(unpinned({ '>': [{ var: 'totals.discount.amount' }, 0] })).toEqual([]);
    expect(unpinned({ '==': [{ var: 'shippingFee.amount' }, 0] })).toEqual([]);
    expect(unpinned({ '>': [{ var: 'totals.discount.amount' }, { var: 'totals.subtotal.amount' }] })).toEqual([]);
    expect(unpinned({ '>=': [{ var: 'totals.itemCount' }, 3] })).toEqual([]);
  });

  it('needs no pin where the node itself only runs for one currency', () => {
    expect(unpinned({ '>=': [subtotal, 50000] }, 'CNY')).toEqual([]);
  });
});

describe('flow validation reports an unpinned money comparison with the node and JSON path', () => {
  const flow = (config: Record<string, unknown>, type = 'condition') =>
    testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'big', type, config },
        { id: 'done', type: 'end', config: { decision: 'accept' } },
      ],
      type === 'condition'
        ? ['start.start->big', 'big.true->done', 'big.false->done']
        : ['start.start->big', 'big.next->done'],
    );

  it('as a warning in English and in Chinese; the flow still runs', () => {
    const doc = flow({ expression: { '>=': [subtotal, 50000] } });
    const en = validateFlow(doc, coreRegistry).problems.filter((p) => p.code === 'money-currency-unpinned');
    const zh = validateFlow(doc, coreRegistry, { locale: 'zh' }).problems.filter(
      (p) => p.code === 'money-currency-unpinned',
    );
    expect(en).toEqual([
      expect.objectContaining({
        severity: 'warning',
        nodeId: 'big',
        path: ['nodes', 1, 'config', 'expression', '>=', 0],
      }),
    ]);
    expect(en[0]!.message).toMatch(/totals\.subtotal\.amount is compared with a number but no currency is pinned/);
    expect(zh[0]!.message).toMatch(/totals\.subtotal\.amount 与数字比较，却没有限定币种/);
    expect(validateFlow(doc, coreRegistry).flow).not.toBeNull();
  });

  it("a discount's own currency pins its condition; without one it warns", () => {
    const when = { '>=': [subtotal, 50000] };
    const codes = (config: Record<string, unknown>) =>
      validateFlow(flow(config, 'discount'), coreRegistry).problems.map((p) => p.code);
    expect(codes({ kind: 'percent', percent: 5, when })).toContain('money-currency-unpinned');
    expect(codes({ kind: 'percent', percent: 5, when, currency: 'CNY' })).not.toContain('money-currency-unpinned');
  });

  it('a discount or gift amount with no currency is reported at its config path; with one, nothing', () => {
    const warnings = (config: Record<string, unknown>, type = 'discount', locale: 'en' | 'zh' = 'en') =>
      validateFlow(flow(config, type), coreRegistry, { locale })
        .problems.filter((p) => p.code === 'money-currency-unpinned')
        .map((p) => ({ path: p.path, nodeId: p.nodeId, message: p.message }));
    const fixed = { kind: 'fixed', amount: 2000 };
    expect(warnings(fixed)).toEqual([
      {
        path: ['nodes', 1, 'config', 'amount'],
        nodeId: 'big',
        message: expect.stringMatching(/^amount is money but the node names no currency/),
      },
    ]);
    expect(warnings(fixed, 'discount', 'zh')[0]!.message).toMatch(/^amount 是金额，但节点没有指定币种/);
    expect(
      warnings({ kind: 'tiered', tiers: [{ threshold: 30000, off: 3000 }], cap: 5000 }).map((w) => w.path),
    ).toEqual([
      ['nodes', 1, 'config', 'cap'],
      ['nodes', 1, 'config', 'tiers'],
    ]);
    expect(warnings({ ...fixed, currency: 'CNY' })).toEqual([]);
    expect(warnings({ kind: 'percent', percent: 10 })).toEqual([]);
    expect(warnings({ sku: 'BAG', threshold: 30000 }, 'gift').map((w) => w.path)).toEqual([
      ['nodes', 1, 'config', 'threshold'],
    ]);
    expect(warnings({ sku: 'BAG', threshold: 30000, currency: 'USD' }, 'gift')).toEqual([]);
  });
});
