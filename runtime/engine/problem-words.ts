import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { FLOW_SCHEMA_MESSAGES } from '../flow/flow.schema';
import type { Arity, ArityHint, RefusedOperator } from '../logic/operators';
import { MONEY_SCHEMA_MESSAGES } from '../money/money';
import type { LocalText } from '../node/define-node';
import type { Words } from '../node/words';
import { translateSchemaMessage } from '../node/schema-message';
import type { FieldShape } from '../order/facts';

/*
 * Everything flow validation writes for people, in every language the product speaks: JSON text and
 * hostile JSON, the flow's own checks (ids, node types, edges, ports, cycles, reachability), config
 * and order schemas (zod), JSONLogic in conditions. Ids, paths, port ids, operator names and field
 * paths come in as they are written and stay so in every language.
 */

/** What jsonc-parser reports for text that is not JSON (`printParseErrorCode`). */
export type JsonSyntaxCode =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter';

/** JSON text (runtime/json/json-text.ts) and untrusted JSON values (runtime/json/safe-json.ts). */
export interface JsonWords {
  readonly textTooLong: (limit: number) => string;
  /** `reason`: one of `syntax`, or `unparsable()` when the parser names nothing. */
  readonly notJson: (reason: string) => string;
  readonly syntax: Readonly<Record<JsonSyntaxCode, string>>;
  readonly unparsable: () => string;
  readonly tooManyValues: (limit: number) => string;
  readonly tooDeep: (limit: number) => string;
  readonly forbiddenKey: (key: string) => string;
}

/** Why a `var` path reads nothing: what the part it stopped at is. */
export type UnknownFieldReason =
  | { readonly kind: 'object'; readonly guess: string | undefined }
  /** `prefix`: the path up to the part that has no such field; null when it is the data itself. */
  | { readonly kind: 'array'; readonly prefix: string | null }
  | { readonly kind: 'strings'; readonly prefix: string | null }
  | { readonly kind: 'leaf'; readonly prefix: string | null; readonly shape: FieldShape['kind'] };

/** JSONLogic (runtime/logic/parse.ts, check-vars.ts). */
export interface LogicWords {
  readonly logicTooManyNodes: (limit: number) => string;
  /** `type`: what `typeof` says of a value JSON cannot hold (function, symbol, bigint). */
  readonly logicNotJson: (type: string) => string;
  readonly logicTooDeep: (limit: number) => string;
  /** `shown`: the first keys, quoted; `count`: how many keys there are. */
  readonly operationKeys: (shown: readonly string[], count: number) => string;
  readonly forbiddenOperator: (op: string) => string;
  readonly refusedOperator: (op: RefusedOperator) => string;
  /** `quoted`: the operator as JSON, cut short. */
  readonly unknownOperator: (quoted: string, guess: string | undefined) => string;
  readonly arity: (op: string, arity: Arity, found: number) => string;
  readonly forbiddenVarSegment: (segment: string, path: string) => string;
  /** `scope`: the label of the data the path is read from ("Order", "Line item"). */
  readonly unknownField: (path: string, scope: LocalText, reason: UnknownFieldReason) => string;
  readonly moneyField: (path: string, verb: 'compare' | 'use') => string;
}

/** The flow itself (validate.ts, graph-checks.ts, migrate.ts, compile.ts). */
export interface FlowWords {
  readonly notObject: () => string;
  readonly unsupportedFormat: (format: string, version: number, foundFormat: unknown, foundVersion: unknown) => string;
  readonly duplicateNodeId: (id: string) => string;
  readonly duplicateEdgeId: (id: string) => string;
  readonly unknownNodeType: (type: string, known: readonly string[]) => string;
  readonly newerTypeVersion: (nodeId: string, type: string, written: number, installed: number) => string;
  readonly noMigration: (type: string, from: number) => string;
  readonly noTrigger: () => string;
  readonly multipleTriggers: (nodeId: string) => string;
  readonly edgeMissingNode: (edgeId: string, end: 'source' | 'target', nodeId: string) => string;
  readonly unknownPort: (nodeId: string, port: string, ports: readonly string[]) => string;
  readonly edgeIntoTrigger: (edgeId: string, triggerId: string) => string;
  /** `label`: the port's label, when the port is one the node has. */
  readonly portTaken: (port: string, label: LocalText | undefined, source: string, earlier: string) => string;
  readonly requiredPort: (nodeId: string, label: LocalText) => string;
  readonly cycle: (loop: readonly string[]) => string;
  readonly unreachable: (nodeId: string) => string;
  readonly cannotPrepare: (nodeId: string, message: string) => string;
  /** compileFlow found no start (validation already reports it in full). */
  readonly noStart: () => string;
}

/** What a schema checked, named when a problem is about the value as a whole. */
export type SchemaSubject = 'flow' | 'config' | 'order' | 'value';

/** Zod schemas (zod-problems.ts): node configs, the flow document, orders. */
export interface SchemaWords {
  /** "percent: …": `field` is the path in the checked value, or a `subject`. */
  readonly fieldProblem: (field: string, message: string) => string;
  readonly subject: (what: SchemaSubject) => string;
  /** A required field that is not there; `expected` is zod's type name ("string", "number", …). */
  readonly missing: (expected: string) => string;
  /** Zod's own messages (but a missing field, see `missing`), as a per-parse error map; undefined keeps zod's (English) message. */
  readonly schemaIssue: (issue: z.core.$ZodRawIssue) => string | undefined;
  /** A message a schema wrote itself (FLOW_SCHEMA_MESSAGES, MONEY_SCHEMA_MESSAGES, node configs' `schemaMessage`). */
  readonly customMessage: (message: string) => string;
}

export interface ValidationWords extends JsonWords, LogicWords, FlowWords, SchemaWords {}

// ---------------------------------------------------------------------------------------------- en

const EN_ARITY_HINTS: Readonly<Record<ArityHint, string>> = {
  'path-default': 'a field path and an optional default',
  'count-paths': 'a minimum count and a list of field paths',
  between: 'two values, or three for "between"',
  'value-list': 'a value and a list or text to look in',
  'text-start-length': 'a text, a start and an optional length',
  'list-expression': 'a list and an expression per item',
  'list-condition': 'a list and a condition per item',
  'list-expression-initial': 'a list, an expression per item and an optional initial value',
};

/** "2 arguments (a list and a condition per item)" */
function enArity(arity: Arity): string {
  const count =
    arity.min === arity.max
      ? `${arity.min} argument${arity.min === 1 ? '' : 's'}`
      : arity.max === Infinity
        ? `at least ${arity.min} argument${arity.min === 1 ? '' : 's'}`
        : `${arity.min} to ${arity.max} arguments`;
  return arity.hint ? `${count} (${EN_ARITY_HINTS[arity.hint]})` : count;
}

const EN_KINDS: Readonly<Record<FieldShape['kind'], string>> = {
  string: 'a text',
  number: 'a number',
  money: 'an amount in minor units',
  boolean: 'a yes/no value',
  datetime: 'a date-time text',
  strings: 'a list of texts',
  array: 'a list',
  object: 'a group of fields',
  record: 'a free-form record',
};

const EN_REFUSED: Readonly<Record<RefusedOperator, string>> = {
  log: 'it prints whole records to the console',
  method: 'it calls methods on the data',
};

const EN: ValidationWords = {
  textTooLong: (limit) => `the text is longer than the limit of ${limit} characters`,
  notJson: (reason) => `not valid JSON: ${reason}`,
  syntax: {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: '":" is expected',
    CommaExpected: '"," is expected',
    CloseBraceExpected: '"}" is expected',
    CloseBracketExpected: '"]" is expected',
    EndOfFileExpected: 'text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unfinished comment',
    UnexpectedEndOfString: 'unfinished string',
    UnexpectedEndOfNumber: 'unfinished number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  },
  unparsable: () => 'not valid JSON',
  tooManyValues: (limit) => `the document has more than the limit of ${limit} values`,
  tooDeep: (limit) => `the document nests deeper than the limit of ${limit} levels`,
  forbiddenKey: (key) => `the key "${key}" is not allowed (it could change how objects behave)`,

  logicTooManyNodes: (limit) => `expression has more nodes than the limit of ${limit} (maxNodes)`,
  logicNotJson: (type) => `a ${type} is not a JSON value`,
  logicTooDeep: (limit) => `expression nests deeper than the limit of ${limit} levels (maxDepth)`,
  operationKeys: (shown, count) =>
    `an operation object must have exactly one key; ${count === 0 ? 'found none (an empty object)' : `found ${count}: ${shown.join(', ')}${count > shown.length ? ', …' : ''}`}`,
  forbiddenOperator: (op) => `"${op}" is not allowed as an operator name`,
  refusedOperator: (op) => `unsupported operator "${op}": ${EN_REFUSED[op]}`,
  unknownOperator: (quoted, guess) => `unknown operator ${quoted}${guess ? `; did you mean "${guess}"?` : ''}`,
  arity: (op, arity, found) => `"${op}" takes ${enArity(arity)}; found ${found}`,
  forbiddenVarSegment: (segment, path) => `"${segment}" is not allowed in a var path ("${path}")`,
  unknownField: (path, scope, reason) => {
    const name = scope.en.toLowerCase();
    const where = `${path} is not a field of the ${name}`;
    if (reason.kind === 'object') return reason.guess ? `${where}; did you mean ${reason.guess}?` : where;
    const prefix = reason.prefix ?? `the ${name}`;
    if (reason.kind === 'array') return `${where}: ${prefix} is a list; read its items with some, all, none, filter or map`;
    if (reason.kind === 'strings') return `${where}: ${prefix} is a list of texts; test it with "in"`;
    return `${where}: ${prefix} is ${EN_KINDS[reason.shape]} and has no fields`;
  },
  moneyField: (path, verb) => `${path} is money: ${verb} ${path}.amount (minor units)`,

  notObject: () => 'a flow must be a JSON object',
  unsupportedFormat: (format, version, foundFormat, foundVersion) =>
    `expected "format": "${format}" with "formatVersion": ${version}; found ${JSON.stringify(foundFormat)} version ${JSON.stringify(foundVersion)}`,
  duplicateNodeId: (id) => `node id "${id}" is used twice`,
  duplicateEdgeId: (id) => `edge id "${id}" is used twice`,
  unknownNodeType: (type, known) => `unknown node type "${type}" (known: ${known.join(', ')})`,
  newerTypeVersion: (nodeId, type, written, installed) =>
    `node ${nodeId} was written for ${type} version ${written}, newer than this installation's version ${installed}`,
  noMigration: (type, from) => `no migration for ${type} from version ${from} to ${from + 1}`,
  noTrigger: () => 'the flow has no trigger: add an "Order received" node where it starts',
  multipleTriggers: (nodeId) => `a flow has one trigger; "${nodeId}" is a second one`,
  edgeMissingNode: (edgeId, end, nodeId) => `edge ${edgeId} ${end === 'source' ? 'starts at' : 'points to'} node "${nodeId}", which does not exist`,
  unknownPort: (nodeId, port, ports) => `node ${nodeId} has no output port "${port}" (its ports: ${ports.join(', ') || 'none'})`,
  edgeIntoTrigger: (edgeId, triggerId) => `edge ${edgeId} leads into the trigger ${triggerId}; nothing may connect into a trigger`,
  portTaken: (port, _label, source, earlier) => `port "${port}" of ${source} already leads to ${earlier}; each port leads to one next step`,
  requiredPort: (nodeId, label) => `output "${label.en}" of ${nodeId} must lead somewhere`,
  cycle: (loop) => `the flow loops back: ${loop.join(' → ')}; flows must not contain cycles`,
  unreachable: (nodeId) => `${nodeId} cannot be reached from the trigger, so it never runs`,
  cannotPrepare: (nodeId, message) => `cannot prepare ${nodeId}: ${message}`,
  noStart: () => 'the flow has no trigger',

  fieldProblem: (field, message) => `${field}: ${message}`,
  // The flow document has always been "value" in English.
  subject: (what) => (what === 'flow' ? 'value' : what),
  missing: (expected) => `missing (expected ${expected})`,
  schemaIssue: () => undefined,
  customMessage: (message) => message,
};

// ---------------------------------------------------------------------------------------------- zh

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
    arity.min === arity.max ? `需要 ${arity.min} 个参数` : arity.max === Infinity ? `至少需要 ${arity.min} 个参数` : `需要 ${arity.min} 到 ${arity.max} 个参数`;
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

/** Zod's type names ("expected string"), and what a value is, in Chinese. */
const ZH_TYPES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '大整数',
  boolean: '是/否值（true 或 false）',
  object: '对象',
  record: '对象',
  array: '列表',
  tuple: '列表',
  null: '空值 null',
  undefined: '空',
  void: '空',
  nan: 'NaN',
  date: '日期',
  map: '映射',
  set: '集合',
  file: '文件',
  function: '函数',
  symbol: 'Symbol',
  never: '（此处不允许有值）',
  nonoptional: '非空的值',
};

const zhType = (name: string): string => (Object.hasOwn(ZH_TYPES, name) ? ZH_TYPES[name]! : name);

/** What an input is, in zod's words ("number", "array", "null", …). */
function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value));

/** Units of a size limit, by what is measured. */
const ZH_UNITS: Readonly<Record<string, string>> = { string: '个字符', array: '项', set: '项', map: '个条目', file: '字节' };

const ZH_FORMATS: Readonly<Record<string, string>> = {
  datetime: 'ISO 日期时间',
  date: 'ISO 日期',
  time: 'ISO 时间',
  duration: 'ISO 时长',
  email: '电子邮箱地址',
  url: '网址',
  uuid: 'UUID',
  json_string: 'JSON 文本',
  currency_code: '币种代码',
};

/** Zod's own Chinese (zod/v4/locales/zh-CN) for anything the map below does not word itself. */
const zodChinese = zhCN().localeError;

function zodFallback(issue: z.core.$ZodRawIssue): string {
  const message = zodChinese(issue);
  return (typeof message === 'string' ? message : message?.message) ?? '值无效';
}

/** Zod's messages in plain Chinese: what the value should be, with the limit; type names translated. */
function zhSchemaIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) return '应为整数，不能有小数';
      return `应为${zhType(issue.expected)}，实际为${zhType(typeOf(issue.input))}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${shown(issue.values[0])}` : `应为以下之一：${issue.values.map(shown).join('、')}`;
    case 'too_big': {
      const unit = Object.hasOwn(ZH_UNITS, issue.origin) ? ZH_UNITS[issue.origin] : undefined;
      const max = issue.maximum.toString();
      if (unit) return issue.exact ? `必须正好 ${max} ${unit}` : issue.inclusive ? `最多 ${max} ${unit}` : `必须少于 ${max} ${unit}`;
      return issue.inclusive ? `不能大于 ${max}` : `必须小于 ${max}`;
    }
    case 'too_small': {
      const unit = Object.hasOwn(ZH_UNITS, issue.origin) ? ZH_UNITS[issue.origin] : undefined;
      const min = issue.minimum.toString();
      if (unit) {
        if (issue.exact) return `必须正好 ${min} ${unit}`;
        if (issue.inclusive && min === '1') return issue.origin === 'string' ? '不能为空' : `至少要有 1 ${unit}`;
        return issue.inclusive ? `至少 ${min} ${unit}` : `必须多于 ${min} ${unit}`;
      }
      return issue.inclusive ? `不能小于 ${min}` : `必须大于 ${min}`;
    }
    case 'invalid_format': {
      const format = issue as z.core.$ZodRawIssue<z.core.$ZodStringFormatIssues>;
      if (format.format === 'starts_with') return `必须以 "${format.prefix}" 开头`;
      if (format.format === 'ends_with') return `必须以 "${format.suffix}" 结尾`;
      if (format.format === 'includes') return `必须包含 "${format.includes}"`;
      if (format.format === 'regex') return `格式不对，必须符合 ${format.pattern}`;
      return Object.hasOwn(ZH_FORMATS, format.format) ? `不是有效的${ZH_FORMATS[format.format]}` : zodFallback(issue);
    }
    case 'not_multiple_of':
      return `必须是 ${issue.divisor} 的倍数`;
    case 'unrecognized_keys':
      return `有不认识的字段：${issue.keys.map((key) => JSON.stringify(key)).join('、')}`;
    case 'invalid_key':
      return '对象中有无效的键';
    case 'invalid_element':
      return `${issue.origin === 'set' ? '集合' : '映射'}中有无效的值`;
    case 'invalid_union':
      if (issue.inclusive === false) return '同时符合多种写法，无法确定是哪一种';
      if (issue.options && issue.options.length > 0) return `应为以下之一：${issue.options.map(shown).join('、')}`;
      return '不符合任何一种允许的写法';
    case 'custom':
      return '值无效';
    default:
      return zodFallback(issue);
  }
}

/** The Chinese of messages the runtime's own schemas write (zod reports their English). */
const ZH_CUSTOM: ReadonlyMap<string, string> = new Map(
  [...Object.values(FLOW_SCHEMA_MESSAGES), ...Object.values(MONEY_SCHEMA_MESSAGES)].map((text: LocalText) => [text.en, text.zh]),
);

const ZH: ValidationWords = {
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
  unknownField: (path, scope, reason) => {
    const where = `${path} 不是${scope.zh}的字段`;
    if (reason.kind === 'object') return reason.guess ? `${where}；是否要写 ${reason.guess}？` : where;
    const prefix = reason.prefix ?? scope.zh;
    if (reason.kind === 'array') return `${where}：${prefix} 是列表，请用 some、all、none、filter 或 map 读取其中的项`;
    if (reason.kind === 'strings') return `${where}：${prefix} 是文本列表，请用 "in" 判断其中是否有某个值`;
    return `${where}：${prefix} 是${ZH_KINDS[reason.shape]}，下面没有字段`;
  },
  moneyField: (path, verb) => `${path} 是金额对象：请${verb === 'compare' ? '比较' : '使用'} ${path}.amount（最小货币单位）`,

  notObject: () => '流程必须是一个 JSON 对象',
  unsupportedFormat: (format, version, foundFormat, foundVersion) => {
    const found = (key: string, value: unknown) => (value === undefined ? `缺少 "${key}"` : `"${key}" 为 ${JSON.stringify(value)}`);
    return `不是本产品的流程文件：应为 "format": "${format}"、"formatVersion": ${version}；文件中${found('format', foundFormat)}，${found('formatVersion', foundVersion)}`;
  },
  duplicateNodeId: (id) => `节点 ID "${id}" 重复了，每个节点的 ID 必须不同`,
  duplicateEdgeId: (id) => `连线 ID "${id}" 重复了，每条连线的 ID 必须不同`,
  unknownNodeType: (type, known) => `未知的节点类型 "${type}"（可用的类型：${known.join('、')}）`,
  newerTypeVersion: (nodeId, type, written, installed) =>
    `节点 ${nodeId} 是按 ${type} 第 ${written} 版编写的，比当前安装的第 ${installed} 版更新`,
  noMigration: (type, from) => `缺少 ${type} 从第 ${from} 版升级到第 ${from + 1} 版的迁移`,
  noTrigger: () => '流程没有触发节点：请在流程开头添加一个“订单进入”节点作为起点',
  multipleTriggers: (nodeId) => `一个流程只能有一个触发节点，"${nodeId}" 是多出来的第二个`,
  edgeMissingNode: (edgeId, end, nodeId) => (end === 'source' ? `连线 ${edgeId} 的起点节点 "${nodeId}" 不存在` : `连线 ${edgeId} 指向的节点 "${nodeId}" 不存在`),
  unknownPort: (nodeId, port, ports) => `节点 ${nodeId} 没有输出端口 "${port}"（${ports.length > 0 ? `它的端口：${ports.join('、')}` : '它没有输出端口'}）`,
  edgeIntoTrigger: (edgeId, triggerId) => `连线 ${edgeId} 连进了触发节点 ${triggerId}；触发节点不能有连入的连线`,
  portTaken: (port, label, source, earlier) =>
    `节点 ${source} 的输出${label ? `“${label.zh}”` : ` "${port}" `}已连到 ${earlier}；每个端口只能连到一个下一步`,
  requiredPort: (nodeId, label) => `节点 ${nodeId} 的输出“${label.zh}”必须连到下一步`,
  cycle: (loop) => `流程出现循环：${loop.join(' → ')}；流程中不能有循环`,
  unreachable: (nodeId) => `${nodeId} 无法从起点到达，永远不会执行`,
  cannotPrepare: (nodeId, message) => `节点 ${nodeId} 无法准备运行：${message}`,
  noStart: () => '流程没有触发节点',

  fieldProblem: (field, message) => `${field}：${message}`,
  subject: (what) => ({ flow: '流程', config: '配置', order: '订单', value: '值' })[what],
  missing: (expected) => `缺少此项（应为${zhType(expected)}）`,
  schemaIssue: zhSchemaIssue,
  customMessage: (message) => ZH_CUSTOM.get(message) ?? translateSchemaMessage(message, 'zh'),
};

/** Every message validation writes, per locale. */
export const VALIDATION_WORDS: Words<ValidationWords> = { en: EN, zh: ZH };
