import type { z } from 'zod';
import { formatMoney, MAX_ORDER_SUBTOTAL } from '../money/money';

interface PricedLine {
  readonly quantity: number;
  readonly unitPrice: { readonly amount: number; readonly currency: string };
}

/**
 * The order's subtotal must stay within MAX_ORDER_SUBTOTAL so that every total derived from it is an exact
 * integer (a subtotal past 2^53 is silently off by one or more). The first line that takes the running sum over
 * the limit is named; the sum is checked as it grows, so it is exact whenever it is compared.
 */
export function checkOrderAmounts(lines: readonly PricedLine[], issues: z.RefinementCtx): void {
  let subtotal = 0;
  for (let i = 0; i < lines.length; i++) {
    const { quantity, unitPrice } = lines[i]!;
    // Both factors are safe integers; a product above the limit is above it even when rounded.
    subtotal += quantity * unitPrice.amount;
    if (subtotal <= MAX_ORDER_SUBTOTAL) continue;
    const limit = describeLimit(unitPrice.currency);
    issues.addIssue({
      code: 'custom',
      path: ['lines', i, 'quantity'],
      message: `the order's subtotal (quantity × unit price, summed over lines 0–${i}) exceeds the limit of ${limit.en}`,
      params: { zh: `订单商品小计（第 0–${i} 行的数量 × 单价之和）超过上限 ${limit.zh}` },
    });
    return;
  }
}

function describeLimit(currency: string): { en: string; zh: string } {
  let shown: string;
  try {
    shown = formatMoney(MAX_ORDER_SUBTOTAL, currency);
  } catch {
    shown = '';
  }
  const minor = '10^15 minor units';
  return {
    en: shown ? `${minor} (${shown})` : minor,
    zh: shown ? `10^15 个最小货币单位（${shown}）` : '10^15 个最小货币单位',
  };
}
