import type { LocalText } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';

/** The Health page's strings (订单健康), en + zh. KPI names and definitions come from the server in both. */
const MESSAGES = {
  health: { en: 'Order health', zh: '订单健康' },
  flow: { en: 'Flow', zh: '流程' },
  version: { en: 'Version', zh: '版本' },
  channel: { en: 'Channel', zh: '渠道' },
  province: { en: 'Province', zh: '省份' },
  from: { en: 'From', zh: '开始日期' },
  to: { en: 'To', zh: '结束日期' },
  show: { en: 'Show', zh: '查看' },
  report: { en: 'Download the audit report', zh: '下载审计报告' },
  runs: { en: '{n} live runs as of {at}', zh: '截至 {at} 的 {n} 次线上运行' },
  noValue: { en: 'nothing to measure yet', zh: '暂无可计算的数据' },
  trend: { en: 'Weekly trend: {name}', zh: '每周趋势：{name}' },
  byGroup: { en: 'By province', zh: '按省份' },
  chartLoading: { en: 'Loading the chart…', zh: '图表加载中…' },
  loadFailed: { en: 'Could not load: {message}', zh: '加载失败：{message}' },
} satisfies Record<string, LocalText>;

export type HealthMessage = keyof typeof MESSAGES;
export type HealthT = (key: HealthMessage, params?: Readonly<Record<string, string | number>>) => string;

export function useHealthT(): HealthT {
  return useDictionary(MESSAGES);
}
