import type { LocalText } from '../i18n/locale';
import type { Order } from './order.schema';
import type { Outcome } from './outcome';
import type { Totals } from './totals';
import type { JsonValue } from '../json/json';
import { CUSTOMER_TIERS, ORDER_STATUSES, CHANNELS } from './order.schema';

/**
 * What a JSONLogic condition reads: the order's own fields at the top level, plus what is derived
 * (totals) and what the flow has added so far (tags, attributes). `{"var":"customer.tier"}`,
 * `{"var":"totals.subtotal.amount"}`, `{"var":"tags"}`.
 */
export type Facts = Omit<Order, 'attributes'> & {
  readonly totals: Totals;
  readonly tags: readonly string[];
  readonly attributes: Readonly<Record<string, JsonValue>>;
  readonly now: string;
  /** The context's lookup tables, name → key → value: `{"var": "tables.regionReturnRate.广东"}`. */
  readonly tables: FactTables;
};

export type FactTables = Readonly<Record<string, Readonly<Record<string, JsonValue>>>>;
const NO_TABLES: FactTables = Object.freeze({});
const tableCache = new WeakMap<object, FactTables>();

/** The rows of each lookup table as the facts show them; built once per context object. */
export function factTables(ctx: {
  readonly tables?: Readonly<Record<string, { readonly rows: Readonly<Record<string, JsonValue>> }>>;
}): FactTables {
  const tables = ctx.tables;
  if (tables === undefined || Object.keys(tables).length === 0) return NO_TABLES;
  let cached = tableCache.get(tables);
  if (cached === undefined) {
    const rows: Record<string, Readonly<Record<string, JsonValue>>> = {};
    for (const [name, table] of Object.entries(tables)) rows[name] = table.rows;
    cached = Object.freeze(rows);
    tableCache.set(tables, cached);
  }
  return cached;
}

export function buildFacts(
  order: Order,
  outcome: Outcome,
  totals: Totals,
  now: string,
  tables: FactTables = NO_TABLES,
): Facts {
  const added = Object.keys(outcome.attributes).length > 0;
  return factsFrom(
    order,
    totals,
    outcome.tags,
    added ? { ...order.attributes, ...outcome.attributes } : order.attributes,
    now,
    tables,
  );
}

export type MutableFacts = { -readonly [K in keyof Facts]: Facts[K] };

/**
 * The facts as one object literal with a fixed key order, so every run gets the same hidden class.
 * (`{ ...order, totals, … }` — a spread followed by new keys — takes a slow path in V8 11 (Node 20)
 * that costs microseconds per run.) Optional order fields are in the literal too, undefined when the
 * order has none: adding them afterwards gave each combination its own hidden class and an extra
 * property store to allocate. A condition cannot tell the two apart (`var` and `missing` treat an
 * undefined value as missing, and JSON has no undefined).
 * facts.test.ts fails when the order schema gains a field this does not copy.
 */
export function factsFrom(
  order: Order,
  totals: Totals,
  tags: readonly string[],
  attributes: Facts['attributes'],
  now: string,
  tables: FactTables = NO_TABLES,
): MutableFacts {
  return {
    id: order.id,
    channel: order.channel,
    channelOrderId: order.channelOrderId,
    kind: order.kind,
    status: order.status,
    partiallyRefunded: order.partiallyRefunded,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    currency: order.currency,
    customer: order.customer,
    lines: order.lines,
    shippingAddress: order.shippingAddress,
    coupons: order.coupons,
    payment: order.payment,
    shippingFee: order.shippingFee,
    totals,
    tags,
    attributes,
    now,
    tables,
  };
}

/** Points facts made by `factsFrom` at another run: every field is written, so nothing of the last run shows. */
export function refillFacts(
  facts: MutableFacts,
  order: Order,
  totals: Totals,
  tags: readonly string[],
  attributes: Facts['attributes'],
  now: string,
  tables: FactTables = NO_TABLES,
): MutableFacts {
  facts.id = order.id;
  facts.channel = order.channel;
  facts.channelOrderId = order.channelOrderId;
  facts.kind = order.kind;
  facts.status = order.status;
  facts.partiallyRefunded = order.partiallyRefunded;
  facts.createdAt = order.createdAt;
  facts.updatedAt = order.updatedAt;
  facts.currency = order.currency;
  facts.customer = order.customer;
  facts.lines = order.lines;
  facts.shippingAddress = order.shippingAddress;
  facts.coupons = order.coupons;
  facts.payment = order.payment;
  facts.shippingFee = order.shippingFee;
  facts.totals = totals;
  facts.tags = tags;
  facts.attributes = attributes;
  facts.now = now;
  facts.tables = tables;
  return facts;
}

/** The shape of the facts, for checking `var` paths and for the editor's field picker. */
export type FieldShape =
  | { readonly kind: 'string'; readonly label: LocalText; readonly options?: readonly string[] }
  | { readonly kind: 'number'; readonly label: LocalText }
  | { readonly kind: 'money'; readonly label: LocalText }
  | { readonly kind: 'boolean'; readonly label: LocalText }
  | { readonly kind: 'datetime'; readonly label: LocalText }
  | { readonly kind: 'strings'; readonly label: LocalText }
  | { readonly kind: 'object'; readonly label: LocalText; readonly fields: Readonly<Record<string, FieldShape>> }
  | { readonly kind: 'array'; readonly label: LocalText; readonly of: FieldShape }
  /** Free-form record: any key below it is allowed. */
  | { readonly kind: 'record'; readonly label: LocalText };

const t = (en: string, zh: string): LocalText => ({ en, zh });
const str = (en: string, zh: string, options?: readonly string[]): FieldShape => ({
  kind: 'string',
  label: t(en, zh),
  ...(options ? { options } : {}),
});
const num = (en: string, zh: string): FieldShape => ({ kind: 'number', label: t(en, zh) });
const cash = (en: string, zh: string): FieldShape => ({ kind: 'money', label: t(en, zh) });
/** Money in the facts is `{amount, currency}`; conditions compare `.amount` (minor units). */
const moneyObject = (en: string, zh: string): FieldShape => ({
  kind: 'object',
  label: t(en, zh),
  fields: { amount: cash(`${en} (minor units)`, `${zh}（最小货币单位）`), currency: str('Currency', '币种') },
});

export const FACTS_SHAPE: FieldShape = {
  kind: 'object',
  label: t('Order', '订单'),
  fields: {
    id: str('Order id', '订单号'),
    channel: str('Channel', '渠道', CHANNELS),
    channelOrderId: str('Channel order id', '渠道订单号'),
    kind: str('Order kind', '订单类型', ['sale', 'return', 'exchange']),
    status: str('Status', '状态', ORDER_STATUSES),
    partiallyRefunded: { kind: 'boolean', label: t('Partially refunded', '部分退款') },
    createdAt: { kind: 'datetime', label: t('Created at', '下单时间') },
    updatedAt: { kind: 'datetime', label: t('Updated at', '更新时间') },
    currency: str('Currency', '币种'),
    customer: {
      kind: 'object',
      label: t('Customer', '客户'),
      fields: {
        id: str('Customer id', '客户 ID'),
        tier: str('Customer tier', '会员等级', CUSTOMER_TIERS),
        tags: { kind: 'strings', label: t('Customer tags', '客户标签') },
        region: str('Customer region', '客户区域'),
        orderCount: num('Past orders', '历史订单数'),
        returnRate: num('Return rate (0–1)', '退货率（0–1）'),
        lifetimeSpend: moneyObject('Lifetime spend', '累计消费'),
      },
    },
    lines: {
      kind: 'array',
      label: t('Line items', '商品行'),
      of: {
        kind: 'object',
        label: t('Line item', '商品行'),
        fields: {
          id: str('Line id', '行 ID'),
          sku: str('SKU', 'SKU'),
          name: str('Product name', '商品名称'),
          category: str('Category', '类目'),
          quantity: num('Quantity', '数量'),
          unitPrice: moneyObject('Unit price', '单价'),
          weightGrams: num('Weight (g)', '重量（克）'),
        },
      },
    },
    shippingAddress: {
      kind: 'object',
      label: t('Shipping address', '收货地址'),
      fields: {
        country: str('Country', '国家'),
        province: str('Province / state', '省份 / 州'),
        city: str('City', '城市'),
        district: str('District', '区县'),
        postalCode: str('Postal code', '邮编'),
        remote: { kind: 'boolean', label: t('Remote area', '偏远地区') },
      },
    },
    coupons: { kind: 'strings', label: t('Coupons', '优惠券') },
    payment: {
      kind: 'object',
      label: t('Payment', '支付'),
      fields: {
        method: str('Payment method', '支付方式'),
        amount: moneyObject('Amount paid', '实付金额'),
        paidAt: { kind: 'datetime', label: t('Paid at', '支付时间') },
      },
    },
    shippingFee: moneyObject('Shipping fee', '运费'),
    attributes: { kind: 'record', label: t('Attributes', '自定义属性') },
    totals: {
      kind: 'object',
      label: t('Totals', '金额汇总'),
      fields: {
        subtotal: moneyObject('Subtotal', '商品小计'),
        discount: moneyObject('Discount so far', '已优惠'),
        shipping: moneyObject('Shipping', '运费'),
        total: moneyObject('Total', '应付总额'),
        itemCount: num('Item count', '商品件数'),
      },
    },
    tags: { kind: 'strings', label: t('Tags added by the flow', '流程添加的标签') },
    now: { kind: 'datetime', label: t('Now (run clock)', '当前时间（运行时钟）') },
    tables: { kind: 'record', label: t('Lookup tables (context)', '查找表（上下文）') },
  },
};
