import type { OrderInput } from '../../runtime/index';

/**
 * DELIBERATELY INVALID ORDERS (about 1%): the mistakes channel adapters really make, so `simulate`
 * shows rejections with reasons. Each one breaks exactly one rule of the canonical order.
 */
export const INVALID_EVERY = 97;

const BREAKERS: readonly { readonly why: string; readonly breakOrder: (order: Record<string, unknown>) => void }[] = [
  { why: 'negative quantity (a refund line sent as an order line)', breakOrder: (o) => (line(o).quantity = -1) },
  { why: 'price in major units as a float: 12.5 instead of 1250', breakOrder: (o) => (price(o).amount = 12.5) },
  { why: 'missing currency (Pinduoduo/Taobao payloads carry none)', breakOrder: (o) => delete o.currency },
  {
    why: 'timestamp without an offset (JD/Taobao "Beijing time")',
    breakOrder: (o) => (o.createdAt = '2026-11-10 21:13:05'),
  },
  {
    why: 'currency written as "RMB" or "US$", not an ISO code',
    breakOrder: (o) => (o.currency = o.currency === 'CNY' ? 'RMB' : 'US$'),
  },
  { why: 'no line items (all lines cancelled upstream)', breakOrder: (o) => (o.lines = []) },
];

function line(order: Record<string, unknown>): Record<string, unknown> {
  return (order.lines as Record<string, unknown>[])[0]!;
}

function price(order: Record<string, unknown>): Record<string, unknown> {
  return line(order).unitPrice as Record<string, unknown>;
}

/** Breaks order `seq` if it is one of the deliberately invalid ones; returns why, or null. */
export function maybeBreak(order: OrderInput, seq: number): string | null {
  if (seq % INVALID_EVERY !== 50) return null;
  const breaker = BREAKERS[Math.floor(seq / INVALID_EVERY) % BREAKERS.length]!;
  breaker.breakOrder(order as unknown as Record<string, unknown>);
  return breaker.why;
}
