/**
 * Builds examples/flows/promo-routing-decision.flow.json from the shared decision (decision.ts,
 * jsonlogic.ts). The benchmark reads the file, not this builder, and checks it against every other
 * engine; rewrite the file after changing the decision: `npx tsx bench/decision/promo-flow.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GIFT_BAG, LIVE20, PROMO_CURRENCY, SAMPLE_KIT, TIERS, TRADEIN } from './decision';
import {
  applianceLogic,
  beautyUnitsLogic,
  FACTS_PATHS as P,
  hasCoupon,
  liveCondition,
  reviewLogic,
  tierCondition,
  warehouseLogic,
} from './jsonlogic';

export const PROMO_FLOW_PATH = fileURLToPath(
  new URL('../../examples/flows/promo-routing-decision.flow.json', import.meta.url),
);

const yuan = (minor: number) => `¥${(minor / 100).toLocaleString('en-US')}`;

export function promoRoutingFlow() {
  const nodes: {
    id: string;
    type: string;
    name?: string;
    config: Record<string, unknown>;
    position: { x: number; y: number };
  }[] = [];
  const at = (column: number, row: number) => ({ x: column * 260, y: row * 140 });
  const node = (id: string, type: string, name: string, config: Record<string, unknown>, column: number, row = 0) =>
    nodes.push({ id, type, name, config, position: at(column, row) });

  node('start', 'trigger', 'Order received', { channels: [], statuses: [] }, 0);
  node(
    'tier',
    'switch',
    'Member tier',
    {
      cases: TIERS.map((t) => ({ id: t.tier, label: `${t.tier} ≥ ${yuan(t.min)}`, expression: tierCondition(P, t) })),
    },
    1,
  );
  TIERS.forEach((t, i) =>
    node(
      `off-${t.tier}`,
      'discount',
      `${t.tier} ${t.percent}% off`,
      {
        reason: `${t.tier.toUpperCase()} ${t.percent}% off over ${yuan(t.min)}`,
        kind: 'percent',
        percent: t.percent,
        stacking: 'stackable',
      },
      2,
      i - 1,
    ),
  );
  node(
    'tradein-check',
    'condition',
    'Trade-in order?',
    { expression: { and: [hasCoupon(P, TRADEIN.coupon), applianceLogic(P)] } },
    3,
  );
  node(
    'tradein-off',
    'discount',
    `Trade-in ${yuan(TRADEIN.amount)} off`,
    {
      reason: `Trade-in ${yuan(TRADEIN.amount)} off`,
      kind: 'fixed',
      amount: TRADEIN.amount,
      currency: PROMO_CURRENCY,
      coupon: TRADEIN.coupon,
      stacking: 'stackable',
    },
    4,
    -1,
  );
  node(
    'live-check',
    'condition',
    'Live-room coupon?',
    { expression: { and: [liveCondition(P), hasCoupon(P, LIVE20.coupon)] } },
    5,
  );
  node(
    'live-off',
    'discount',
    `Live room ${yuan(LIVE20.amount)} off`,
    {
      reason: `Live room ${yuan(LIVE20.amount)} off`,
      kind: 'fixed',
      amount: LIVE20.amount,
      currency: PROMO_CURRENCY,
      coupon: LIVE20.coupon,
      stacking: 'stackable',
    },
    6,
    -1,
  );
  node(
    'gift-bag',
    'gift',
    'Gift bag',
    {
      sku: GIFT_BAG.sku,
      name: 'Gift bag',
      when: { '>=': [{ var: P.subtotal }, GIFT_BAG.minSubtotal] },
      currency: PROMO_CURRENCY,
      requireStock: false,
    },
    7,
  );
  node(
    'sample-kit',
    'gift',
    'Beauty sample kit',
    {
      sku: SAMPLE_KIT.sku,
      name: 'Beauty sample kit',
      when: { '>=': [beautyUnitsLogic({ var: 'lines' }), SAMPLE_KIT.minUnits] },
      requireStock: false,
    },
    8,
  );
  node('warehouse', 'set-field', 'Pick warehouse', { field: 'warehouse', expression: warehouseLogic(P) }, 9);
  node('review-check', 'condition', 'Needs review?', { expression: reviewLogic(P) }, 10);
  node('review-tag', 'tag', 'Tag review', { tags: ['review'] }, 11, -1);
  node(
    'hold',
    'end',
    'Hold for review',
    { decision: 'hold', reason: 'Review: remote address or subtotal ≥ ¥5,000 (CNY) or $5,000 (USD)' },
    12,
    -1,
  );
  node('done', 'end', 'Accept', { decision: 'accept' }, 12, 1);

  const links = [
    'start.start>tier',
    'tier.vip>off-vip',
    'tier.gold>off-gold',
    'tier.silver>off-silver',
    'tier.default>tradein-check',
    'off-vip.next>tradein-check',
    'off-gold.next>tradein-check',
    'off-silver.next>tradein-check',
    'tradein-check.true>tradein-off',
    'tradein-check.false>live-check',
    'tradein-off.next>live-check',
    'live-check.true>live-off',
    'live-check.false>gift-bag',
    'live-off.next>gift-bag',
    'gift-bag.next>sample-kit',
    'sample-kit.next>warehouse',
    'warehouse.next>review-check',
    'review-check.true>review-tag',
    'review-check.false>done',
    'review-tag.next>hold',
  ];
  const edges = links.map((link, i) => {
    const [from, target] = link.split('>') as [string, string];
    const dot = from.lastIndexOf('.');
    return { id: `e${i + 1}`, source: from.slice(0, dot), sourcePort: from.slice(dot + 1), target };
  });
  return {
    format: 'orderflow/flow',
    formatVersion: 1,
    id: 'promo-routing-decision',
    name: 'Promotion and routing decision',
    description:
      'The benchmark decision (bench/); the promotions are in yuan and apply to CNY orders only: tier discount (VIP ≥ ¥500 10%, gold ≥ ¥800 5%, silver ≥ ¥1,000 3%, first hit), ' +
      'trade-in ¥200 off for an appliance with TRADEIN, live-room ¥20 off on Douyin/Xiaohongshu with LIVE20 over ¥199, ' +
      'a gift bag over ¥300 and a sample kit for three beauty items, a warehouse by channel, province or currency, ' +
      'and review for remote addresses or orders of ¥5,000 (CNY) or $5,000 (USD) and more.',
    nodes,
    edges,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PROMO_FLOW_PATH, JSON.stringify(promoRoutingFlow(), null, 2) + '\n');
  process.stdout.write(`wrote ${PROMO_FLOW_PATH}\n`);
}
