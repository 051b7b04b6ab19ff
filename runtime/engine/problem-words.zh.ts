import type { Arity, ArityHint, RefusedOperator } from '../logic/operators';
import { translateSchemaMessage } from '../node/schema-message';
import type { FieldShape } from '../order/facts';
import type { ValidationWords } from './validation-words';
import { zhSchemaIssue, zhType } from './zod-issues.zh';

/* What flow validation writes, in 简体中文 (the interfaces and the whole table: problem-words.ts). */

const ZH_ARITY_HINTS: Readonly<Record<ArityHint, string>> = {
  'path-default': '一个字段路径和一个可选的默认值',
  'count-paths': '最少个数和一个字段路径列表',
  between: '两个值，或三个值表示“介于”',
  'value-list': '一个值，以及要在其中查找的列表或文本',
  'text-start-length': '一段文本、起始位置和可选的长度',
  'list-expression': '一个列表和对每一项的表达式',
  'list-condition': '一个列表和对每一项的条件',
  'list-expression-initial': '一个列表、对每一项的表达式和可选的初始值',
};

/** "需要 2 个参数（一个列表和对每一项的条件）" */
function zhArity(arity: Arity): string {
  const count =
    arity.min === arity.max
      ? `需要 ${arity.min} 个参数`
      : arity.max === Infinity
        ? `至少需要 ${arity.min} 个参数`
        : `需要 ${arity.min} 到 ${arity.max} 个参数`;
  return arity.hint ? `${count}（${ZH_ARITY_HINTS[arity.hint]}）` : count;
}

const ZH_KINDS: Readonly<Record<FieldShape['kind'], string>> = {
  string: '文本',
  number: '数字',
  money: '以最小货币单位计的金额',
  boolean: '是/否值',
  datetime: '日期时间文本',
  strings: '文本列表',
  array: '列表',
  object: '一组字段',
  record: '自由格式的记录',
};

const ZH_REFUSED: Readonly<Record<RefusedOperator, string>> = {
  log: '它会把整条记录打印到控制台',
  method: '它会调用数据上的方法',
};

export const ZH: ValidationWords = {
  textTooLong: (limit) => `文本超过长度上限 ${limit} 个字符`,
  notJson: (reason) => `不是有效的 JSON：${reason}`,
  syntax: {
    InvalidSymbol: '出现了意外的字符',
    InvalidNumberFormat: '数字格式不对',
    PropertyNameExpected: '此处应为用双引号括起的属性名',
    ValueExpected: '此处应有一个值',
    ColonExpected: '此处应为 ":"',
    CommaExpected: '此处应为 ","',
    CloseBraceExpected: '此处应为 "}"',
    CloseBracketExpected: '此处应为 "]"',
    EndOfFileExpected: 'JSON 值结束后还有多余的文本',
    InvalidCommentToken: 'JSON 中不允许写注释',
    UnexpectedEndOfComment: '注释没有结束',
    UnexpectedEndOfString: '字符串没有结束',
    UnexpectedEndOfNumber: '数字不完整',
    InvalidUnicode: '无效的 Unicode 转义',
    InvalidEscapeCharacter: '无效的转义字符',
    InvalidCharacter: '无效的字符',
  },
  unparsable: () => '无法解析',
  tooManyValues: (limit) => `文档中的值超过上限 ${limit} 个`,
  tooDeep: (limit) => `文档嵌套超过上限 ${limit} 层`,
  forbiddenKey: (key) => `不允许使用键 "${key}"（它可能改变对象的行为）`,

  logicTooManyNodes: (limit) => `表达式的元素超过上限 ${limit} 个（maxNodes）`,
  logicNotJson: (type) => `${type} 类型的值不是 JSON 值`,
  logicTooDeep: (limit) => `表达式嵌套超过上限 ${limit} 层（maxDepth）`,
  operationKeys: (shown, count) =>
    `运算对象必须恰好有一个键；${count === 0 ? '现在一个也没有（空对象）' : `现在有 ${count} 个：${shown.join('、')}${count > shown.length ? '、…' : ''}`}`,
  forbiddenOperator: (op) => `不能用 "${op}" 作运算符名`,
  refusedOperator: (op) => `不支持运算符 "${op}"：${ZH_REFUSED[op]}`,
  unknownOperator: (quoted, guess) => `未知的运算符 ${quoted}${guess ? `；是否要写 "${guess}"？` : ''}`,
  arity: (op, arity, found) => `"${op}" ${zhArity(arity)}；现在有 ${found} 个`,
  forbiddenVarSegment: (segment, path) => `var 路径中不能出现 "${segment}"（"${path}"）`,
  computedVarPath: () => 'var 路径必须直接写出（例如 "customer.tier"）；运行时计算出的路径可能读取任何字段',
  wholeDataVar: () =>
    'var 必须指明字段（例如 "customer.tier"）：{"var": ""} 会读取整条订单记录，其中包含流程自己写入的内容',
  overBudget: (limit) => `计算所需的工作量超过 ${limit} 步的上限（maxWork）：要处理的数组项或字符太多`,
  notFinite: (result, expression) =>
    `算术运算在 ${expression} 中得到 ${result}（除以零，或值不是数字）；规则必须得到有限的数字`,
  unknownField: (path, scope, reason) => {
    const where = `${path} 不是${scope.zh}的字段`;
    if (reason.kind === 'object') return reason.guess ? `${where}；是否要写 ${reason.guess}？` : where;
    const prefix = reason.prefix ?? scope.zh;
    if (reason.kind === 'array') return `${where}：${prefix} 是列表，请用 some、all、none、filter 或 map 读取其中的项`;
    if (reason.kind === 'strings') return `${where}：${prefix} 是文本列表，请用 "in" 判断其中是否有某个值`;
    return `${where}：${prefix} 是${ZH_KINDS[reason.shape]}，下面没有字段`;
  },
  moneyField: (path, verb) =>
    `${path} 是金额对象：请${verb === 'compare' ? '比较' : '使用'} ${path}.amount（最小货币单位）`,
  unpinnedMoney: (amount, currency) =>
    `${amount} 与数字比较，却没有限定币种，任何币种的订单都会满足（50000 在 CNY 是 ¥500，在 USD 是 $500，在 JPY 是 ¥50,000）：` +
    `请在同一个 "and" 中加上 {"==": [{"var": "${currency}"}, "CNY"]}，或设置节点的币种`,

  notObject: () => '流程必须是一个 JSON 对象',
  unsupportedFormat: (format, version, foundFormat, foundVersion) => {
    const found = (key: string, value: unknown) =>
      value === undefined ? `缺少 "${key}"` : `"${key}" 为 ${JSON.stringify(value)}`;
    return `不是本产品的流程文件：应为 "format": "${format}"、"formatVersion": ${version}；文件中${found('format', foundFormat)}，${found('formatVersion', foundVersion)}`;
  },
  duplicateNodeId: (id) => `节点 ID "${id}" 重复了，每个节点的 ID 必须不同`,
  duplicateEdgeId: (id) => `连线 ID "${id}" 重复了，每条连线的 ID 必须不同`,
  unknownNodeType: (type, known) => `未知的节点类型 "${type}"（可用的类型：${known.join('、')}）`,
  configMoneyUnpinned: (field) =>
    `${field} 是金额，但节点没有指定币种，任何币种的订单都会适用（50000 对 CNY 订单是 ¥500，对 USD 订单是 $500）：请设置 "currency"`,
  newerTypeVersion: (nodeId, type, written, installed) =>
    `节点 ${nodeId} 是按 ${type} 第 ${written} 版编写的，比当前安装的第 ${installed} 版更新`,
  noMigration: (type, from) => `缺少 ${type} 从第 ${from} 版升级到第 ${from + 1} 版的迁移`,
  noTrigger: () => '流程没有触发节点：请在流程开头添加一个“订单进入”节点作为起点',
  multipleTriggers: (nodeId) => `一个流程只能有一个触发节点，"${nodeId}" 是多出来的第二个`,
  edgeMissingNode: (edgeId, end, nodeId) =>
    end === 'source' ? `连线 ${edgeId} 的起点节点 "${nodeId}" 不存在` : `连线 ${edgeId} 指向的节点 "${nodeId}" 不存在`,
  unknownPort: (nodeId, port, ports) =>
    `节点 ${nodeId} 没有输出端口 "${port}"（${ports.length > 0 ? `它的端口：${ports.join('、')}` : '它没有输出端口'}）`,
  edgeIntoTrigger: (edgeId, triggerId) => `连线 ${edgeId} 连进了触发节点 ${triggerId}；触发节点不能有连入的连线`,
  portTaken: (port, label, source, earlier) =>
    `节点 ${source} 的输出${label ? `“${label.zh}”` : ` "${port}" `}已连到 ${earlier}；每个端口只能连到一个下一步`,
  requiredPort: (nodeId, label) => `节点 ${nodeId} 的输出“${label.zh}”必须连到下一步`,
  cycle: (loop) => `流程出现循环：${loop.join(' → ')}；流程中不能有循环`,
  unreachable: (nodeId) => `${nodeId} 无法从起点到达，永远不会执行`,
  cannotPrepare: (nodeId, message) => `节点 ${nodeId} 无法准备运行：${message}`,
  unknownConfigKey: (key, nearest, valid) =>
    nearest === undefined
      ? `"${key}" 不是该步骤的配置项（可用的配置项：${valid.join('、')}）`
      : `"${key}" 不是该步骤的配置项；是否想写 "${nearest}"？`,
  checksSkipped: (what) =>
    what === 'graph'
      ? '未检查连线、出口、循环和可达性：部分节点或连线无法读取（见上面的问题）'
      : '未检查节点、配置、连线和规则：文档过大、嵌套过深或含有禁止的键名',
  noStart: () => '流程没有触发节点',

  fieldProblem: (field, message) => `${field}：${message}`,
  subject: (what) => ({ flow: '流程', config: '配置', order: '订单', value: '值' })[what],
  missing: (expected) => `缺少此项（应为${zhType(expected)}）`,
  schemaIssue: zhSchemaIssue,
  customMessage: (message) => translateSchemaMessage(message, 'zh'),
};

/** Every message validation writes, per locale. */
