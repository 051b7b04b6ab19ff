import { useCallback } from 'react';
import type { Locale, LocalText } from '../../runtime/node/define-node';
import { useEditor } from '../store/EditorProvider';

/** The simulation panel's own strings (en + zh); `{name}` placeholders are filled by `t`. */
const MESSAGES = {
  title: { en: 'Simulation', zh: '模拟' },
  tabSingle: { en: 'Single order', zh: '单个订单' },
  tabBatch: { en: 'Batch', zh: '批量' },
  tabCompare: { en: 'Compare', zh: '对比' },
  tabCases: { en: 'Test cases', zh: '测试用例' },
  dataset: { en: 'Data set', zh: '数据集' },
  exampleDataset: { en: 'Example orders (examples/data)', zh: '示例订单（examples/data）' },
  importOrders: { en: 'Import orders (JSON, JSONL, CSV)…', zh: '导入订单（JSON、JSONL、CSV）…' },
  deleteDataset: { en: 'Delete data set', zh: '删除数据集' },
  imported: { en: 'Imported {orders} orders from {name}; {bad} could not be read.', zh: '已从 {name} 导入 {orders} 个订单；{bad} 个无法读取。' },
  loading: { en: 'Loading…', zh: '加载中…' },
  flowHasErrors: { en: 'The flow has errors: fix them in the Problems panel before simulating.', zh: '流程有错误：请先在“问题”面板中修正，再进行模拟。' },
  // Single order
  findOrder: { en: 'Find an order by id', zh: '按编号查找订单' },
  pickOrder: { en: 'Order from the data set', zh: '数据集中的订单' },
  orderJson: { en: 'Order JSON', zh: '订单 JSON' },
  run: { en: 'Run', zh: '运行' },
  notJson: { en: 'Not valid JSON (line {line}): {message}', zh: '不是有效的 JSON（第 {line} 行）：{message}' },
  status: { en: 'Status', zh: '状态' },
  decision: { en: 'Decision', zh: '决定' },
  completed: { en: 'completed', zh: '已完成' },
  waiting: { en: 'waiting', zh: '等待中' },
  rejected: { en: 'rejected', zh: '已拒收' },
  failed: { en: 'failed', zh: '失败' },
  waitingFor: { en: 'Waiting at {node}: {reason}', zh: '在 {node} 等待：{reason}' },
  port_approved: { en: 'Approve', zh: '批准' },
  port_rejected: { en: 'Reject', zh: '驳回' },
  port_timed_out: { en: 'Time out', zh: '超时' },
  port_pass: { en: 'Pass', zh: '通过' },
  port_fail: { en: 'Fail', zh: '不通过' },
  orderProblems: { en: 'The order was rejected:', zh: '订单被拒收：' },
  runFailed: { en: 'The run failed at {node}: {message}', zh: '运行在 {node} 失败：{message}' },
  price: { en: 'Price', zh: '价格' },
  line: { en: 'Line', zh: '行' },
  quantity: { en: 'Qty', zh: '数量' },
  amount: { en: 'Amount', zh: '金额' },
  subtotal: { en: 'Subtotal', zh: '小计' },
  discount: { en: 'Discount', zh: '优惠' },
  shipping: { en: 'Shipping', zh: '运费' },
  total: { en: 'Total', zh: '合计' },
  gifts: { en: 'Gifts', zh: '赠品' },
  tags: { en: 'Tags', zh: '标签' },
  holds: { en: 'Holds', zh: '挂起' },
  effects: { en: 'Effects', zh: '动作' },
  attributes: { en: 'Attributes', zh: '属性' },
  none: { en: 'none', zh: '无' },
  fulfilment: { en: 'Fulfilment plan', zh: '履约方案' },
  noFulfilment: { en: 'No routing step ran.', zh: '未经过路由步骤。' },
  shipments: { en: 'Shipments', zh: '包裹' },
  candidates: { en: 'Candidates', zh: '候选方案' },
  warehouse: { en: 'Warehouse', zh: '仓库' },
  carrier: { en: 'Carrier', zh: '承运商' },
  score: { en: 'Score', zh: '得分' },
  cost: { en: 'Cost', zh: '成本' },
  days: { en: 'Days', zh: '天数' },
  promisedBy: { en: 'Promised by', zh: '承诺送达' },
  note: { en: 'Note', zh: '说明' },
  ineligible: { en: 'ineligible', zh: '不可用' },
  trace: { en: 'Trace', zh: '执行轨迹' },
  stepOf: { en: 'Step {n} of {total}', zh: '第 {n} 步，共 {total} 步' },
  back: { en: '◀ Back', zh: '◀ 上一步' },
  forward: { en: 'Forward ▶', zh: '下一步 ▶' },
  took: { en: 'took “{port}”', zh: '走向“{port}”' },
  ended: { en: 'the path ends here', zh: '路径在此结束' },
  waitedHere: { en: 'waited for a decision', zh: '等待人工决定' },
  failedHere: { en: 'failed here', zh: '在此失败' },
  changes: { en: 'Changes', zh: '变更' },
  noChanges: { en: 'No changes.', zh: '无变更。' },
  // Batch
  runBatch: { en: 'Run on all orders', zh: '对全部订单运行' },
  cancel: { en: 'Cancel', zh: '取消' },
  progress: { en: '{done} of {total} orders', zh: '{done} / {total} 个订单' },
  cancelledAfter: { en: 'Cancelled after {done} orders; figures cover those.', zh: '已在 {done} 个订单后取消；统计仅含这些订单。' },
  orders: { en: 'Orders', zh: '订单' },
  outcomes: { en: 'Outcomes', zh: '结果' },
  routesByWarehouse: { en: 'Shipments by warehouse', zh: '各仓库包裹数' },
  routesByCarrier: { en: 'Shipments by carrier', zh: '各承运商包裹数' },
  discountCost: { en: 'Discount cost', zh: '优惠成本' },
  giftUnits: { en: 'Gift units', zh: '赠品件数' },
  routed: { en: 'Routed', zh: '已分配仓库' },
  split: { en: 'Split', zh: '拆单' },
  problemsList: { en: 'Failed and rejected orders', zh: '失败与拒收的订单' },
  noProblems: { en: 'Every order ran.', zh: '所有订单都已运行。' },
  open: { en: 'Open', zh: '打开' },
  exportCsv: { en: 'Export CSV', zh: '导出 CSV' },
  exportJson: { en: 'Export JSON', zh: '导出 JSON' },
  savedRuns: { en: 'Saved runs of this flow', zh: '此流程的历史运行' },
  show: { en: 'Show', zh: '查看' },
  thisVersion: { en: 'this version', zh: '当前版本' },
  olderVersion: { en: 'another version ({fp})', zh: '其他版本（{fp}）' },
  // Compare
  compareWith: { en: 'Compare the current flow with', zh: '将当前流程与以下版本对比' },
  providedVersion: { en: 'Provided version: {label}', zh: '指定版本：{label}' },
  savedFlow: { en: 'Saved flow (library)', zh: '已保存的流程（流程库）' },
  version: { en: 'Version “{label}” ({time})', zh: '版本“{label}”（{time}）' },
  noVersions: { en: 'No other version to compare with: save a version first.', zh: '没有可对比的版本：请先保存一个版本。' },
  runCompare: { en: 'Run both on all orders', zh: '两个版本都对全部订单运行' },
  before: { en: 'Before', zh: '对比版本' },
  after: { en: 'Current', zh: '当前' },
  change: { en: 'Change', zh: '变化' },
  metric: { en: 'Measure', zh: '指标' },
  heldOrders: { en: 'Orders held', zh: '挂起订单' },
  avgPromise: { en: 'Average promise (days)', zh: '平均承诺时效（天）' },
  shippingCost: { en: 'Shipping cost', zh: '运费成本' },
  differing: { en: '{n} of {total} orders have a different outcome', zh: '{total} 个订单中有 {n} 个结果不同' },
  field: { en: 'Field', zh: '字段' },
  order: { en: 'Order', zh: '订单' },
  differences: { en: 'Differences', zh: '差异' },
  // Cases
  saveAsCase: { en: 'Save the single-order run as a test case', zh: '将单个订单的运行保存为测试用例' },
  needSingleRun: { en: 'Run an order in the Single order tab first.', zh: '请先在“单个订单”标签页运行一个订单。' },
  caseName: { en: 'Case name', zh: '用例名称' },
  partsToCheck: { en: 'Check these parts', zh: '检查以下部分' },
  part_status: { en: 'status', zh: '状态' },
  part_decision: { en: 'decision', zh: '决定' },
  part_total: { en: 'total', zh: '合计' },
  part_discountLines: { en: 'discount lines', zh: '优惠明细' },
  part_gifts: { en: 'gifts', zh: '赠品' },
  part_route: { en: 'route', zh: '路由' },
  part_holds: { en: 'holds', zh: '挂起' },
  part_tags: { en: 'tags', zh: '标签' },
  save: { en: 'Save case', zh: '保存用例' },
  runAll: { en: 'Run all cases', zh: '运行全部用例' },
  noCases: { en: 'No test cases for this flow yet.', zh: '此流程还没有测试用例。' },
  passedFailed: { en: '{passed} passed, {failed} failed', zh: '{passed} 个通过，{failed} 个失败' },
  pass: { en: 'PASS', zh: '通过' },
  fail: { en: 'FAIL', zh: '失败' },
  delete: { en: 'Delete', zh: '删除' },
  importCases: { en: 'Import cases.json…', zh: '导入 cases.json…' },
  exportCases: { en: 'Export cases.json', zh: '导出 cases.json' },
  invalidCases: { en: 'Not a cases file: {problems}', zh: '不是用例文件：{problems}' },
} satisfies Record<string, LocalText>;

export type SimMessage = keyof typeof MESSAGES;
export type Translate = (key: SimMessage, params?: Readonly<Record<string, string | number>>) => string;

export function translateSim(locale: Locale, key: SimMessage, params?: Readonly<Record<string, string | number>>): string {
  const template: string = MESSAGES[key][locale];
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)) : template;
}

/** A key made at run time (a port or part name) → its message, or the raw text when there is none. */
export function translateDynamic(t: Translate, prefix: 'port_' | 'part_', name: string): string {
  const key = `${prefix}${name}`;
  return Object.hasOwn(MESSAGES, key) ? t(key as SimMessage) : name;
}

/** `t` for the editor's current locale (from the editor store). */
export function useSimT(): Translate {
  const locale = useEditor((s) => s.locale);
  return useCallback((key, params) => translateSim(locale, key, params), [locale]);
}
