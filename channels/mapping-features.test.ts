import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeResult } from './normalize';

/** A small shop mapping; `patch` changes the parts a test is about. */
function mapping(patch: Record<string, unknown> = {}) {
  return {
    format: 'orderflow/channel-mapping',
    formatVersion: 1,
    channel: 'test-shop',
    title: 'Test shop',
    records: ['orders'],
    timeZone: '+08:00',
    fields: {
      channelOrderId: 'no',
      createdAt: { from: 'at', convert: 'time.local' },
      currency: { value: 'CNY' },
      'shippingAddress.country': { value: 'CN' },
    },
    customer: { buyerId: 'buyer' },
    status: { rules: [{ when: {}, status: 'paid' }] },
    lines: {
      from: 'items',
      fields: {
        id: 'sku',
        sku: 'sku',
        quantity: { from: 'qty', convert: 'int' },
        unitPrice: { from: 'fen', convert: 'money.minor' },
      },
    },
    ...patch,
  };
}

const order = (extra: Record<string, unknown> = {}) => ({
  no: 'N1',
  at: '2026-11-11 00:05:00',
  buyer: 'B1',
  items: [{ sku: 'S1', qty: 1, fen: 100 }],
  ...extra,
});

const run = (doc: unknown, orders: unknown[]): NormalizeResult[] =>
  normalize(doc as Parameters<typeof normalize>[0], JSON.stringify({ orders }));

const statusOf = (result: NormalizeResult | undefined) => (result?.ok ? result.order.status : result?.problems);

describe('status rules: letter case and numbers', () => {
  const doc = mapping({
    status: {
      rules: [
        { when: { state: { anyCase: ['paid', 'Settled'] } }, status: 'paid' },
        { when: { refunded: { gt: 0 } }, status: 'refunded' },
        { when: { stage: { gte: 3, lt: 5 } }, status: 'shipped' },
      ],
      otherwise: 'pending',
    },
  });

  it.each([
    [{ state: 'PAID' }, 'paid'],
    [{ state: 'settled' }, 'paid'],
    [{ state: 'pay' }, 'pending'],
    [{ state: 7 }, 'pending'],
    [{ refunded: 0.01 }, 'refunded'],
    [{ refunded: '12.50' }, 'refunded'],
    [{ refunded: 0 }, 'pending'],
    [{ refunded: '12 pcs' }, 'pending'],
    [{ stage: 3 }, 'shipped'],
    [{ stage: '4' }, 'shipped'],
    [{ stage: 5 }, 'pending'],
    [{}, 'pending'],
  ])('%j is %s', (extra, status) => {
    expect(statusOf(run(doc, [order(extra)])[0])).toBe(status);
  });

  it('refuses a bad condition, naming where it is in the mapping', () => {
    const [result] = run(mapping({ status: { rules: [{ when: { stage: {} }, status: 'paid' }] } }), [order()]);
    expect(result?.ok).toBe(false);
    const message = result && !result.ok ? result.problems[0]!.message : '';
    expect(message).toContain('$.status.rules[0].when.stage');
    const [typo] = run(mapping({ status: { rules: [{ when: { stage: { gt: 'three' } }, status: 'paid' }] } }), [
      order(),
    ]);
    expect(typo && !typo.ok && typo.problems[0]!.message).toContain('$.status.rules[0].when.stage');
  });
});

describe('a time zone per record (timeZoneFrom)', () => {
  const doc = mapping({ timeZoneFrom: 'shop.zone' });

  it('reads wall-clock times in the zone the record names, else in the mapping zone', () => {
    const [berlin, tokyo, none] = run(doc, [
      order({ shop: { zone: 'Europe/Berlin' } }),
      order({ no: 'N2', shop: { zone: '+09:00' } }),
      order({ no: 'N3' }),
    ]);
    expect(berlin?.ok && berlin.order.createdAt).toBe('2026-11-11T00:05:00+01:00');
    expect(tokyo?.ok && tokyo.order.createdAt).toBe('2026-11-11T00:05:00+09:00');
    expect(none?.ok && none.order.createdAt).toBe('2026-11-11T00:05:00+08:00');
  });

  it('refuses an order whose zone does not exist, naming its path', () => {
    const [result] = run(doc, [order({ shop: { zone: 'Mars/Olympus' } })]);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.problems[0]).toMatchObject({
      path: '$.orders[0].shop.zone',
      message: expect.stringContaining('"Mars/Olympus" is neither an IANA time zone'),
    });
  });
});

describe('arithmetic and concatenation in fields', () => {
  const doc = mapping({
    fields: {
      ...mapping().fields,
      shippingFee: { from: 'fee', convert: 'money.decimalString', negate: true },
      'payment.amount': { from: ['goods', 'freight'], aggregate: 'sum', convert: 'money.decimalString' },
      'payment.method': { from: ['pay.kind', 'pay.bank'], aggregate: 'concat', separator: '/' },
    },
    lines: {
      from: 'items',
      fields: {
        id: 'sku',
        sku: 'sku',
        quantity: { from: 'qty', convert: 'int' },
        unitPrice: { from: 'tenthFen', convert: 'money.minor', divide: 10 },
        weightGrams: { from: 'kg', convert: 'int', multiply: 1000 },
      },
    },
  });
  const shop = (extra: Record<string, unknown> = {}) =>
    order({
      fee: '-5.00',
      goods: '12.30',
      freight: '0.70',
      pay: { kind: 'card', bank: 'ICBC' },
      items: [{ sku: 'S1', qty: 2, tenthFen: 1990, kg: 1.25 }],
      ...extra,
    });

  it('negates, multiplies, divides, sums fields and joins texts, exactly', () => {
    const [result] = run(doc, [shop()]);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.order.shippingFee).toEqual({ amount: 500, currency: 'CNY' });
    expect(result.order.payment).toMatchObject({ amount: { amount: 1300, currency: 'CNY' }, method: 'card/ICBC' });
    expect(result.order.lines[0]).toMatchObject({ unitPrice: { amount: 199, currency: 'CNY' }, weightGrams: 1250 });
  });

  it('refuses what does not compute, naming the payload path', () => {
    const [inexact] = run(doc, [shop({ items: [{ sku: 'S1', qty: 1, tenthFen: 1995, kg: 1 }] })]);
    expect(inexact && !inexact.ok && inexact.problems[0]).toMatchObject({
      path: '$.orders[0].items[0].tenthFen',
      message: expect.stringContaining('"199.5" should be a whole number of minor units'),
    });
    const thirds = mapping({
      lines: {
        ...mapping().lines,
        fields: { ...mapping().lines.fields, weightGrams: { from: 'g', convert: 'int', divide: 3 } },
      },
    });
    const [third] = run(thirds, [order({ items: [{ sku: 'S1', qty: 1, fen: 100, g: 10 }] })]);
    expect(third && !third.ok && third.problems[0]).toMatchObject({
      path: '$.orders[0].items[0].g',
      message: expect.stringContaining('10 ÷ 3 is not an exact decimal'),
    });
    const [text] = run(doc, [shop({ fee: 'free' })]);
    expect(text && !text.ok && text.problems[0]).toMatchObject({
      path: '$.orders[0].fee',
      message: expect.stringContaining('expected a number to calculate with, got the text "free"'),
    });
  });

  it('refuses arithmetic on texts and a separator without concat, naming the mapping path', () => {
    const bad = mapping({
      fields: {
        ...mapping().fields,
        channelOrderId: { from: 'no', negate: true },
        'payment.method': { from: 'm', separator: '-' },
      },
    });
    const [result] = run(bad, [order()]);
    const message = result && !result.ok ? result.problems[0]!.message : '';
    expect(message).toContain('$.fields.channelOrderId.negate');
    expect(message).toContain('$.fields.payment.method.separator');
  });
});
