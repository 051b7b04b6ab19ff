import type { LocalText } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';

/** The Channels page's own strings (en + zh); `{name}` placeholders are filled by `t`. */
const MESSAGES = {
  open: { en: 'Channels', zh: '渠道' },
  openHint: {
    en: 'Channel payloads → canonical orders; custom channel mappings',
    zh: '渠道原始报文 → 标准订单；自定义渠道映射',
  },
  title: { en: 'Channels — one order model for every sales channel', zh: '渠道 — 所有销售渠道统一的订单模型' },
  close: { en: 'Close', zh: '关闭' },
  channel: { en: 'Channel', zh: '渠道' },
  builtInGroup: { en: 'Built-in channels', zh: '内置渠道' },
  savedGroup: { en: 'Saved mappings', zh: '已保存的映射' },
  newMapping: { en: 'New mapping…', zh: '新建映射…' },
  savedSuffix: { en: '(saved mapping)', zh: '（已保存的映射）' },
  mapping: { en: 'Mapping', zh: '映射' },
  builtInMapping: { en: 'Built-in mapping {file} (read-only)', zh: '内置映射 {file}（只读）' },
  customMapping: {
    en: 'Mapping document (channels/mapping.schema.json completes every key)',
    zh: '映射文档（按 channels/mapping.schema.json 自动补全）',
  },
  copyAsNew: { en: 'Copy as a new mapping', zh: '复制为新映射' },
  payload: { en: 'Payload (the JSON the channel sent)', zh: '原始报文（渠道返回的 JSON）' },
  payloadEditor: { en: 'Payload', zh: '原始报文' },
  mappingEditor: { en: 'Mapping JSON', zh: '映射 JSON' },
  related: { en: 'Related payload “{name}” (optional)', zh: '关联报文“{name}”（可选）' },
  loadSample: { en: 'Load the sample', zh: '载入示例' },
  result: { en: 'Canonical orders', zh: '标准订单' },
  summary: {
    en: '{orders} records: {ok} normalized, {refused} refused, {warnings} warnings',
    zh: '{orders} 条记录：{ok} 条已转换，{refused} 条被拒，{warnings} 个警告',
  },
  normalized: { en: 'normalized', zh: '已转换' },
  refused: { en: 'refused', zh: '被拒' },
  record: { en: 'Record {path}', zh: '记录 {path}' },
  problems: { en: 'Problems', zh: '问题' },
  warnings: { en: 'Warnings', zh: '警告' },
  unmapped: { en: 'Fields no mapping path reads ({n})', zh: '没有映射读取的字段（{n}）' },
  orderJson: { en: 'Canonical order JSON', zh: '标准订单 JSON' },
  status: { en: 'Status', zh: '状态' },
  orderId: { en: 'Order id', zh: '订单号' },
  paid: { en: 'Paid', zh: '实付' },
  lines: { en: 'Lines', zh: '商品行' },
  customer: { en: 'Customer', zh: '客户' },
  atLine: { en: 'line {n}', zh: '第 {n} 行' },
  emptyPayload: { en: 'Paste a payload to see its orders.', zh: '粘贴原始报文即可看到订单。' },
  mappingProblems: { en: 'The mapping has problems; fix them to see orders:', zh: '映射有问题，修正后才能预览订单：' },
  save: { en: 'Save mapping', zh: '保存映射' },
  replace: { en: 'Replace the saved “{name}”', zh: '覆盖已保存的“{name}”' },
  saved: {
    en: 'Saved “{name}”: it can now be chosen when importing orders for simulation.',
    zh: '已保存“{name}”：导入模拟订单时即可选用。',
  },
  cannotSave: { en: 'Fix the mapping’s problems to save it.', zh: '请先修正映射中的问题再保存。' },
  delete: { en: 'Delete saved mapping', zh: '删除已保存的映射' },
  deleted: {
    en: 'Deleted “{name}”. Its text stays here: save it again to keep it.',
    zh: '已删除“{name}”。文本仍保留在此处，重新保存即可恢复。',
  },
  saveFailed: { en: 'Could not save: {message}', zh: '保存失败：{message}' },
} satisfies Record<string, LocalText>;

export type ChannelsMessage = keyof typeof MESSAGES;
export type ChannelsT = (key: ChannelsMessage, params?: Readonly<Record<string, string | number>>) => string;

/** `t` for the editor's current locale (from the editor store). */
export function useChannelsT(): ChannelsT {
  return useDictionary(MESSAGES);
}
