import type { LocalText } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';

/** The Rollout page's strings (灰度发布), en + zh. */
const MESSAGES = {
  rollouts: { en: 'Rollouts', zh: '灰度发布' },
  none: { en: 'No rollout yet.', zh: '还没有灰度发布。' },
  start: { en: 'Start a rollout of the open flow', zh: '为当前流程开始灰度发布' },
  startHint: {
    en: 'The open flow is saved as the server draft, checked like a publish, and tried against the live version.',
    zh: '当前流程会保存为服务器草稿，按发布标准检查后，与线上版本并行试运行。',
  },
  mode: { en: 'Mode', zh: '方式' },
  mode_shadow: { en: 'Shadow (runs beside live, decides nothing)', zh: '影子运行（与线上并行，不生效）' },
  mode_canary: { en: 'Canary (a growing share of customers)', zh: '灰度放量（逐步扩大客户比例）' },
  mode_ab: { en: 'A/B test (fixed arms)', zh: 'A/B 测试（固定分组）' },
  plan: { en: 'Ramp (%), e.g. 5, 25, 50, 100', zh: '放量计划（%），如 5, 25, 50, 100' },
  badPlan: {
    en: 'The ramp must be rising percentages between 0 and 100.',
    zh: '放量计划必须是 0 到 100 之间递增的百分比。',
  },
  note: { en: 'Why (required)', zh: '原因（必填）' },
  noteRequired: { en: 'Write a note: it goes to the audit log.', zh: '请填写原因，它会写入审计日志。' },
  startButton: { en: 'Start', zh: '开始' },
  state: { en: 'State', zh: '状态' },
  state_running: { en: 'running', zh: '进行中' },
  state_paused: { en: 'paused', zh: '已暂停' },
  'state_rolled-back': { en: 'rolled back', zh: '已回滚' },
  state_completed: { en: 'completed', zh: '已完成' },
  arms: {
    en: 'Candidate v{candidate} gets {percent}% of customers; live v{base} the rest (baseline: an equal share).',
    zh: '候选版本 v{candidate} 分配给 {percent}% 的客户，其余走线上版本 v{base}（对照组人数相同）。',
  },
  shadowArms: {
    en: 'Every order runs on live v{base}; candidate v{candidate} runs beside it, its effects captured, never sent.',
    zh: '每个订单都由线上 v{base} 处理；候选版本 v{candidate} 同时运行，其通知等动作只记录、不执行。',
  },
  stage: { en: 'Stage {n} of {of}', zh: '第 {n} / {of} 阶段' },
  reasonLine: { en: 'Why it stopped: ', zh: '停止原因：' },
  reasonBreach: {
    en: 'guardrail “{metric}” breached in stage {stage}: candidate {candidate} ({candidateN} orders) vs baseline {baseline} ({baselineN} orders), worse by {by}, more than the tolerance of {tolerance} (z = {z}, p = {p})',
    zh: '第 {stage} 阶段护栏指标“{metric}”超限：候选 {candidate}（{candidateN} 单），对照 {baseline}（{baselineN} 单），变差 {by}，超过容差 {tolerance}（z = {z}，p = {p}）',
  },
  reasonRolledBack: { en: 'rolled back by {by}: {note}', zh: '由 {by} 手动回滚：{note}' },
  reasonRolledBackNoNote: { en: 'rolled back by {by}', zh: '由 {by} 手动回滚' },
  reasonCompleted: { en: 'completed by {by}', zh: '由 {by} 正式上线' },
  points: { en: '{n} pp', zh: '{n} 个百分点' },
  advance: { en: 'Next stage', zh: '进入下一阶段' },
  pause: { en: 'Pause', zh: '暂停' },
  resume: { en: 'Resume', zh: '继续' },
  rollback: { en: 'Roll back now', zh: '立即回滚' },
  complete: { en: 'Make the candidate live', zh: '候选版本正式上线' },
  rollbackNote: { en: 'Why roll back? (required)', zh: '回滚原因（必填）' },
  guardrails: { en: 'Guardrails (this stage)', zh: '护栏指标（本阶段）' },
  metric: { en: 'Metric', zh: '指标' },
  candidate: { en: 'Candidate', zh: '候选' },
  baseline: { en: 'Baseline', zh: '对照' },
  worseBy: { en: 'Worse by', zh: '变差' },
  pValue: { en: 'p', zh: 'p 值' },
  verdict: { en: 'Verdict', zh: '判定' },
  breach: { en: 'breach', zh: '超出' },
  ok: { en: 'within tolerance', zh: '正常' },
  tooFew: { en: 'too few orders yet', zh: '样本不足' },
  metric_errorRate: { en: 'Error rate', zh: '出错率' },
  metric_reviewRate: { en: 'Review/hold rate', zh: '人工审核率' },
  metric_discountPerOrder: { en: 'Discount per order', zh: '单均优惠' },
  metric_routingCostPerOrder: { en: 'Routing cost per order', zh: '单均物流成本' },
  metric_remoteServiceRate: { en: 'Remote-region service rate', zh: '偏远地区服务率' },
  abTitle: { en: 'A/B result: {metric}', zh: 'A/B 结果：{metric}' },
  abLine: {
    en: 'Candidate − baseline = {diff}, 95% interval {low} … {high}',
    zh: '候选 − 对照 = {diff}，95% 置信区间 {low} … {high}',
  },
  abTooFew: { en: 'Not enough orders in each arm yet.', zh: '每组订单数尚未达到最小样本量。' },
  chart: { en: 'Candidate and baseline rates', zh: '候选组与对照组的比率' },
  chartLoading: { en: 'Loading the chart…', zh: '图表加载中…' },
  differences: { en: 'Orders the candidate would decide differently ({n})', zh: '候选版本会做出不同处理的订单（{n}）' },
  noDifferences: { en: 'No order differs.', zh: '没有差异订单。' },
  field: { en: 'Field', zh: '字段' },
  live: { en: 'Live', zh: '线上' },
  openOnCanvas: { en: 'Open on the canvas', zh: '在画布上查看' },
  capturedEffects: { en: 'Candidate effects captured, not sent: {n}', zh: '候选版本的动作已记录、未执行：{n}' },
  orders: { en: '{n} orders', zh: '{n} 单' },
  failed: { en: 'The server refused: {message}', zh: '服务器拒绝：{message}' },
} satisfies Record<string, LocalText>;

export type RolloutMessage = keyof typeof MESSAGES;
export type RolloutT = (key: RolloutMessage, params?: Readonly<Record<string, string | number>>) => string;

export function useRolloutT(): RolloutT {
  return useDictionary(MESSAGES);
}

/** A key built from server values (state, metric, mode): unknown ones show as sent. */
export function known(t: RolloutT, prefix: string, value: string): string {
  const key = `${prefix}_${value}`;
  return key in MESSAGES ? t(key as RolloutMessage) : value;
}
