import type { z } from 'zod';
import { zhCN } from 'zod/locales';

/* Zod's own messages (a value of the wrong type, too long, not one of …) in plain Chinese. */

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

export const zhType = (name: string): string => (Object.hasOwn(ZH_TYPES, name) ? ZH_TYPES[name]! : name);

/** What an input is, in zod's words ("number", "array", "null", …). */
function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const shown = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value);

/** Units of a size limit, by what is measured. */
const ZH_UNITS: Readonly<Record<string, string>> = {
  string: '个字符',
  array: '项',
  set: '项',
  map: '个条目',
  file: '字节',
};

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
export function zhSchemaIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input))
        return '应为整数，不能有小数';
      return `应为${zhType(issue.expected)}，实际为${zhType(typeOf(issue.input))}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${shown(issue.values[0])}`
        : `应为以下之一：${issue.values.map(shown).join('、')}`;
    case 'too_big': {
      const unit = Object.hasOwn(ZH_UNITS, issue.origin) ? ZH_UNITS[issue.origin] : undefined;
      const max = issue.maximum.toString();
      if (unit)
        return issue.exact
          ? `必须正好 ${max} ${unit}`
          : issue.inclusive
            ? `最多 ${max} ${unit}`
            : `必须少于 ${max} ${unit}`;
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
