import type { LocalText } from '../../runtime/index';

const t = (en: string, zh: string): LocalText => ({ en, zh });

export const WELCOME_MESSAGES = {
  title: t('Welcome to OrderFlow Studio', '欢迎使用 OrderFlow 订单流程工作台'),
  what1: t(
    'Draw how every order is handled — promotions, gifts, approvals, quality checks and warehouse routing — as steps on a canvas, without code.',
    '在画布上用节点搭出每个订单的处理方式：促销、赠品、审批、质检和仓库路由，无需写代码。',
  ),
  what2: t(
    'Try the flow on real orders from every channel before it goes live: one order step by step, a whole day in a batch, or two versions side by side.',
    '上线前先用各渠道的真实订单试跑：单个订单逐步查看、整批订单汇总，或对比两个版本的结果。',
  ),
  what3: t(
    'Start from a template below or from an empty flow; everything is saved in this browser as you work.',
    '可从下方模板或空白流程开始；编辑内容会随时保存在本浏览器中。',
  ),
  gallery: t('Templates', '模板'),
  search: t('Search templates', '搜索模板'),
  noMatch: t('No template matches', '没有匹配的模板'),
  use: t('Use this template', '使用此模板'),
  blank: t('Empty flow', '空白流程'),
  blankText: t(
    'Only the start step, “order received”; add the steps you need from the list on the left.',
    '只有开始节点“订单进入”，从左侧列表添加所需节点。',
  ),
  startBlank: t('Start with an empty flow', '从空白流程开始'),
  close: t('Close', '关闭'),
  steps: t('{n} steps', '{n} 个节点'),
  preview: t('Preview of “{name}”', '“{name}”预览'),
  reopen: t('Templates…', '模板库…'),
} satisfies Record<string, LocalText>;

/**
 * Names and descriptions of the bundled example flows for people, in both languages (the flow files hold one
 * bilingual name and an English description written for developers). A template not listed here shows its
 * own name and description as they are.
 */
export const TEMPLATE_TEXTS: Readonly<Record<string, { readonly name: LocalText; readonly about: LocalText }>> = {
  'vip-priority': {
    name: t('VIP priority', '会员优先'),
    about: t(
      'Member tiers get a percentage off above a spend; the Double 11 spend-and-save competes best-of with it; VIP orders ship first.',
      '会员等级满额打折；双 11 每满减与会员折扣取最优；VIP 订单优先发货。',
    ),
  },
  'multi-warehouse': {
    name: t('Multi-warehouse routing', '多仓路由'),
    about: t(
      'Picks the best warehouse and carrier by cost, a 3-day promise and tier; splits into shipments when no warehouse holds everything.',
      '按成本、3 天时效承诺和会员等级选择最优仓库与快递；单仓缺货时拆单发货。',
    ),
  },
  'returns-qc': {
    name: t('Returns quality check', '退货质检'),
    about: t(
      'Returns from provinces with a high return rate (a lookup table) or from frequent returners are inspected before the refund.',
      '退货率高的省份（查找表）或高频退货客户的退货，先质检再退款。',
    ),
  },
  'tier-channel-discounts': {
    name: t('Tier × channel discounts', '会员×渠道折扣'),
    about: t(
      'One decision table sets the member discount by tier and sales channel and tags live-commerce orders.',
      '一张决策表按会员等级和销售渠道设定折扣，并为直播渠道订单打标签。',
    ),
  },
  'trade-in': {
    name: t('Appliance trade-in', '以旧换新'),
    about: t(
      'Orders with the trade-in coupon get a subsidy on appliance lines; large subsidies need finance approval; the old unit is collected.',
      '使用以旧换新券的订单，家电商品享受补贴；补贴过高需财务审批；安排回收旧机。',
    ),
  },
  'trade-in-per-unit': {
    name: t('Trade-in ¥300 per unit', '以旧换新每件减 ¥300'),
    about: t(
      'Every appliance unit gets ¥300 off, at most ¥900 an order, in one discount step; the customer is tagged in the CRM.',
      '每件家电立减 ¥300，每单最多 ¥900，一个折扣节点完成；在 CRM 中为客户打标签。',
    ),
  },
  'promo-routing-decision': {
    name: t('Promotion and routing', '促销与路由'),
    about: t(
      'Tier discounts, a trade-in subsidy and a spend-and-save, then warehouse routing: the decision the benchmark measures.',
      '会员折扣、以旧换新补贴和满减，再做仓库路由：性能基准所测的完整决策。',
    ),
  },
};

export type WelcomeMessage = keyof typeof WELCOME_MESSAGES;
