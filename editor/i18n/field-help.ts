import type { Locale, LocalText } from '../../runtime/node/define-node';

const t = (en: string, zh: string): LocalText => ({ en, zh });

/**
 * Help under inspector fields. Node schemas describe fields in English for developers ("in minor
 * units"); staff type money in yuan and read Chinese, so each known description has words for people
 * in both languages. Keyed by the schema's own text; an unknown description (a team's own node type)
 * is shown as written.
 */
const HELP: Readonly<Record<string, LocalText>> = {
  'Collect: how matched rows combine': t(
    "Collect: how the matched rows' results combine (sum, min, max, count, list)",
    '汇总策略：多行命中时结果如何合并（求和、最小、最大、计数、列表）',
  ),
  'Priority: the output column ranking rows; empty = first': t(
    'Priority: the result column that ranks rows; empty = the first one',
    '优先级策略：用于给行排序的结果列；留空表示第一列',
  ),
  'Run once per order line; outputs land on the lines': t(
    'Decide each order line on its own; results land on the lines',
    '逐行判断：每个订单行单独判断，结果落在各行上',
  ),
  'Column header; empty = the field name': t("Column heading; empty = the field's name", '列标题；留空则显示字段名'),
  'Order field it reads (customer.tier); per-line tables read line.<field>': t(
    "Order field the column reads (e.g. customer tier); per-line tables read a line's fields",
    '此列读取的订单字段（如会员等级）；逐行表读取订单行字段',
  ),
  'Reads a context lookup table instead of an order field': t(
    'Reads a lookup table from the context instead of an order field',
    '从上下文的查找表读取，而不是订单字段',
  ),
  'Lookup table name in the context (tables.<name>)': t(
    'Name of the lookup table in the context',
    '上下文中查找表的名称',
  ),
  'Order field whose value is the key (shippingAddress.province)': t(
    'Order field whose value is looked up (e.g. the shipping province)',
    '以其值作为查找键的订单字段（如收货省份）',
  ),
  'Needed for lookups and attributes; otherwise taken from the field': t(
    'Needed for lookups and attributes; otherwise taken from the field',
    '查找表和属性列必填；其他情况按字段自动确定',
  ),
  'Money columns: the currency of their amounts': t(
    'Money columns: the currency of their amounts (in yuan for CNY)',
    '金额列：金额的币种（人民币按元填写）',
  ),
  'Date columns: the offset dates without one are read in': t(
    'Date columns: the time zone for dates written without one',
    '日期列：未写时区的日期按此时区理解',
  ),
  'discount (5% or ¥30), tag, attribute (a named field), note': t(
    'What the column sets: a discount (5% or ¥30), a tag, an attribute or a note',
    '此列设置的内容：折扣（5% 或 ¥30）、标签、属性或备注',
  ),
  'Attribute/note: the attribute it sets; empty = the column id': t(
    'Attribute or note: the name it is stored under; empty = the column id',
    '属性或备注：保存时使用的名称；留空则用列 ID',
  ),
  'Attribute: the type of its values': t('Attribute: the type of its values', '属性：取值的类型'),
  'Discount: currency of fixed amounts (¥30)': t(
    'Discount: the currency of fixed amounts (¥30)',
    '折扣：固定金额的币种（如 ¥30）',
  ),
  'Discount: how it combines with earlier ones': t(
    'Discount: how it combines with earlier discounts',
    '折扣：与之前折扣的叠加方式',
  ),
  'Discount: the reason shown; empty = the matched rows': t(
    'Discount: the reason shown to people; empty = the matched rows',
    '折扣：展示的原因；留空则显示命中的行',
  ),
  'Priority policy on a text column: its values, highest priority first': t(
    'Priority on a text column: its values, highest priority first',
    '文本列的优先级：按优先级从高到低列出取值',
  ),
  'Input cells by column id': t("The row's conditions, one per input column", '本行的条件，每个条件列一个'),
  'Output cells by column id': t("The row's results, one per result column", '本行的结果，每个结果列一个'),
  'Why the row exists, for people': t('Why the row exists, for people', '此行的用途说明（给人看的）'),
  'Kind fixed: the amount is off every unit in scope (¥300 per appliance), then capped by cap': t(
    'Fixed amount: take it off every unit in scope (¥300 per appliance), up to the cap',
    '固定金额：范围内每件都减（如每台家电减 ¥300），最多减到封顶金额',
  ),
  'Spend needed (see basis), shipping excluded, in minor units; 0 = none': t(
    'Spend needed, in yuan (before or after discounts, see basis), shipping excluded; 0 = no threshold',
    '门槛金额（元，按原价或实付计，见计算基础），不含运费；0 表示无门槛',
  ),
  'A JSONLogic condition, e.g. {"==": [{"var": "customer.tier"}, "vip"]}': t(
    'The rule to check; build it visually or write JSONLogic',
    '要判断的规则：可视化搭建，或直接编写 JSONLogic',
  ),
  'Amount off (kind fixed), in minor units of the order currency': t(
    'Amount off, in yuan (or the order currency)',
    '立减金额，单位：元（或订单币种）',
  ),
  'Amount off at this tier, in minor units': t('Amount off at this tier, in yuan', '本档减免金额（元）'),
  'Apply only to orders in this currency; empty = any': t(
    'Only orders in this currency; empty = any currency',
    '仅适用于此币种的订单；留空表示任意币种',
  ),
  'Apply only to orders in this currency; empty = any (money fields then mean the order currency)': t(
    'Only orders in this currency; empty = any (amounts are then in the order currency)',
    '仅适用于此币种的订单；留空表示任意币种（金额按订单币种计）',
  ),
  'At most this many units in total': t('At most this many units in total', '总共最多赠送的件数'),
  'Channels this flow handles; empty = every channel': t(
    'Channels this flow handles; none ticked = every channel',
    '此流程处理的渠道；不选表示全部渠道',
  ),
  'Checked in order; the first case that holds wins': t(
    'Checked from the top; the first case that holds wins',
    '自上而下判断，第一个满足的分支生效',
  ),
  'Coupon code the order must carry (case-insensitive); empty = none': t(
    'Coupon code the order must carry (any case); empty = no coupon needed',
    '订单须使用的优惠券码（不区分大小写）；留空表示无需优惠券',
  ),
  'Customer tags to add in the CRM when the goods fail': t(
    'Customer tags to add in the CRM when the goods fail',
    '不合格时在 CRM 中为客户添加的标签',
  ),
  'Customer tags to add in the CRM when the goods pass': t(
    'Customer tags to add in the CRM when the goods pass',
    '合格时在 CRM 中为客户添加的标签',
  ),
  'Delivery promise in days; slower routes score lower': t(
    'Delivery promise in days; slower routes score lower',
    '承诺送达天数；越慢的路线得分越低',
  ),
  'Gift name shown to customers; empty = the SKU': t(
    'Gift name shown to customers; empty = the SKU',
    '向客户展示的赠品名称；留空则显示 SKU',
  ),
  'Give only what the warehouses have in stock': t(
    'Give only what the warehouses have in stock',
    '仅在仓库有库存时赠送',
  ),
  'Give the quantity for every full threshold (满300赠1，满600赠2)': t(
    'Give the quantity for every full threshold (spend 300 get 1, 600 get 2)',
    '每满一个门槛赠送一次（满300赠1，满600赠2）',
  ),
  'Higher wins when exclusive discounts compete': t(
    'Higher wins when exclusive discounts compete',
    '不可叠加的优惠相互竞争时，数值高者优先',
  ),
  'Hours the reviewer has before the request times out': t(
    'Hours the reviewer has before the request times out',
    '审批人需在此小时数内处理，否则超时',
  ),
  'How it combines with discounts already applied': t(
    'How it combines with discounts already applied',
    '与已生效优惠的组合方式',
  ),
  'How the host should deliver it': t('How the message is sent', '消息的发送方式'),
  'JSONLogic condition on the order facts; null = always': t(
    'When this applies; empty = always',
    '生效条件；留空表示总是生效',
  ),
  'JSONLogic condition: when true, send the proposed plan to the review port': t(
    'When this holds, the proposed plan goes to review',
    '满足此条件时，发货方案转人工复核',
  ),
  'JSONLogic whose value is stored, e.g. {"cat": ["VIP-", {"var": "customer.id"}]}': t(
    'The value to store, computed from the order (JSONLogic)',
    '要写入的值，由订单计算得出（JSONLogic）',
  ),
  'How much a cheaper warehouse × carrier pair counts': t(
    'How much a cheaper warehouse × carrier pair counts',
    '成本更低的仓库 × 承运商组合所占权重',
  ),
  'How much delivering within the promise counts': t(
    'How much delivering within the promise counts',
    '按承诺时效送达所占权重',
  ),
  "How much a warehouse that prioritises the customer's tier counts": t(
    "How much a warehouse that prioritises the customer's tier counts",
    '优先服务该会员等级的仓库所占权重',
  ),
  "With splitting: also divide one line's units between warehouses when none holds them all": t(
    "With splitting: also divide one line's units between warehouses when none holds them all",
    '拆单时：若没有仓库能发齐某一行的全部数量，也可把该行拆到多个仓库',
  ),
  'Label shown on the port': t('Label shown on the output', '出口上显示的名称'),
  'Line categories in scope (scope category), exact match': t(
    'Categories of the lines the discount applies to (exact match)',
    '参与优惠的商品类目（精确匹配）',
  ),
  'Maximum discount, in minor units': t('Maximum discount, in yuan', '最高优惠金额（元）'),
  'Minimum scoped amount (net of kept discounts), in minor units': t(
    'Minimum amount of the lines in scope (after other discounts), in yuan',
    '参与优惠商品的最低金额（扣除其他优惠后，元）',
  ),
  'Most shipments a split may create': t('Most shipments a split may create', '拆单后最多的包裹数'),
  'Most units of this SKU one customer may ever receive': t(
    'Most units of this gift one customer may ever receive',
    '每位客户最多可获得的此赠品件数',
  ),
  'Order attribute to set': t('Order attribute to set', '要设置的订单属性'),
  'Order statuses this flow handles; empty = every status': t(
    'Order statuses this flow handles; none ticked = every status',
    '此流程处理的订单状态；不选表示全部状态',
  ),
  'Percent off the scoped amount (kind percent), e.g. 12.5': t(
    'Percent off, e.g. 10 for 10% off',
    '优惠百分比，例如 20 表示减 20%（即 8折）',
  ),
  'Port id': t('Output id, used in the flow file', '出口 ID（流程文件中使用）'),
  'Reason shown on the review hold': t('Reason shown on the review hold', '复核挂起时显示的原因'),
  'Recipient: address, number, group or URL': t(
    'Recipient: address, number, group or URL',
    '接收人：邮箱、手机号、群组或网址',
  ),
  'Relative weights of cost, transit time and tier priority (scaled to sum to 1)': t(
    'How much cost, transit time and tier count (scaled to add up to 1)',
    '成本、时效和会员等级的相对权重（自动换算为合计 1）',
  ),
  'SKU of the gift': t('SKU of the gift', '赠品的 SKU'),
  'SKUs in scope (scope sku), exact match': t(
    'SKUs the discount applies to (exact match)',
    '参与优惠的 SKU（精确匹配）',
  ),
  'Scoped amount to reach, in minor units (30000 = ¥300)': t(
    'Amount to reach, in yuan (e.g. 300)',
    '需达到的金额（元），例如 300',
  ),
  'Send orders to remote areas to the review port': t(
    'Send orders to remote areas to review',
    '偏远地区的订单转人工复核',
  ),
  'Shown to customers and ops; empty = generated from the settings': t(
    'Shown to customers and operations staff; empty = written from the settings',
    '向客户和运营展示；留空则根据设置自动生成',
  ),
  'Spend needed: subtotal net of discounts so far, shipping excluded, in minor units; 0 = none': t(
    'Spend needed in yuan: subtotal after discounts so far, without shipping; 0 = none',
    '需消费金额（元）：扣除已有优惠后的商品小计，不含运费；0 表示无门槛',
  ),
  'Split the order across warehouses when none holds every line': t(
    'Split the order across warehouses when none holds every line',
    '没有单个仓库能发全部商品时允许拆单',
  ),
  'Tags to add': t('Tags to add', '要添加的标签'),
  'Text; {{customer.tier}} style placeholders read the order': t(
    'Message text; placeholders like {{customer.tier}} read the order',
    '消息内容；可用 {{customer.tier}} 这类占位符读取订单',
  ),
  'Units free per group (kind buy-x-get-y); the cheapest are free': t(
    'Units free per group; the cheapest ones are free',
    '每组免费的件数；价格最低的商品免费',
  ),
  'Units given (per threshold step when perStep)': t('Units given', '赠送件数'),
  'Units to buy (kind buy-x-get-y)': t('Units to buy', '需购买的件数'),
  'Warehouse ids this step must not use': t('Warehouses this step must not use', '此步骤不可使用的仓库'),
  'What happens to the order': t('What happens to the order', '订单的处理结果'),
  'What the inspector checks, one item per entry': t(
    'What the inspector checks, one item per entry',
    '质检员检查的项目，每项一条',
  ),
  'Where the goods are inspected, e.g. Shanghai returns QC': t(
    'Where the goods are inspected, e.g. Shanghai returns QC',
    '质检地点，例如：上海退货质检站',
  ),
  'Which lines the discount applies to': t('Which lines the discount applies to', '优惠适用的商品范围'),
  'Who decides, e.g. finance-manager': t('Who decides, e.g. finance-manager', '审批人角色，例如 finance-manager'),
  'Who reviews the proposed plan': t('Who reviews the proposed plan', '复核发货方案的角色'),
  'Why a person must look at this order': t('Why a person must look at this order', '需要人工处理此订单的原因'),
  'Why the gift was given; empty = generated from the settings': t(
    'Why the gift was given; empty = written from the settings',
    '赠送原因；留空则根据设置自动生成',
  ),
  'Why the goods need inspection': t('Why the goods need inspection', '需要质检的原因'),
  'Why, for the people who see the order': t('Why, for the people who see the order', '原因（给查看订单的人看）'),
  'order: tag the order; customer: tag the customer in the CRM': t(
    'Tag the order, or the customer in the CRM',
    '给订单打标签，或在 CRM 中给客户打标签',
  ),
  'percent, fixed amount, tiered (满减) or buy X get Y free': t(
    'Percent off, fixed amount off, tiered (spend more, save more) or buy X get Y free',
    '按比例打折、立减金额、满减档位或买 X 送 Y',
  ),
  '每满X减Y: repeat the single tier for every full threshold': t(
    'Repeat the single tier for every full threshold',
    '每满X减Y：按单一档位每满一次减一次',
  ),
  '满减 tiers (kind tiered): the highest threshold reached applies': t(
    'Tiers: the highest threshold reached applies',
    '满减档位：按达到的最高档位减免',
  ),
  'HTTP method': t(
    'HTTP method (GET reads, POST creates, PUT/PATCH changes)',
    'HTTP 请求方法（GET 查询，POST 新建，PUT/PATCH 修改）',
  ),
  'Address; {{id}} style placeholders read the order (URL-encoded)': t(
    'Address to call; {{id}} style placeholders are filled from the order',
    '调用的地址；{{id}} 这类占位符会用订单中的值填入',
  ),
  'Request headers; a token as {"secret": "WMS_TOKEN"}, never the value itself': t(
    'Request headers; a token is written as {"secret": "WMS_TOKEN"}, never the token itself',
    '请求头；令牌写成 {"secret": "WMS_TOKEN"}，不要填写令牌本身',
  ),
  'Body fields ← order paths, e.g. "orderNo": "id", "skus": "lines.*.sku"': t(
    'Body fields and the order field each reads, e.g. "orderNo": "id", "skus": "lines.*.sku"',
    '请求体字段及其读取的订单字段，例如 "orderNo": "id"、"skus": "lines.*.sku"',
  ),
  'What the answer writes back into the order': t(
    'What the answer writes back into the order (attributes, tags)',
    '返回结果写回订单的内容（属性、标签）',
  ),
  'Milliseconds before the timeout port': t(
    'How long to wait before taking the timeout exit (milliseconds)',
    '等待多久后走“超时”出口（毫秒）',
  ),
  'Retries after a network failure, 5xx or 429, with backoff': t(
    'Tries again this many times when the other system is down or busy',
    '对方系统不可用或繁忙时重试的次数',
  ),
  'Recorded answer used in simulation and test cases': t(
    'The answer simulation and test cases use instead of calling',
    '模拟和测试用例使用此示例返回，不会真正调用',
  ),
};

/** Help text for a field in the UI language; a description we have no words for is shown as written. */
export function fieldHelp(description: string, locale: Locale): string {
  return Object.hasOwn(HELP, description) ? HELP[description]![locale] : description;
}
