/**
 * CSV orders, one row per line item with the order's columns repeated on each row (see
 * docs/testing-flows.md for the columns). Rows of one order share `order_id`; money is in major
 * units ("399.00"); lists (tags, coupons) are separated by "|"; `attr.<name>` columns become attributes.
 * A bad row rejects its whole order, reported with the row number (the header is row 1).
 */
import { parseMajorUnits } from '../../../runtime/index';
import type { BatchRecord } from '../../../runtime/index';
import { parseCsv } from './csv';

const REQUIRED = [
  'order_id',
  'channel',
  'status',
  'created_at',
  'currency',
  'customer_id',
  'country',
  'sku',
  'quantity',
  'unit_price',
] as const;
const ORDER_COLUMNS = [
  'order_id',
  'channel',
  'channel_order_id',
  'kind',
  'status',
  'created_at',
  'currency',
  'customer_id',
  'customer_tier',
  'customer_tags',
  'customer_region',
  'customer_order_count',
  'customer_return_rate',
  'country',
  'province',
  'city',
  'district',
  'postal_code',
  'remote',
  'coupons',
  'shipping_fee',
  'payment_method',
  'paid_at',
] as const;
const LINE_COLUMNS = ['line_id', 'sku', 'line_name', 'category', 'quantity', 'unit_price', 'weight_grams'] as const;
export const CSV_COLUMNS: readonly string[] = [...ORDER_COLUMNS, ...LINE_COLUMNS];

export interface CsvOrders {
  readonly records: BatchRecord[];
  /** File-level problems (missing or unknown columns); with a missing column there are no records. */
  readonly problems: string[];
}

type Row = (name: string) => string;
const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

function numberCell(value: string, what: string, integer: boolean): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw new Error(`${what} "${value}" is not ${integer ? 'a whole number' : 'a number'}`);
  return n;
}

function moneyCell(value: string, currency: string, what: string) {
  const amount = parseMajorUnits(value, currency);
  if (amount === undefined) throw new Error(`${what} "${value}" is not an amount in ${currency} such as 399.00`);
  return { amount, currency };
}

function orderOf(get: Row, attributes: Record<string, string>): Record<string, unknown> {
  const currency = get('currency');
  const remote = get('remote').toLowerCase();
  if (remote !== '' && !['true', 'false', '1', '0', 'yes', 'no'].includes(remote))
    throw new Error(`remote "${get('remote')}" is not true or false`);
  return {
    id: get('order_id'),
    channel: get('channel'),
    channelOrderId: get('channel_order_id') || get('order_id'),
    ...(get('kind') ? { kind: get('kind') } : {}),
    status: get('status'),
    createdAt: get('created_at'),
    currency,
    customer: {
      id: get('customer_id'),
      ...(get('customer_tier') ? { tier: get('customer_tier') } : {}),
      tags: list(get('customer_tags')),
      ...(get('customer_region') ? { region: get('customer_region') } : {}),
      ...(get('customer_order_count')
        ? { orderCount: numberCell(get('customer_order_count'), 'customer_order_count', true) }
        : {}),
      ...(get('customer_return_rate')
        ? { returnRate: numberCell(get('customer_return_rate'), 'customer_return_rate', false) }
        : {}),
    },
    lines: [],
    shippingAddress: {
      country: get('country'),
      province: get('province'),
      city: get('city'),
      ...(get('district') ? { district: get('district') } : {}),
      ...(get('postal_code') ? { postalCode: get('postal_code') } : {}),
      remote: ['true', '1', 'yes'].includes(remote),
    },
    coupons: list(get('coupons')),
    ...(get('shipping_fee') ? { shippingFee: moneyCell(get('shipping_fee'), currency, 'shipping_fee') } : {}),
    ...(get('payment_method')
      ? {
          payment: {
            method: get('payment_method'),
            amount: { amount: 0, currency },
            ...(get('paid_at') ? { paidAt: get('paid_at') } : {}),
          },
        }
      : {}),
    attributes,
  };
}

function lineOf(get: Row, currency: string, index: number): Record<string, unknown> {
  return {
    id: get('line_id') || `L${index + 1}`,
    sku: get('sku'),
    ...(get('line_name') ? { name: get('line_name') } : {}),
    ...(get('category') ? { category: get('category') } : {}),
    quantity: numberCell(get('quantity'), 'quantity', true),
    unitPrice: moneyCell(get('unit_price'), currency, 'unit_price'),
    ...(get('weight_grams') ? { weightGrams: numberCell(get('weight_grams'), 'weight_grams', true) } : {}),
  };
}

export function parseCsvOrders(text: string): CsvOrders {
  const csv = parseCsv(text);
  if (!csv.ok) return { records: [], problems: [csv.error] };
  const [header, ...rows] = csv.rows;
  if (!header) return { records: [], problems: ['the file is empty'] };
  const names = header.cells.map((c) => c.trim());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return { records: [], problems: [`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`] };
  const problems = names
    .filter((n) => !CSV_COLUMNS.includes(n) && !n.startsWith('attr.'))
    .map((n) => `unknown column "${n}" (ignored)`);
  const groups = new Map<
    string,
    { line: number; order?: Record<string, unknown>; lines: unknown[]; firstRow: Row; errors: string[] }
  >();
  rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const get: Row = (name) => (row.cells[names.indexOf(name)] ?? '').trim();
    const id = get('order_id') || `(row ${rowNumber})`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { line: rowNumber, lines: [], firstRow: get, errors: [] }));
    try {
      if (row.cells.length !== names.length)
        throw new Error(`has ${row.cells.length} cells, the header has ${names.length}`);
      const first = group.firstRow;
      for (const c of ORDER_COLUMNS)
        if (group.lines.length > 0 && get(c) !== '' && get(c) !== first(c))
          throw new Error(`${c} "${get(c)}" differs from row ${group.line} ("${first(c)}") of order ${id}`);
      const attributes = Object.fromEntries(
        names.filter((n) => n.startsWith('attr.') && get(n) !== '').map((n) => [n.slice(5), get(n)]),
      );
      group.order ??= orderOf(first, attributes);
      group.lines.push(lineOf(get, first('currency'), group.lines.length));
    } catch (error) {
      group.errors.push(`row ${rowNumber}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const records: BatchRecord[] = [];
  for (const g of groups.values()) {
    if (g.errors.length > 0 || !g.order)
      records.push({ line: g.line, error: g.errors.join('; ') || `row ${g.line}: no readable rows` });
    else records.push({ line: g.line, value: withPayment({ ...g.order, lines: g.lines }) });
  }
  return { records, problems };
}

/** The payment amount is what the lines and shipping add up to (CSV exports rarely carry it per line). */
function withPayment(order: Record<string, unknown>): Record<string, unknown> {
  const payment = order['payment'] as { amount: { amount: number; currency: string } } | undefined;
  if (!payment) return order;
  const lines = order['lines'] as { quantity: number; unitPrice: { amount: number } }[];
  const shipping = (order['shippingFee'] as { amount: number } | undefined)?.amount ?? 0;
  const amount = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice.amount, shipping);
  return { ...order, payment: { ...payment, amount: { ...payment.amount, amount } } };
}
