import { LosslessNumber, parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeResult } from './normalize';
import { readFixture } from './node/fixtures';

/** A fixture parsed losslessly, changed by `edit`, written back as text. */
function edited(file: string, edit: (payload: any) => void): string {
  const payload = parse(readFixture(file)) as any;
  edit(payload);
  return stringify(payload)!;
}
const problems = (results: readonly NormalizeResult[]) => results.flatMap((r) => (r.ok ? [] : r.problems));
const orders = (results: readonly NormalizeResult[]) => results.flatMap((r) => (r.ok ? [r.order] : []));

describe('normalize: bad input is reported, never thrown', () => {
  it('names an unknown channel, bad JSON and hostile keys', () => {
    expect(problems(normalize('myspace', '{}'))[0]!.message).toMatch(/not a built-in channel/);
    expect(problems(normalize('shopify', '{"order": '))[0]).toMatchObject({
      channel: 'shopify',
      path: '$',
      message: expect.stringMatching(/^not valid JSON/),
    });
    expect(problems(normalize('shopify', '{"order": {"__proto__": {"x": 1}}}'))[0]).toMatchObject({
      path: '$.order.__proto__',
      message: expect.stringMatching(/not allowed/),
    });
    expect(problems(normalize('douyin', '{"isSuccess": false, "error_Msg": "token expired"}'))[0]!.message).toMatch(
      /no orders found/,
    );
  });

  it('keeps a batch going and says which record failed, where and why', () => {
    const text = edited('douyin-1.json', (p) => {
      const good = p.data.shop_order_list[0];
      p.data.shop_order_list = [{ ...good, order_id: 'A1', pay_amount: 'abc' }, good];
    });
    const [bad, good] = normalize('douyin', text);
    expect(good!.ok).toBe(true);
    expect(bad).toMatchObject({ ok: false, recordPath: '$.data.shop_order_list[0]' });
    expect(problems([bad!])).toEqual([
      {
        channel: 'douyin',
        path: '$.data.shop_order_list[0].pay_amount',
        message: 'payment.amount: "abc" is not a plain decimal amount',
        field: 'payment.amount',
      },
    ]);
  });

  it('refuses an unknown status instead of guessing one', () => {
    const text = edited('shopify-1.json', (p) => {
      p.order.financial_status = 'mystery';
    });
    expect(problems(normalize('shopify', text))[0]!.message).toMatch(
      /no rule of the status table holds for cancelled_at=null, financial_status="mystery", fulfillment_status=null/,
    );
  });

  it("points the canonical schema's complaints at the payload field", () => {
    const text = edited('shopify-1.json', (p) => {
      p.order.line_items[1].quantity = new LosslessNumber('0');
    });
    expect(problems(normalize('shopify', text))).toEqual([
      expect.objectContaining({
        path: '$.order.line_items[1].quantity',
        field: 'lines[1].quantity',
        message: expect.stringMatching(/^lines\[1\]\.quantity: Too small/),
      }),
    ]);
  });

  it("refuses a float that already lost an id's digits", () => {
    const payload = JSON.parse(readFixture('shopify-1.json'));
    // eslint-disable-next-line no-loss-of-precision -- the lost digits are the point of the test
    payload.order.id = 820982911946154508; // parsed by JSON.parse before normalize saw it
    expect(problems(normalize('shopify', payload))[0]!.message).toMatch(/not an exact integer/);
  });
});

describe('normalize: money is never invented, rounded or mixed silently', () => {
  const amazonItems = (edit: (item: any) => void) =>
    edited('amazon-2.json', (p) => {
      p.sandbox_TEST_CASE_200.payload.OrderItems.forEach(edit);
      delete p.example;
    });

  it('refuses JPY with decimals', () => {
    const items = amazonItems((item) => {
      item.ItemPrice = { CurrencyCode: 'JPY', Amount: '25.99' };
    });
    const orderText = edited('amazon-1.json', (p) => {
      p.sandbox_TEST_CASE_200.payload.Orders[0].OrderTotal = { CurrencyCode: 'JPY', Amount: '27' };
    });
    const result = normalize('amazon', orderText, { related: { items } })[1]!;
    expect(problems([result])).toContainEqual(
      expect.objectContaining({
        path: '@items:$.sandbox_TEST_CASE_200.payload.OrderItems[0].ItemPrice.Amount',
        message:
          'lines[0].unitPrice: 25.99 has more decimals than JPY allows (0); name a rounding rule in the mapping to accept it',
      }),
    );
  });

  it('refuses an amount in another currency than the order', () => {
    const items = amazonItems((item) => {
      item.ItemPrice.CurrencyCode = 'GBP';
    });
    const result = normalize('amazon', readFixture('amazon-1.json'), { related: { items } })[1]!;
    expect(problems([result])[0]!.message).toBe('lines[0].unitPrice: the amount is in GBP but the order is in USD');
  });

  it('refuses a line total that does not divide by its quantity', () => {
    const items = amazonItems((item) => {
      item.QuantityOrdered = new LosslessNumber('3');
    });
    expect(
      problems([normalize('amazon', readFixture('amazon-1.json'), { related: { items } })[1]!])[0]!.message,
    ).toMatch(/10.00 USD does not divide evenly by 3/);
  });
});

describe('normalize: sums are divided once, after adding', () => {
  it('Xiaohongshu unit price = (paid + merchant discount + platform discount) ÷ quantity', () => {
    const text = edited('xiaohongshu-1.json', (p) => {
      Object.assign(p.data.skuList[0], {
        totalPaidAmount: new LosslessNumber('905'),
        totalMerchantDiscount: new LosslessNumber('45'),
      });
    });
    expect(orders(normalize('xiaohongshu', text))[0]!.lines[0]!.unitPrice.amount).toBe(100);
    const uneven = edited('xiaohongshu-1.json', (p) => {
      p.data.skuList[0].totalPaidAmount = new LosslessNumber('901');
    });
    expect(problems(normalize('xiaohongshu', uneven))[0]!.message).toBe(
      'lines[0].unitPrice: the sum 1001 does not divide evenly by 10; name a rounding rule to accept it',
    );
  });
});

describe('normalize: what the payload lacks is declared, flagged or refused', () => {
  it('flags masked contacts and keeps them as sent', () => {
    const [result] = normalize('jd', readFixture('jd-1.json'));
    expect(result?.ok && result.order.attributes).toMatchObject({
      masked: 'customer.phone,attributes.shippingAddressDetail',
      shippingAddressDetail: expect.stringMatching(/^AAS\//),
    });
  });

  it('flags declared defaults (Amazon without address, buyer or items)', () => {
    const result = normalize('amazon', readFixture('amazon-1.json'))[1]!;
    expect(result.ok && result.order.attributes.defaulted).toBe('shippingAddress.country,lines,customer.id');
    expect(result.ok && result.order.customer.id).toBe('amazon:guest:902-1845936-5435065');
  });

  it('reports related records that match no order', () => {
    const results = normalize('amazon', readFixture('amazon-1.json'), {
      related: { items: readFixture('amazon-2.json') },
    });
    expect(problems(results)).toContainEqual(
      expect.objectContaining({
        path: '@items:$.example.payload',
        message: expect.stringMatching(/903-1671087-0812628, which is not in the payload/),
      }),
    );
  });

  it('groups one-row-per-unit lines into quantities, keeping different prices apart', () => {
    const text = edited('tiktokshop-1.json', (p) => {
      const row = p.order.line_items[0];
      p.order.line_items = [row, { ...row, id: '2' }, { ...row, id: '3' }, { ...row, id: '4', original_price: '0.02' }];
    });
    const [order] = orders(normalize('tiktokshop', text));
    expect(order!.lines.map((l) => [l.id, l.quantity, l.unitPrice.amount])).toEqual([
      ['577086512123755123', 3, 1],
      ['4', 1, 2],
    ]);
  });

  it('links the same buyer across channels', () => {
    const shopify = orders(normalize('shopify', readFixture('shopify-1.json')))[0]!;
    const woo = orders(
      normalize(
        'woocommerce',
        edited('woocommerce-1.json', (p) => {
          p.data.billing.email = ' Bob.Norman@hostmail.com';
        }),
      ),
    )[0]!;
    expect(woo.customer.id).toBe(shopify.customer.id);
  });
});

describe('normalize builds the order as the schema shapes it', () => {
  it('writes the schema defaults in, so the order check keeps its customer, lines and address as built', async () => {
    const { parseOrder } = await import('../runtime/index');
    const { parsePayload } = await import('./json/parse-payload');
    const { FIXTURE_CASES, loadCase } = await import('./node/fixtures');
    // Collected and compared after normalize: it turns an exception inside the check into a problem.
    const kept: boolean[] = [];
    for (const c of FIXTURE_CASES) {
      const { payload, related } = loadCase(c);
      normalize(c.channel, payload, related ? { related } : {}, {
        parse: parsePayload,
        checkOrder: (input) => {
          const result = parseOrder(input);
          const built = input as { customer: unknown; shippingAddress: unknown; lines: unknown[] };
          if (result.success)
            kept.push(
              result.data.customer === built.customer &&
                result.data.shippingAddress === built.shippingAddress &&
                result.data.lines.every((line, i) => line === built.lines[i]),
            );
          return result;
        },
      });
    }
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.every(Boolean)).toBe(true);
  });
});
