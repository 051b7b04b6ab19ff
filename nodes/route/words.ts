import { countEn, type OmittedCandidates } from '../../runtime/node/index';
import { JOINING, type Joining, type Words } from '../shared/words';

/** Why a fallback found no warehouse holding what the order needs (only stock was missing). */
export type StockShortfall = 'splitting-off' | 'no-items' | 'no-whole-line';

/**
 * Everything the route node writes (explanations, candidate notes, reasons, hold and trace notes),
 * in each language. Ids, SKUs, places, channels, currency codes and money come in already formatted.
 * `list` joins parts of one reason, `reasons` separate reasons (as JOINING).
 */
export interface RouteWords extends Joining {
  // Warehouse and carrier checks: why a pair is out.
  readonly excluded: () => string;
  readonly servesOnly: (channels: readonly string[], channel: string) => string;
  readonly handlingCurrency: (currency: string, orderCurrency: string) => string;
  readonly crossBorder: (from: string, to: string) => string;
  readonly noStock: (sku: string) => string;
  readonly shortOf: (sku: string, need: number, has: number) => string;
  readonly moreShort: (count: number) => string;
  readonly carrierCurrency: (carrierId: string, currency: string, orderCurrency: string) => string;
  /** The carrier does not deliver to a country or province. */
  readonly doesNotServe: (carrierId: string, place: string) => string;
  readonly noRemote: (carrierId: string) => string;
  readonly noItemInStock: (shortage: string) => string;
  readonly noLineInFull: (shortage: string) => string;
  readonly partialStock: (shortage: string) => string;
  /** Two reasons of one pair: the same as `reasons([first, second])`, without building an array. */
  readonly andAlso: (first: string, second: string) => string;

  // Plans and candidates.
  /** "WH-SH via SF". */
  readonly via: (warehouseId: string, carrierId: string) => string;
  /** Transit against the promise: "1 day within 3-day promise". */
  readonly promise: (transitDays: number, promiseDays: number) => string;
  readonly bestOf: (route: string, score: string, eligible: number, promise: string) => string;
  readonly chosenBest: (score: string) => string;
  readonly costVersus: (cost: string, winnerCost: string) => string;
  readonly daysVersus: (days: number, winnerDays: number) => string;
  readonly noTierPriority: (tier: string) => string;
  readonly tieBroken: (by: 'carrier' | 'warehouse') => string;
  readonly lowerScore: () => string;
  readonly lost: (parts: readonly string[]) => string;
  /** "488 more pairs not listed: 400 scored lower, 88 lacked stock" (large worlds list only the best). */
  readonly omitted: (counts: Omit<OmittedCandidates, 'note'>) => string;

  // Splits.
  readonly lineUnits: (sku: string, quantity: number) => string;
  readonly linePart: (sku: string, quantity: number, lineQuantity: number) => string;
  readonly moreLines: (count: number) => string;
  readonly chosenShipment: (k: number, count: number, lines: string) => string;
  readonly shipsVia: (warehouseId: string, carrierId: string) => string;
  readonly coversLines: (lines: number, lineCount: number) => string;
  readonly leg: (route: string, lines: string) => string;
  readonly splitInto: (count: number, legs: readonly string[], total: string, slowest: string) => string;
  readonly noMoreOfLine: (lineId: string, sku: string, left: number, quantity: number) => string;
  readonly noLineInFullAnywhere: (lineId: string, sku: string, quantity: number) => string;
  readonly tooManyShipments: (maxShipments: number) => string;
  readonly noCarrierFrom: (warehouseId: string) => string;

  // Fallbacks.
  readonly noWarehouses: () => string;
  readonly noCarriers: () => string;
  readonly splitFailed: (failure: string) => string;
  /** "; e.g. WH-SH via SF: no stock for SKU-A (has 0)". */
  readonly example: (route: string, note: string) => string;
  readonly nothingInStock: (why: StockShortfall, example: string) => string;
  readonly noneEligible: (pairs: number, example: string) => string;

  // Review.
  readonly remoteAddress: () => string;
  readonly ruleMatched: () => string;
  readonly holdReason: (reviewReason: string, trigger: string) => string;
  readonly reviewNote: (trigger: string, explanation: string) => string;
}

const enDays = (n: number): string => countEn(n, 'day', 'days');

const EN_SHORTFALL: Readonly<Record<StockShortfall, string>> = {
  'splitting-off': 'no single warehouse holds every line (splitting is off)',
  'no-items': 'no usable warehouse holds any of the items',
  'no-whole-line': 'no usable warehouse holds any line in full',
};
const ZH_SHORTFALL: Readonly<Record<StockShortfall, string>> = {
  'splitting-off': '没有单个发货仓能发出全部商品行（未开启拆单）',
  'no-items': '所有可用发货仓均无所需商品库存',
  'no-whole-line': '没有可用发货仓能整行发出任何一行',
};

export const ROUTE_WORDS: Words<RouteWords> = {
  en: {
    ...JOINING.en,
    excluded: () => 'excluded by this step',
    servesOnly: (channels, channel) => `serves only ${channels.join('/')}, not ${channel}`,
    handlingCurrency: (currency, orderCurrency) => `handling priced in ${currency}, order in ${orderCurrency} (no FX)`,
    crossBorder: (from, to) => `ships from ${from}, not ${to} (no cross-border)`,
    noStock: (sku) => `no stock for ${sku} (has 0)`,
    shortOf: (sku, need, has) => `short of ${sku} (needs ${need}, has ${has})`,
    moreShort: (count) => `${count} more SKU(s) short`,
    carrierCurrency: (carrierId, currency, orderCurrency) =>
      `${carrierId} prices in ${currency}, order in ${orderCurrency} (no FX)`,
    doesNotServe: (carrierId, place) => `${carrierId} does not serve ${place}`,
    noRemote: (carrierId) => `${carrierId} does not serve remote areas`,
    noItemInStock: (shortage) => `none of the items in stock (${shortage})`,
    noLineInFull: (shortage) => `no line in full stock (${shortage})`,
    partialStock: (shortage) => `partial stock: ${shortage}`,
    andAlso: (first, second) => `${first}; ${second}`,

    via: (warehouseId, carrierId) => `${warehouseId} via ${carrierId}`,
    promise: (transitDays, promiseDays) =>
      transitDays <= promiseDays
        ? `${enDays(transitDays)} within ${promiseDays}-day promise`
        : `${enDays(transitDays)}, ${transitDays - promiseDays} over the ${promiseDays}-day promise`,
    bestOf: (route, score, eligible, promise) => `${route}: best score ${score} of ${eligible} eligible; ${promise}`,
    chosenBest: (score) => `chosen: best score ${score}`,
    costVersus: (cost, winnerCost) => `${cost} vs ${winnerCost}`,
    daysVersus: (days, winnerDays) => `${enDays(days)} vs ${winnerDays}`,
    noTierPriority: (tier) => `no ${tier} priority`,
    tieBroken: (by) => `tie broken by ${by} id`,
    lowerScore: () => 'lower score',
    lost: (parts) => `lost: ${parts.join(', ')}`,
    omitted: (n) =>
      `${countEn(n.count, 'more pair', 'more pairs')} not listed: ` +
      [
        n.lowerScore > 0 ? `${n.lowerScore} scored lower` : '',
        n.stock > 0 ? `${n.stock} lacked stock` : '',
        n.warehouse > 0 ? `${n.warehouse} from a warehouse that cannot ship this order` : '',
        n.carrier > 0 ? `${n.carrier} with a carrier that cannot take it` : '',
      ]
        .filter((part) => part !== '')
        .join(', '),

    lineUnits: (sku, quantity) => `${sku} ×${quantity}`,
    linePart: (sku, quantity, lineQuantity) => `${sku} ×${quantity} of ${lineQuantity}`,
    moreLines: (count) => `+${count} more`,
    chosenShipment: (k, count, lines) => `chosen: shipment ${k} of ${count} (${lines})`,
    shipsVia: (warehouseId, carrierId) => `not used: ${warehouseId} ships via ${carrierId}`,
    coversLines: (lines, lineCount) => `not used: can ship ${lines} of ${lineCount} lines in full`,
    leg: (route, lines) => `${route} (${lines})`,
    splitInto: (count, legs, total, slowest) =>
      `Split into ${count} shipments (no single warehouse holds every line): ${legs.join(', ')}; total ${total}; slowest ${slowest}`,
    noMoreOfLine: (lineId, sku, left, quantity) =>
      `no usable warehouse has more of line ${lineId} (${sku}, ${left} of ${quantity} still to ship)`,
    noLineInFullAnywhere: (lineId, sku, quantity) =>
      `no usable warehouse can ship line ${lineId} (${sku} ×${quantity}) in full`,
    tooManyShipments: (maxShipments) => `they cannot be covered by ${maxShipments} shipments`,
    noCarrierFrom: (warehouseId) => `${warehouseId} has no usable carrier`,

    noWarehouses: () => 'No route: the run context lists no warehouses',
    noCarriers: () => 'No route: the run context lists no carriers',
    splitFailed: (failure) => `No route: no single warehouse holds every line and ${failure}`,
    example: (route, note) => `; e.g. ${route}: ${note}`,
    nothingInStock: (why, example) => `No route: ${EN_SHORTFALL[why]}${example}`,
    noneEligible: (pairs, example) => `No route: none of ${pairs} warehouse × carrier pairs is eligible${example}`,

    remoteAddress: () => 'remote address',
    ruleMatched: () => 'review rule matched',
    holdReason: (reviewReason, trigger) => `${reviewReason} (${trigger})`,
    reviewNote: (trigger, explanation) => `review (${trigger}): ${explanation}`,
  },
  zh: {
    ...JOINING.zh,
    excluded: () => '本步骤已排除',
    servesOnly: (channels, channel) => `仅服务 ${channels.join('/')} 渠道，不含 ${channel}`,
    handlingCurrency: (currency, orderCurrency) => `操作费以 ${currency} 计价，订单为 ${orderCurrency}（不支持换汇）`,
    crossBorder: (from, to) => `发货地为 ${from}，非 ${to}（不支持跨境）`,
    noStock: (sku) => `无库存：${sku}（现有 0）`,
    shortOf: (sku, need, has) => `缺货：${sku}（需要 ${need}，现有 ${has}）`,
    moreShort: (count) => `另有 ${count} 种商品缺货`,
    carrierCurrency: (carrierId, currency, orderCurrency) =>
      `${carrierId} 以 ${currency} 计价，订单为 ${orderCurrency}（不支持换汇）`,
    doesNotServe: (carrierId, place) => `${carrierId} 不配送 ${place}`,
    noRemote: (carrierId) => `${carrierId} 不配送偏远地区`,
    noItemInStock: (shortage) => `所需商品均无库存（${shortage}）`,
    noLineInFull: (shortage) => `没有一行能整行发货（${shortage}）`,
    partialStock: (shortage) => `部分有货（${shortage}）`,
    andAlso: (first, second) => `${first}；${second}`,

    via: (warehouseId, carrierId) => `${warehouseId} 经 ${carrierId}`,
    promise: (transitDays, promiseDays) =>
      transitDays <= promiseDays
        ? `${transitDays} 天送达，在 ${promiseDays} 天承诺内`
        : `${transitDays} 天送达，超出 ${promiseDays} 天承诺 ${transitDays - promiseDays} 天`,
    bestOf: (route, score, eligible, promise) =>
      `${route}：综合得分最高 ${score}（${eligible} 个可选方案）；${promise}`,
    chosenBest: (score) => `选中：综合得分最高 ${score}`,
    costVersus: (cost, winnerCost) => `${cost} 对 ${winnerCost}`,
    daysVersus: (days, winnerDays) => `${days} 天对 ${winnerDays} 天`,
    noTierPriority: (tier) => `非 ${tier} 优先仓`,
    tieBroken: (by) => `同分，按${by === 'carrier' ? '承运商' : '发货仓'}编号排序`,
    lowerScore: () => '得分较低',
    lost: (parts) => `落选：${parts.join('，')}`,
    omitted: (n) =>
      `另有 ${n.count} 个仓配组合未列出：` +
      [
        n.lowerScore > 0 ? `${n.lowerScore} 个得分较低` : '',
        n.stock > 0 ? `${n.stock} 个缺货` : '',
        n.warehouse > 0 ? `${n.warehouse} 个发货仓无法发此订单` : '',
        n.carrier > 0 ? `${n.carrier} 个承运商无法承运` : '',
      ]
        .filter((part) => part !== '')
        .join('，'),

    lineUnits: (sku, quantity) => `${sku} ×${quantity}`,
    linePart: (sku, quantity, lineQuantity) => `${sku} ${quantity}/${lineQuantity} 件`,
    moreLines: (count) => `另 ${count} 行`,
    chosenShipment: (k, count, lines) => `选中：第 ${k}/${count} 个包裹，发 ${lines}`,
    shipsVia: (warehouseId, carrierId) => `未采用：${warehouseId} 已由 ${carrierId} 发货`,
    coversLines: (lines, lineCount) => `未采用：${lineCount} 行中仅能整行发出 ${lines} 行`,
    // No brackets around the lines: a divided line would nest them (…（…（…）））.
    leg: (route, lines) => `${route} 发 ${lines}`,
    splitInto: (count, legs, total, slowest) =>
      `拆为 ${count} 个包裹（没有单个发货仓能发出全部商品行）：${legs.join('，')}；合计 ${total}；最慢 ${slowest}`,
    noMoreOfLine: (lineId, sku, left, quantity) =>
      `没有可用发货仓还有商品行 ${lineId} 的库存（${sku}，${quantity} 件中仍有 ${left} 件待发）`,
    noLineInFullAnywhere: (lineId, sku, quantity) => `没有可用发货仓能整行发出商品行 ${lineId}（${sku} ×${quantity}）`,
    tooManyShipments: (maxShipments) => `拆成 ${maxShipments} 个包裹也发不全`,
    noCarrierFrom: (warehouseId) => `发货仓 ${warehouseId} 没有可用的承运商`,

    noWarehouses: () => '无可用路线：运行环境中没有发货仓',
    noCarriers: () => '无可用路线：运行环境中没有承运商',
    splitFailed: (failure) => `无可用路线：没有单个发货仓能发出全部商品行，且${failure}`,
    example: (route, note) => `；例如 ${route}：${note}`,
    nothingInStock: (why, example) => `无可用路线：${ZH_SHORTFALL[why]}${example}`,
    noneEligible: (pairs, example) => `无可用路线：${pairs} 个仓配组合均不可用${example}`,

    remoteAddress: () => '偏远地址',
    ruleMatched: () => '命中复核规则',
    holdReason: (reviewReason, trigger) => `${reviewReason}（${trigger}）`,
    reviewNote: (trigger, explanation) => `人工复核（${trigger}）：${explanation}`,
  },
};
