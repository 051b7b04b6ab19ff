import type { LocalText } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';

/** The Forecast page's own strings (en + zh); `{name}` placeholders are filled by `t`. */
const MESSAGES = {
  open: { en: 'Forecast', zh: '预测' },
  openHint: {
    en: 'Demand forecast per SKU × region, backtest and stock transfers to prepare',
    zh: '按 SKU × 地区预测需求、回测，并给出备货调拨建议',
  },
  title: { en: 'Forecast — prepare stock before the orders come', zh: '需求预测 — 未下单先准备' },
  close: { en: 'Close', zh: '关闭' },
  source: { en: 'Orders', zh: '订单' },
  example: { en: 'Example orders and world', zh: '示例订单与仓库' },
  file: {
    en: 'Orders file (JSON Lines or JSON array of canonical orders)…',
    zh: '订单文件（标准订单的 JSON Lines 或 JSON 数组）…',
  },
  contextFile: { en: 'Context file (warehouses and stock, optional)…', zh: '上下文文件（仓库与库存，可选）…' },
  promotionsFile: { en: 'Promotion calendar (optional)…', zh: '促销日历（可选）…' },
  by: { en: 'Series by', zh: '序列维度' },
  horizon: { en: 'Days ahead', zh: '预测天数' },
  backtest: { en: 'Backtest (8 weekly origins; takes longer)', zh: '回测（8 个每周起点，耗时较长）' },
  run: { en: 'Forecast', zh: '开始预测' },
  running: { en: 'Forecasting in a background worker…', zh: '正在后台线程中预测…' },
  summary: {
    en: '{orders} orders read, {skipped} skipped; {series} series',
    zh: '已读取 {orders} 个订单，跳过 {skipped} 个；共 {series} 条序列',
  },
  failed: { en: 'Could not forecast: {message}', zh: '无法预测：{message}' },
  series: { en: 'Series', zh: '序列' },
  filter: { en: 'Filter series', zh: '筛选序列' },
  level: { en: 'Level', zh: '层级' },
  bottom: { en: 'forecast level', zh: '预测层' },
  history: { en: 'History', zh: '历史' },
  forecast: { en: 'Forecast', zh: '预测' },
  band80: { en: '80% interval', zh: '80% 区间' },
  band95: { en: '95% interval', zh: '95% 区间' },
  promo: { en: 'Promotion days', zh: '促销日' },
  method: { en: 'Method', zh: '方法' },
  demandClass: { en: 'Demand class', zh: '需求类型' },
  why: { en: 'Why this method', zh: '选择理由' },
  total: {
    en: 'Next {days} days: {total} units (80%: {lo}–{hi} per day on day 1)',
    zh: '未来 {days} 天：{total} 件（第 1 天 80% 区间 {lo}–{hi} 件/天）',
  },
  backtestTitle: {
    en: 'Backtest: {origins} weekly origins from {from} to {to}',
    zh: '回测：{origins} 个每周起点，{from} 至 {to}',
  },
  backtestNone: { en: 'Backtest not run: {message}', zh: '未能回测：{message}' },
  transfers: {
    en: 'Transfer suggestions (review and approve; nothing is applied by itself)',
    zh: '调拨建议（请审核批准；不会自动执行）',
  },
  noTransfers: {
    en: 'No transfer needed: every forward warehouse holds its target.',
    zh: '无需调拨：各前置仓库存均已达标。',
  },
  noPlan: { en: 'No transfer suggestions: {message}', zh: '没有调拨建议：{message}' },
  needContext: {
    en: 'Add a context file (warehouses and stock) to get transfer suggestions.',
    zh: '添加上下文文件（仓库与库存）即可获得调拨建议。',
  },
  approve: { en: 'Approve', zh: '批准' },
  sku: { en: 'SKU', zh: 'SKU' },
  from: { en: 'From', zh: '调出仓' },
  to: { en: 'To', zh: '调入仓' },
  units: { en: 'Units', zh: '数量' },
  shipBy: { en: 'Ship by', zh: '最晚发出' },
  arrives: { en: 'Arrives', zh: '到达' },
  cost: { en: 'Cost', zh: '费用' },
  risk: { en: 'Stockout risk', zh: '缺货风险' },
  crossRegion: {
    en: 'Expected cross-region share {before} → {after}; mean stockout risk {riskBefore} → {riskAfter}',
    zh: '预计跨区发货占比 {before} → {after}；平均缺货风险 {riskBefore} → {riskAfter}',
  },
  download: {
    en: 'Download the context with the approved transfers and the forecast table for flows',
    zh: '下载上下文文件（含已批准调拨及供流程读取的预测表）',
  },
  chartLoading: { en: 'Loading the chart…', zh: '正在加载图表…' },
  heatTitle: { en: 'Forecast demand by region (units over the horizon)', zh: '各地区预测需求（预测期内件数）' },
  heatChina: { en: 'China by province; busiest:', zh: '中国各省；需求最高：' },
  heatWorld: {
    en: 'Other countries (all their regions together); busiest:',
    zh: '其他国家（各地区合计）；需求最高：',
  },
  heatChinaLabel: { en: 'Heat map of forecast demand by province of China', zh: '中国各省预测需求热力图' },
  heatWorldLabel: { en: 'Heat map of forecast demand by country', zh: '各国预测需求热力图' },
  heatUnplaced: {
    en: 'Not on the map (no province of China):',
    zh: '未能显示在地图上（不是中国的省份）：',
  },
  heatNeedsRegion: {
    en: 'Choose series by region (e.g. SKU × region) to see the heat map.',
    zh: '将序列维度选为含地区（如 SKU × 地区）即可查看热力图。',
  },
  heatTooltip: { en: '{area}: {units} units', zh: '{area}：{units} 件' },
  heatTooltipNone: { en: '{area}: no forecast demand', zh: '{area}：无预测需求' },
  heatHigh: { en: 'more', zh: '多' },
  heatLow: { en: 'fewer', zh: '少' },
} satisfies Record<string, LocalText>;

export type ForecastMessage = keyof typeof MESSAGES;
export type ForecastT = (key: ForecastMessage, params?: Readonly<Record<string, string | number>>) => string;

export function useForecastT(): ForecastT {
  return useDictionary(MESSAGES);
}
