import fc from 'fast-check';
import { LosslessNumber, parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { orderSchema } from '../runtime/index';
import { normalize } from './normalize';
import { FIXTURE_CASES, loadCase, readFixture } from './node/fixtures';
import { mutate, mutation } from './testing/mutate-payload';

describe('malformed payloads give problems, never exceptions', () => {
  for (const c of FIXTURE_CASES) {
    it(`${c.name}: random deletions, wrong types and garbage`, () => {
      const { payload, related } = loadCase(c);
      fc.assert(
        fc.property(
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.option(fc.nat(), { nil: undefined }),
          (mutations, cut) => {
            let text = stringify(mutate(parse(payload), mutations)) ?? 'null';
            if (cut !== undefined && cut % 4 === 0) text = text.slice(0, cut % (text.length + 1));
            const results = normalize(c.channel, text, related ? { related } : {});
            for (const result of results) {
              if (result.ok) {
                expect(orderSchema.safeParse(result.order).success).toBe(true);
                continue;
              }
              expect(result.problems.length).toBeGreaterThan(0);
              for (const p of result.problems) {
                expect(p.channel).toBe(c.channel);
                expect(p.path).toMatch(/^[$@]/);
                expect(p.message).not.toMatch(/^internal error/);
                expect(p.message.length).toBeGreaterThan(5);
              }
            }
          },
        ),
        { numRuns: Number(process.env.CHANNEL_FUZZ_RUNS ?? 150) },
      );
    }, 60_000);
  }
});

describe('identifiers above 2^53 survive exactly', () => {
  const big = fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 64n - 1n }).map((n) => n.toString());

  it('Shopify order, line and customer ids', () => {
    const base = parse(readFixture('shopify-1.json')) as any;
    fc.assert(
      fc.property(big, big, big, (orderId, lineId, customerId) => {
        base.order.id = new LosslessNumber(orderId);
        base.order.line_items[0].id = new LosslessNumber(lineId);
        base.order.customer.id = new LosslessNumber(customerId);
        const [result] = normalize('shopify', stringify(base)!);
        expect(result?.ok).toBe(true);
        if (!result?.ok) return;
        expect(result.order.channelOrderId).toBe(orderId);
        expect(result.order.id).toBe(`shopify:${orderId}`);
        expect(result.order.lines[0]!.id).toBe(lineId);
        expect(String(result.order.attributes.customerKeys)).toContain(`shopify:${customerId}`);
        expect(stringify(result.raw)).toContain(`"id":${orderId}`);
      }),
    );
  });

  it('Douyin product ids and Taobao tids', () => {
    const douyin = parse(readFixture('douyin-1.json')) as any;
    const taobao = parse(readFixture('taobao-1.json')) as any;
    fc.assert(
      fc.property(big, big, (productId, tid) => {
        douyin.data.shop_order_list[0].sku_order_list[0].product_id = new LosslessNumber(productId);
        taobao.trade_fullinfo_get_response.trade.tid = new LosslessNumber(tid);
        const [d] = normalize('douyin', stringify(douyin)!);
        const [t] = normalize('taobao', stringify(taobao)!);
        expect(d?.ok && d.order.attributes.productIds).toBe(productId);
        expect(t?.ok && t.order.channelOrderId).toBe(tid);
      }),
    );
  });
});
