import { describe, expect, it } from 'vitest';
import type { NodeResult } from '../../runtime/node/index';
import { routeNode } from './route.node.ts';
import {
  FBA_SZ,
  SF,
  WH_BJ,
  WH_SH,
  YTO,
  cny,
  makeCarrier,
  makeContext,
  makeOrder,
  makeWarehouse,
  noteOf,
  planOf,
  portOf,
  runNode,
  withoutWords,
} from './test-fixtures';
import { ROUTE_WORDS, type RouteWords } from './words';

type Run = Parameters<typeof runNode>;

/** The same run in English and in Chinese. */
function both(config: unknown, order: Run[2] = makeOrder(), ctx: Run[3] = makeContext()) {
  return { en: runNode(routeNode, config, order, ctx), zh: runNode(routeNode, config, order, ctx, undefined, 'zh') };
}

const notes = (result: NodeResult) =>
  Object.fromEntries(planOf(result).candidates.map((c) => [`${c.warehouseId}/${c.carrierId}`, c.note]));

describe('route in Chinese: one shipment', () => {
  it('explains the choice and every candidate in Chinese, deciding exactly as in English', () => {
    const { en, zh } = both({});
    expect(withoutWords(zh)).toEqual(withoutWords(en));
    expect(planOf(zh).candidates.map((c) => c.score)).toEqual(planOf(en).candidates.map((c) => c.score));
    expect(planOf(zh).explanation).toBe('WH-SH 经 YTO：综合得分最高 0.77（4 个可选方案）；2 天送达，在 3 天承诺内');
    expect(zh.note).toBe(planOf(zh).explanation);
    expect(notes(zh)).toEqual({
      'WH-SH/YTO': '选中：综合得分最高 0.77',
      'WH-BJ/YTO': '落选：¥7.50 对 ¥8.00，4 天对 2 天',
      'WH-BJ/SF': '落选：¥11.50 对 ¥8.00',
      'WH-SH/SF': '落选：¥12.00 对 ¥8.00，1 天对 2 天',
      'FBA-SZ/SF': '仅服务 amazon 渠道，不含 shopify',
      'FBA-SZ/YTO': '仅服务 amazon 渠道，不含 shopify',
    });
  });

  it('says why pairs lost on tier, and how exact ties were broken', () => {
    const ctx = makeContext({ warehouses: [WH_SH, { ...WH_BJ, priorityTiers: ['vip'] }, FBA_SZ] });
    const { en, zh } = both(
      { weights: { cost: 0.3, transit: 0.2, tier: 0.5 } },
      makeOrder({ customer: { id: 'C-V', tier: 'vip' } }),
      ctx,
    );
    expect(withoutWords(zh)).toEqual(withoutWords(en));
    expect(planOf(zh).explanation).toBe(
      'WH-BJ 经 YTO：综合得分最高 0.95（4 个可选方案）；4 天送达，超出 3 天承诺 1 天',
    );
    expect(noteOf(zh, 'WH-SH/YTO')).toBe('落选：¥8.00 对 ¥7.50，2 天对 4 天，非 vip 优先仓');

    const twin = (id: string) => ({ ...WH_SH, id, name: id });
    const courier = (id: string) => ({ ...YTO, id, name: id });
    const tie = both(
      {},
      makeOrder(),
      makeContext({ warehouses: [twin('WH-A'), twin('WH-B')], carriers: [courier('C1'), courier('C2')] }),
    ).zh;
    expect(noteOf(tie, 'WH-A/C2')).toBe('落选：同分，按承运商编号排序');
    expect(noteOf(tie, 'WH-B/C1')).toBe('落选：同分，按发货仓编号排序');
  });

  it('gives every ineligibility reason in Chinese, joined with full-width semicolons', () => {
    const ctx = makeContext({
      warehouses: [
        WH_SH,
        makeWarehouse({
          id: 'WH-HK',
          province: 'Shanghai',
          handlingCost: { amount: 1, currency: 'HKD' },
          stock: { 'SKU-A': 9 },
        }),
        makeWarehouse({ id: 'WH-JP', country: 'JP', stock: { 'SKU-A': 9 } }),
      ],
      carriers: [
        YTO,
        makeCarrier({ id: 'DHL', baseCost: { amount: 1, currency: 'USD' } }),
        makeCarrier({ id: 'USPS', countries: ['US'] }),
      ],
    });
    const { en, zh } = both({}, makeOrder(), ctx);
    expect(withoutWords(zh)).toEqual(withoutWords(en));
    expect(notes(zh)).toMatchObject({
      'WH-HK/DHL': '操作费以 HKD 计价，订单为 CNY（不支持换汇）；DHL 以 USD 计价，订单为 CNY（不支持换汇）',
      'WH-JP/USPS': '发货地为 JP，非 CN（不支持跨境）；USPS 不配送 CN',
    });

    const xinjiang = both(
      { excludeWarehouses: ['WH-SH'] },
      makeOrder({ shippingAddress: { country: 'CN', province: 'Xinjiang' } }),
    ).zh;
    expect(noteOf(xinjiang, 'WH-SH/YTO')).toBe('本步骤已排除；YTO 不配送 Xinjiang');

    const short = both(
      {},
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 6 }, { sku: 'SKU-B' }] }),
      makeContext({ warehouses: [{ ...WH_SH, stock: { 'SKU-A': 2 } }] }),
    ).zh;
    expect(noteOf(short, 'WH-SH/SF')).toBe('缺货：SKU-A（需要 6，现有 2）、无库存：SKU-B（现有 0）');
    const many = makeOrder({ lines: ['A', 'B', 'C', 'D', 'E'].map((x) => ({ sku: `SKU-${x}` })) });
    expect(noteOf(both({}, many, makeContext({ warehouses: [{ ...WH_SH, stock: {} }] })).zh, 'WH-SH/SF')).toBe(
      '无库存：SKU-A（现有 0）、无库存：SKU-B（现有 0）、无库存：SKU-C（现有 0）、另有 2 种商品缺货',
    );
  });

  it('holds for review with the configured reason as written and the trigger in Chinese', () => {
    const remote = makeOrder({ shippingAddress: { country: 'CN', province: 'Qinghai', remote: true } });
    const { en, zh } = both({ reviewRemote: true, reviewWhen: { '==': [1, 1] }, reviewReason: '请确认承运商' }, remote);
    expect(withoutWords(zh)).toEqual(withoutWords(en));
    expect(portOf(zh)).toBe('review');
    expect(zh.patch?.holds?.[0]?.reason).toBe('请确认承运商（偏远地址、命中复核规则）');
    expect(zh.note).toBe(
      '人工复核（偏远地址、命中复核规则）：WH-BJ 经 SF：综合得分最高 0.73（2 个可选方案）；4 天送达，超出 3 天承诺 1 天',
    );
    expect(noteOf(zh, 'WH-SH/YTO')).toBe('YTO 不配送偏远地区');
    expect(both({ reviewRemote: true }, remote).zh.patch?.holds?.[0]?.reason).toBe(
      'Check the proposed warehouse and carrier（偏远地址）',
    );
  });
});

describe('route in Chinese: splits', () => {
  const splitCtx = makeContext({
    warehouses: [{ ...WH_SH, stock: { 'SKU-A': 5 } }, { ...WH_BJ, stock: { 'SKU-B': 5 } }, FBA_SZ],
  });
  const twoSkus = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 2 }, { sku: 'SKU-B' }] });

  it('explains a split and each shipment', () => {
    const { en, zh } = both({ allowSplit: true }, twoSkus, splitCtx);
    expect(withoutWords(zh)).toEqual(withoutWords(en));
    expect(planOf(zh).explanation).toBe(
      '拆为 2 个包裹（没有单个发货仓能发出全部商品行）：WH-SH 经 YTO 发 SKU-A ×2，WH-BJ 经 YTO 发 SKU-B；合计 ¥16.50；最慢 4 天送达，超出 3 天承诺 1 天',
    );
    expect(notes(zh)).toEqual({
      'WH-SH/YTO': '选中：第 1/2 个包裹，发 SKU-A ×2',
      'WH-BJ/YTO': '选中：第 2/2 个包裹，发 SKU-B',
      'WH-BJ/SF': '未采用：WH-BJ 已由 YTO 发货',
      'WH-SH/SF': '未采用：WH-SH 已由 YTO 发货',
      'FBA-SZ/SF': '仅服务 amazon 渠道，不含 shopify',
      'FBA-SZ/YTO': '仅服务 amazon 渠道，不含 shopify',
    });
  });

  it('names divided lines, further lines and warehouses left out', () => {
    const six = makeContext({
      warehouses: [{ ...WH_SH, stock: { 'SKU-A': 6 } }, { ...WH_BJ, stock: { 'SKU-A': 6, 'SKU-B': 1 } }, FBA_SZ],
    });
    const divided = both(
      { allowSplit: true, splitLines: true },
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 10 }, { sku: 'SKU-B' }] }),
      six,
    );
    expect(withoutWords(divided.zh)).toEqual(withoutWords(divided.en));
    expect(planOf(divided.zh).explanation).toBe(
      '拆为 2 个包裹（没有单个发货仓能发出全部商品行）：WH-BJ 经 YTO 发 SKU-A 6/10 件、SKU-B，WH-SH 经 YTO 发 SKU-A 4/10 件；合计 ¥24.50；最慢 4 天送达，超出 3 天承诺 1 天',
    );

    const cover = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 9 } },
        { ...WH_BJ, stock: { 'SKU-A': 9, 'SKU-B': 9 } },
        makeWarehouse({
          id: 'WH-GZ',
          province: 'Guangdong',
          handlingCost: cny(300),
          stock: { 'SKU-B': 9, 'SKU-C': 9 },
        }),
      ],
    });
    const left = both(
      { allowSplit: true },
      makeOrder({ lines: [{ sku: 'SKU-A' }, { sku: 'SKU-B' }, { sku: 'SKU-C' }] }),
      cover,
    ).zh;
    expect(noteOf(left, 'WH-SH/YTO')).toBe('未采用：3 行中仅能整行发出 1 行');

    const five = makeOrder({ lines: ['A', 'B', 'C', 'D', 'E'].map((x) => ({ sku: `SKU-${x}`, quantity: 2 })) });
    const stocked = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 9, 'SKU-B': 9, 'SKU-C': 9, 'SKU-D': 9 } },
        { ...WH_BJ, stock: { 'SKU-E': 9 } },
      ],
      carriers: [SF],
    });
    const more = both({ allowSplit: true }, five, stocked);
    expect(withoutWords(more.zh)).toEqual(withoutWords(more.en));
    expect(noteOf(more.en, 'WH-SH/SF')).toBe('chosen: shipment 1 of 2 (SKU-A ×2, SKU-B ×2, SKU-C ×2, +1 more)');
    expect(noteOf(more.zh, 'WH-SH/SF')).toBe('选中：第 1/2 个包裹，发 SKU-A ×2、SKU-B ×2、SKU-C ×2、另 1 行');
  });
});

describe('route in Chinese: no route', () => {
  const splitCtx = makeContext({
    warehouses: [{ ...WH_SH, stock: { 'SKU-A': 5 } }, { ...WH_BJ, stock: { 'SKU-B': 5 } }, FBA_SZ],
  });
  const twoSkus = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 2 }, { sku: 'SKU-B' }] });

  it.each([
    ['no warehouses', {}, makeOrder(), makeContext({ warehouses: [] }), '无可用路线：运行环境中没有发货仓'],
    ['no carriers', {}, makeOrder(), makeContext({ carriers: [] }), '无可用路线：运行环境中没有承运商'],
    [
      'splitting off',
      {},
      twoSkus,
      splitCtx,
      '无可用路线：没有单个发货仓能发出全部商品行（未开启拆单）；例如 WH-BJ 经 SF：无库存：SKU-A（现有 0）',
    ],
    [
      'no line in full anywhere',
      { allowSplit: true },
      makeOrder({ lines: [{ sku: 'SKU-Z' }] }),
      splitCtx,
      '无可用路线：没有可用发货仓能整行发出任何一行；例如 WH-BJ 经 SF：没有一行能整行发货（无库存：SKU-Z（现有 0））',
    ],
    [
      'nothing eligible',
      {},
      makeOrder({ currency: 'USD' }),
      makeContext(),
      '无可用路线：6 个仓配组合均不可用；例如 FBA-SZ 经 SF：仅服务 amazon 渠道，不含 shopify；操作费以 CNY 计价，订单为 USD（不支持换汇）；SF 以 CNY 计价，订单为 USD（不支持换汇）',
    ],
  ])('%s', (_name, config, order, ctx, explanation) => {
    const { en, zh } = both(config, order, ctx);
    expect(portOf(zh)).toBe('fallback');
    expect(withoutWords(zh)).toEqual(withoutWords(en));
    expect(planOf(zh).explanation).toBe(explanation);
    expect(zh.note).toBe(explanation);
  });

  it('says why a split failed', () => {
    const three = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 9 } },
        { ...WH_BJ, stock: { 'SKU-B': 9 } },
        makeWarehouse({ id: 'WH-GZ', province: 'Guangdong', stock: { 'SKU-C': 9 } }),
      ],
    });
    const capped = both(
      { allowSplit: true },
      makeOrder({ lines: [{ sku: 'SKU-A' }, { sku: 'SKU-B' }, { sku: 'SKU-C' }] }),
      three,
    );
    expect(withoutWords(capped.zh)).toEqual(withoutWords(capped.en));
    expect(planOf(capped.zh).explanation).toBe('无可用路线：没有单个发货仓能发出全部商品行，且拆成 2 个包裹也发不全');
    expect(noteOf(capped.zh, 'WH-GZ/SF')).toBe('部分有货（无库存：SKU-A（现有 0）、无库存：SKU-B（现有 0））');

    const six = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 6 } },
        { ...WH_BJ, stock: { 'SKU-A': 6, 'SKU-B': 1 } },
      ],
    });
    const whole = both(
      { allowSplit: true },
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 10 }, { sku: 'SKU-B' }] }),
      six,
    ).zh;
    expect(planOf(whole).explanation).toBe(
      '无可用路线：没有单个发货仓能发出全部商品行，且没有可用发货仓能整行发出商品行 L1（SKU-A ×10）',
    );

    const thin = makeContext({
      warehouses: [
        { ...WH_SH, stock: { 'SKU-A': 3 } },
        { ...WH_BJ, stock: { 'SKU-A': 3, 'SKU-B': 5 } },
      ],
    });
    const short = both(
      { allowSplit: true, splitLines: true },
      makeOrder({ lines: [{ sku: 'SKU-A', quantity: 10 }] }),
      thin,
    ).zh;
    expect(planOf(short).explanation).toBe(
      '无可用路线：没有单个发货仓能发出全部商品行，且没有可用发货仓还有商品行 L1 的库存（SKU-A，10 件中仍有 4 件待发）',
    );
    const none = both(
      { allowSplit: true, splitLines: true },
      makeOrder({ lines: [{ sku: 'SKU-Z', quantity: 2 }] }),
      thin,
    ).zh;
    expect(planOf(none).explanation).toBe(
      '无可用路线：所有可用发货仓均无所需商品库存；例如 WH-BJ 经 SF：所需商品均无库存（无库存：SKU-Z（现有 0））',
    );
  });
});

describe('route words', () => {
  /** Calls every phrase once; ids, SKUs, places and currency codes are the only Latin letters passed in. */
  const sample = (say: RouteWords): string[] => [
    say.list(['甲', '乙']),
    say.reasons(['甲', '乙']),
    say.excluded(),
    say.servesOnly(['amazon', 'tmall'], 'shopify'),
    say.handlingCurrency('HKD', 'CNY'),
    say.crossBorder('JP', 'CN'),
    say.noStock('SKU-A'),
    say.shortOf('SKU-A', 6, 2),
    say.moreShort(2),
    say.carrierCurrency('DHL', 'USD', 'CNY'),
    say.doesNotServe('YTO', 'Xinjiang'),
    say.noRemote('YTO'),
    say.noItemInStock('甲'),
    say.noLineInFull('甲'),
    say.partialStock('甲'),
    say.andAlso('甲', '乙'),
    say.via('WH-SH', 'SF'),
    say.promise(1, 3),
    say.promise(5, 3),
    say.bestOf('甲', '0.73', 3, '乙'),
    say.chosenBest('0.73'),
    say.costVersus('¥18.00', '¥12.00'),
    say.daysVersus(3, 1),
    say.noTierPriority('vip'),
    say.tieBroken('carrier'),
    say.tieBroken('warehouse'),
    say.lowerScore(),
    say.lost(['甲', '乙']),
    say.omitted({ count: 489, lowerScore: 400, stock: 60, warehouse: 20, carrier: 9 }),
    say.omitted({ count: 1, lowerScore: 1, stock: 0, warehouse: 0, carrier: 0 }),
    say.lineUnits('SKU-A', 2),
    say.linePart('SKU-A', 6, 10),
    say.moreLines(2),
    say.chosenShipment(1, 2, '甲'),
    say.shipsVia('WH-SH', 'SF'),
    say.coversLines(1, 3),
    say.leg('甲', '乙'),
    say.splitInto(2, ['甲', '乙'], '¥16.50', '丙'),
    say.noMoreOfLine('L1', 'SKU-A', 4, 10),
    say.noLineInFullAnywhere('L1', 'SKU-A', 10),
    say.tooManyShipments(2),
    say.noCarrierFrom('WH-SH'),
    say.noWarehouses(),
    say.noCarriers(),
    say.splitFailed('甲'),
    say.example('甲', '乙'),
    say.nothingInStock('splitting-off', ''),
    say.nothingInStock('no-items', ''),
    say.nothingInStock('no-whole-line', ''),
    say.noneEligible(6, ''),
    say.remoteAddress(),
    say.ruleMatched(),
    say.holdReason('甲', '乙'),
    say.reviewNote('甲', '乙'),
  ];
  const PASSED_IN = /WH-SH|SKU-A|amazon|tmall|shopify|Xinjiang|HKD|CNY|USD|DHL|YTO|SF|JP|CN|vip|L1/g;

  it('every phrase is sampled, and the Chinese ones use no English words', () => {
    const used = new Set<string>();
    const spy = new Proxy(ROUTE_WORDS.zh, {
      get: (target, key, receiver) => (used.add(String(key)), Reflect.get(target, key, receiver)),
    });
    const texts = sample(spy);
    expect([...used].sort()).toEqual(Object.keys(ROUTE_WORDS.zh).sort());
    for (const text of texts) expect(text.replace(PASSED_IN, ''), text).not.toMatch(/[A-Za-z]/);
    // Only phrases made of what is passed in may read the same in both languages.
    const english = sample(ROUTE_WORDS.en);
    const same = texts.flatMap((text, i) => (text === english[i] ? [text] : []));
    expect(same).toEqual(['SKU-A ×2']);
  });

  it('andAlso joins two reasons like `reasons`', () => {
    for (const say of [ROUTE_WORDS.en, ROUTE_WORDS.zh]) expect(say.andAlso('甲', '乙')).toBe(say.reasons(['甲', '乙']));
  });
});
