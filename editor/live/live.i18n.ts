import type { LocalText } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';

/** The server features' strings (login, live/draft, inbox, history, audit), en + zh. */
const MESSAGES = {
  offline: { en: 'Local only: no server', zh: '仅本地：未连接服务器' },
  offlineHint: {
    en: 'No OrderFlow server answered, so this editor works on this computer only. Start it with `npm start` to log in, publish, approve orders and see run history.',
    zh: '没有连接到 OrderFlow 服务器，编辑器只在本机工作。在本机启动服务器后即可登录、发布、审批订单和查看运行历史。',
  },
  signIn: { en: 'Log in', zh: '登录' },
  signOut: { en: 'Log out', zh: '退出登录' },
  signInTitle: { en: 'Log in to the OrderFlow server', zh: '登录 OrderFlow 服务器' },
  username: { en: 'User name', zh: '用户名' },
  password: { en: 'Password', zh: '密码' },
  cancel: { en: 'Cancel', zh: '取消' },
  close: { en: 'Close', zh: '关闭' },
  signedInAs: { en: 'Signed in as {name}', zh: '已登录：{name}' },
  accountMenu: { en: 'Account: {name}', zh: '账户：{name}' },
  badCredentials: { en: 'The user name or password is wrong.', zh: '用户名或密码错误。' },
  tooMany: { en: 'Too many attempts; wait a minute and try again.', zh: '尝试次数过多，请稍后再试。' },
  live: { en: 'Live v{n}', zh: '线上 v{n}' },
  draft: { en: 'Draft', zh: '草稿' },
  changed: { en: 'Live v{n} · changed since', zh: '线上 v{n} · 有改动' },
  notOnServer: { en: 'Not on the server yet', zh: '服务器上还没有' },
  liveTitle: { en: 'Live and draft: {flow}', zh: '线上与草稿：{flow}' },
  changesSinceLive: { en: 'What changed since live v{n}', zh: '自线上 v{n} 以来的改动' },
  noChangesSinceLive: { en: 'The open flow is the live version.', zh: '当前流程与线上版本一致。' },
  neverPublished: { en: 'This flow has never been published.', zh: '此流程尚未发布。' },
  publish: { en: 'Publish', zh: '发布' },
  publishNote: { en: 'Why are you publishing? (required)', zh: '发布说明（必填）' },
  noteRequired: { en: 'Write a note: it is kept with the version.', zh: '请填写说明，它会随版本一起保存。' },
  publishing: { en: 'Publishing…', zh: '发布中…' },
  published: { en: 'Published: v{n} is live.', zh: '已发布：v{n} 已上线。' },
  pendingApprovals: {
    en: 'Waiting for {n} more approval(s) from other publishers.',
    zh: '还需要其他发布人 {n} 个批准。',
  },
  refused: { en: 'The server did not publish it:', zh: '服务器拒绝发布：' },
  requests: { en: 'Publish requests waiting for approval (four-eyes)', zh: '待批准的发布申请（双人复核）' },
  requestLine: {
    en: '{note} — by {author}, {have}/{need} approvals',
    zh: '{note} — 提交人 {author}，已批准 {have}/{need}',
  },
  approve: { en: 'Approve', zh: '批准' },
  ownRequest: {
    en: 'Your own request: another publisher must approve it.',
    zh: '这是你自己的申请，需要其他发布人批准。',
  },
  versions: { en: 'Published versions', zh: '已发布版本' },
  versionLine: { en: 'v{n} · {at} · {by}: {note}', zh: 'v{n} · {at} · {by}：{note}' },
  rollback: { en: 'Publish v{n} again', zh: '重新发布 v{n}' },
  rollbackNote: { en: 'Roll back to v{n}', zh: '回滚到 v{n}' },
  inbox: { en: 'Inbox', zh: '待办审批' },
  inboxEmpty: { en: 'Nothing is waiting for your roles.', zh: '没有等待你审批的订单。' },
  order: { en: 'Order', zh: '订单' },
  reason: { en: 'Reason', zh: '原因' },
  role: { en: 'Role', zh: '审批角色' },
  due: { en: 'Due', zh: '截止' },
  dueIn: { en: '{time} left', zh: '剩余 {time}' },
  overdue: { en: 'overdue by {time}', zh: '已超时 {time}' },
  waitingFor: { en: 'waiting {time} · no deadline', zh: '已等待 {time} · 无截止时间' },
  comment: { en: 'Comment', zh: '备注' },
  commentRequired: { en: 'A comment is required to {decision}.', zh: '选择“{decision}”必须填写备注。' },
  decided: { en: 'Decided “{decision}”: the run is now {status}.', zh: '已决定“{decision}”：运行状态为 {status}。' },
  selfApproval: {
    en: 'Refused: you may not decide on your own order or flow. {message}',
    zh: '被拒绝：不能审批自己创建的订单或流程。{message}',
  },
  decidedMeanwhile: {
    en: 'Someone (or the deadline) decided this meanwhile. {message}',
    zh: '此订单已被他人处理或已超时。{message}',
  },
  pathSoFar: { en: 'Path so far', zh: '已走过的路径' },
  history: { en: 'Run history', zh: '运行历史' },
  flow: { en: 'Flow', zh: '流程' },
  version: { en: 'Version', zh: '版本' },
  status: { en: 'Status', zh: '状态' },
  channel: { en: 'Channel', zh: '渠道' },
  from: { en: 'From', zh: '开始日期' },
  to: { en: 'To', zh: '结束日期' },
  any: { en: 'any', zh: '全部' },
  search: { en: 'Search', zh: '查询' },
  more: { en: 'More', zh: '更多' },
  noRuns: { en: 'No runs match.', zh: '没有符合条件的运行。' },
  when: { en: 'When', zh: '时间' },
  status_completed: { en: 'completed', zh: '已完成' },
  status_waiting: { en: 'waiting', zh: '等待中' },
  status_rejected: { en: 'rejected', zh: '已拒绝' },
  status_failed: { en: 'failed', zh: '失败' },
  audit: { en: 'Audit log', zh: '审计日志' },
  rollouts: { en: 'Rollouts', zh: '灰度发布' },
  health: { en: 'Order health', zh: '订单健康' },
  actor: { en: 'Who', zh: '操作人' },
  action: { en: 'Action', zh: '操作' },
  subject: { en: 'Subject', zh: '对象' },
  change: { en: 'Before → after', zh: '变更前 → 变更后' },
  exportCsv: { en: 'Export CSV', zh: '导出 CSV' },
  exportJsonl: { en: 'Export JSONL', zh: '导出 JSONL' },
  loading: { en: 'Loading…', zh: '加载中…' },
  loadFailed: { en: 'Could not load: {message}', zh: '加载失败：{message}' },
  deadLetters: { en: 'Failed deliveries', zh: '投递失败' },
  deadLettersHint: {
    en: 'Webhooks and API calls that failed after every retry. Retry sends one again from the start; Discard drops it for good. Both are written to the audit log.',
    zh: '多次重试后仍失败的 Webhook 推送和接口调用。“重新发送”会从头再试；“放弃”则不再发送。两种操作都会记入审计日志。',
  },
  noDeadLetters: { en: 'Nothing failed: every delivery went through.', zh: '没有失败的投递，全部已送达。' },
  deliveryWhat: { en: 'What', zh: '内容' },
  deliveryRun: { en: 'Run', zh: '运行' },
  deliveryAttempts: { en: 'Attempts', zh: '尝试次数' },
  deliveryError: { en: 'Last error', zh: '最后一次错误' },
  deliveryDeadAt: { en: 'Gave up at', zh: '停止重试时间' },
  deliveryWebhook: { en: 'Webhook: {event}', zh: 'Webhook 推送：{event}' },
  deliveryApiCall: { en: 'API call: {method} {url}', zh: '接口调用：{method} {url}' },
  event_order_accepted: { en: 'order accepted', zh: '订单已接受' },
  event_order_held: { en: 'order held', zh: '订单挂起' },
  event_order_decided: { en: 'hold decided', zh: '审批已决定' },
  event_order_routed: { en: 'order routed', zh: '已分配发货' },
  event_order_failed: { en: 'run failed', zh: '运行失败' },
  retryDelivery: { en: 'Retry', zh: '重新发送' },
  discardDelivery: { en: 'Discard', zh: '放弃' },
  actionFailed: { en: 'Could not do that: {message}', zh: '操作失败：{message}' },
  flowMissing: { en: 'Could not load flow {flow} v{n}: {message}', zh: '无法加载流程 {flow} v{n}：{message}' },
} satisfies Record<string, LocalText>;

export type LiveMessage = keyof typeof MESSAGES;
export type LiveT = (key: LiveMessage, params?: Readonly<Record<string, string | number>>) => string;

export function useLiveT(): LiveT {
  return useDictionary(MESSAGES);
}

/** A run status in the UI's language (statuses come from the server, so unknown ones show as sent). */
export function statusText(t: LiveT, status: string): string {
  const key = `status_${status}`;
  return key in MESSAGES ? t(key as LiveMessage) : status;
}

/** An order event's name in the UI's language (unknown types show as sent). */
export function eventText(t: LiveT, type: string): string {
  const key = `event_${type.replace('.', '_')}`;
  return key in MESSAGES ? t(key as LiveMessage) : type;
}
