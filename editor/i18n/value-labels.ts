import type { Locale, LocalText } from '../../runtime/index';

const t = (en: string, zh: string): LocalText => ({ en, zh });

/**
 * Words for the fixed values flows store in code ("paid", "buy-x-get-y", "vip"): forms, chips, rule
 * values and card summaries show these instead of the raw value. Keyed by value, since the same value
 * means the same thing wherever it appears. Brand names (Shopify, 抖店) are channel names, also here.
 */
const VALUES: Readonly<Record<string, LocalText>> = {
  // Order statuses
  pending: t('Pending', '待付款'),
  paid: t('Paid', '已付款'),
  processing: t('Processing', '处理中'),
  shipped: t('Shipped', '已发货'),
  delivered: t('Delivered', '已签收'),
  cancelled: t('Cancelled', '已取消'),
  return_requested: t('Return requested', '申请退货'),
  returned: t('Returned', '已退货'),
  refunded: t('Refunded', '已退款'),
  // Customer tiers
  regular: t('Regular', '普通会员'),
  silver: t('Silver', '银卡会员'),
  gold: t('Gold', '金卡会员'),
  vip: t('VIP', 'VIP 会员'),
  // Discounts
  percent: t('Percent off', '按比例打折'),
  fixed: t('Fixed amount off', '立减金额'),
  tiered: t('Tiered (spend more, save more)', '满减档位'),
  'buy-x-get-y': t('Buy X get Y free', '买 X 送 Y'),
  order: t('Whole order', '整单'),
  category: t('Categories', '指定类目'),
  sku: t('SKUs', '指定商品'),
  exclusive: t('Exclusive', '不可叠加'),
  stackable: t('Stackable', '可叠加'),
  'best-of': t('Best of', '择优'),
  // End decisions
  accept: t('Accept', '接受'),
  hold: t('Hold', '挂起'),
  cancel: t('Cancel', '取消'),
  // Tag targets, notification channels
  customer: t('Customer', '客户'),
  email: t('Email', '邮件'),
  sms: t('SMS', '短信'),
  webhook: t('Webhook', 'Webhook'),
  wecom: t('WeCom', '企业微信'),
  dingtalk: t('DingTalk', '钉钉'),
  slack: t('Slack', 'Slack'),
  // Order kinds
  sale: t('Sale', '销售'),
  return: t('Return', '退货'),
  exchange: t('Exchange', '换货'),
  // Channels
  shopify: t('Shopify', 'Shopify'),
  woocommerce: t('WooCommerce', 'WooCommerce'),
  amazon: t('Amazon', '亚马逊'),
  bigcommerce: t('BigCommerce', 'BigCommerce'),
  douyin: t('Douyin', '抖店'),
  xiaohongshu: t('Xiaohongshu', '小红书'),
  taobao: t('Taobao', '淘宝'),
  tmall: t('Tmall', '天猫'),
  jd: t('JD', '京东'),
  pinduoduo: t('Pinduoduo', '拼多多'),
  tiktokshop: t('TikTok Shop', 'TikTok Shop'),
  web: t('Web shop', '官网'),
  pos: t('Store (POS)', '门店 POS'),
};

/** The word for a stored value in the UI language; a value we have no word for is shown as it is. */
export function valueLabel(value: string, locale: Locale): string {
  return Object.hasOwn(VALUES, value) ? VALUES[value]![locale] : value;
}
