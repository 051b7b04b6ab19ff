import type { Locale } from '../../runtime/node/index';
import type { DiscountConfig } from './discount.schema';
import { conditionText, formatConfigMoney, listText, plainNumber } from './promo-text';

function core(c: DiscountConfig, locale: Locale, m: (n: number) => string): string {
  const en = locale === 'en';
  switch (c.kind) {
    case 'percent':
      if (c.percent >= 100) return en ? 'free' : '免单';
      return en ? `${plainNumber(c.percent)}% off` : `${plainNumber((100 - c.percent) / 10)}折`;
    case 'fixed':
      if (c.perUnit) return en ? `${m(c.amount)} off per unit` : `每件立减${m(c.amount)}`;
      return en ? `${m(c.amount)} off` : `立减${m(c.amount)}`;
    case 'tiered': {
      const tiers = [...c.tiers].sort((a, b) => a.threshold - b.threshold);
      if (tiers.length === 0) return en ? 'tiered discount (no tiers)' : '满减（未设置档位）';
      if (c.repeat && tiers[0]) {
        return en
          ? `${m(tiers[0].off)} off every ${m(tiers[0].threshold)}`
          : `每满${m(tiers[0].threshold)}减${m(tiers[0].off)}`;
      }
      return tiers
        .map((t) => (en ? `${m(t.off)} off over ${m(t.threshold)}` : `满${m(t.threshold)}减${m(t.off)}`))
        .join(en ? '; ' : '，');
    }
    case 'buy-x-get-y':
      return en ? `buy ${c.buy} get ${c.get} free` : `买${c.buy}送${c.get}`;
  }
}

/** "10% off when VIP customer, cap ¥200" / "VIP会员9折，上限¥200"; "满¥300减¥30". */
export function discountSummary(c: DiscountConfig, locale: Locale): string {
  const m = (n: number) => formatConfigMoney(n, c.currency);
  const en = locale === 'en';
  const scope =
    c.scope === 'category'
      ? en
        ? ` on ${listText(c.categories, locale)}`
        : `${listText(c.categories, locale)}类目`
      : c.scope === 'sku'
        ? en
          ? ` on ${listText(c.skus, locale)}`
          : `指定商品${listText(c.skus, locale)}`
        : '';
  const when = conditionText(c.when, locale, c.currency);
  const extras: string[] = [];
  if (c.cap !== undefined) extras.push(en ? `cap ${m(c.cap)}` : `上限${m(c.cap)}`);
  if (c.minSubtotal !== undefined) extras.push(en ? `min ${m(c.minSubtotal)}` : `满${m(c.minSubtotal)}可用`);
  if (c.stacking === 'exclusive') extras.push(en ? 'exclusive' : '不可叠加');
  if (c.stacking === 'best-of') extras.push(en ? 'best of' : '择优');
  if (c.priority !== 0) extras.push(en ? `priority ${c.priority}` : `优先级${c.priority}`);
  if (en) {
    const coupon = c.coupon ? ` with coupon ${c.coupon}` : '';
    const text = `${core(c, locale, m)}${scope}${when}${coupon}`;
    return [text.charAt(0).toUpperCase() + text.slice(1), ...extras].join(', ');
  }
  const coupon = c.coupon ? `用券${c.coupon}` : '';
  return [`${when}${coupon}${scope}${core(c, locale, m)}`, ...extras].join('，');
}
