import { CONVERSIONS, type ConversionName, type ValueKind } from '../conversions';
import { parseDecimal } from '../conversions/decimal';
import type { FieldSpec } from '../mapping.schema';
import { compilePath, type CompiledPath } from '../path/path';
import { scalarText } from '../json/values';
import type { CompiledField, Literal, MappingProblem } from './compiled';
import { compileFastRead } from './fast-field';

export interface FieldContext {
  readonly related: ReadonlySet<string>;
  readonly problems: MappingProblem[];
  readonly topKeys: Set<string>;
}

export interface FieldRole {
  readonly label: string;
  /** What the canonical field needs; "any" for attributes. */
  readonly kind: ValueKind | 'any';
  readonly defaultConversion?: ConversionName;
  /** Inside a line row, `^.` reaches the order record. */
  readonly inLine?: boolean;
  readonly watchMasks?: boolean;
  readonly list?: boolean;
  /** `~.` paths are allowed (currencyFrom, divideBy, divisor). */
  readonly beside?: boolean;
}

const DEFAULT_BY_KIND: Partial<Record<ValueKind | 'any', ConversionName>> = {
  text: 'text',
  int: 'int',
  bool: 'bool',
  any: 'scalar',
};

/** Compiles one path, recording why it cannot be used. */
export function pathIn(text: string, where: string, role: FieldRole, context: FieldContext): CompiledPath | undefined {
  const path = compilePath(text);
  if (typeof path === 'string') return void context.problems.push({ path: where, message: path });
  if (path.scope === 'related' && !context.related.has(path.related!)) {
    return void context.problems.push({
      path: where,
      message: `"${text}" reads @${path.related}, which the mapping's "related" does not declare`,
    });
  }
  if (path.scope === 'order' && !role.inLine)
    return void context.problems.push({
      path: where,
      message: `"${text}": ^ reaches the order from a line row; here the record is already the order`,
    });
  if (path.scope === 'sibling' && !role.beside)
    return void context.problems.push({
      path: where,
      message: `"${text}": ~. reads beside a money value; use it in currencyFrom, divideBy or divisor`,
    });
  if (!role.inLine && path.scope === 'record')
    context.topKeys.add(path.segments[0]?.kind === 'key' ? path.segments[0].key : '*');
  if (role.inLine && path.scope === 'order')
    context.topKeys.add(path.segments[0]?.kind === 'key' ? path.segments[0].key : '*');
  return path;
}

/** negate, multiply and divide as one exact step; undefined when the field names none. */
function arithmeticOf(full: {
  negate?: boolean | undefined;
  multiply?: number | undefined;
  divide?: number | undefined;
}): CompiledField['arithmetic'] | undefined {
  if (!full.negate && full.multiply === undefined && full.divide === undefined) return undefined;
  const factor = parseDecimal(String(full.multiply ?? 1)) ?? { units: 1n, scale: 0 };
  const multiply = full.negate ? { units: -factor.units, scale: factor.scale } : factor;
  const divide = full.divide === undefined ? undefined : parseDecimal(String(full.divide));
  return { multiply, ...(divide ? { divide } : {}) };
}

/** Validates and compiles a field spec against the role of the canonical field it fills. */
export function compileField(
  spec: FieldSpec,
  where: string,
  role: FieldRole,
  context: FieldContext,
  allowDefault = true,
): CompiledField | undefined {
  const full = typeof spec === 'string' || Array.isArray(spec) ? { from: spec } : spec;
  const before = context.problems.length;
  const fail = (key: string, message: string) => context.problems.push({ path: `${where}.${key}`, message });
  if ((full.from === undefined) === (full.value === undefined))
    fail('from', 'give exactly one of "from" (a path) or "value" (a constant)');
  const name: ConversionName | undefined = full.convert ?? role.defaultConversion ?? DEFAULT_BY_KIND[role.kind];
  if (!name)
    fail(
      'convert',
      `${role.label} needs a conversion: one of ${Object.keys(CONVERSIONS)
        .filter((n) => n.startsWith(role.kind === 'money' ? 'money.' : 'time.'))
        .join(', ')}`,
    );
  const conversion = name ? CONVERSIONS[name] : undefined;
  if (conversion && role.kind !== 'any' && conversion.kind !== role.kind)
    fail('convert', `${role.label} needs a ${role.kind} value; "${name}" gives ${conversion.kind}`);
  if (conversion?.kind === 'scalar' && role.kind !== 'any') fail('convert', '"scalar" is only for attributes');
  const isMoney = conversion?.kind === 'money';
  for (const key of ['currencyFrom', 'divideBy', 'rounding', 'divisor'] as const)
    if (full[key] !== undefined && !isMoney) fail(key, `"${key}" applies to money conversions only`);
  if ((name === 'money.scaled') !== (full.divisor !== undefined))
    fail('divisor', 'money.scaled needs "divisor", and only money.scaled takes one');
  const aggregate = full.aggregate ?? (role.list ? 'all' : 'first');
  if (role.list && aggregate !== 'all') fail('aggregate', `${role.label} is a list: use "all"`);
  if (!role.list && aggregate === 'all') fail('aggregate', '"all" gives a list; only coupons take one');
  if (aggregate === 'sum' && conversion && !['money', 'int'].includes(conversion.kind))
    fail('aggregate', '"sum" adds money or whole numbers only');
  if (aggregate === 'join' && conversion && !['text', 'scalar'].includes(conversion.kind))
    fail('aggregate', '"join" joins texts only');
  if (aggregate === 'concat' && conversion && !['text', 'scalar'].includes(conversion.kind))
    fail('aggregate', '"concat" joins texts only');
  if (full.separator !== undefined && aggregate !== 'concat')
    fail('separator', '"separator" goes with "aggregate": "concat"');
  const arithmetic = arithmeticOf(full);
  if (arithmetic && conversion && !['money', 'int', 'scalar'].includes(conversion.kind))
    for (const key of ['negate', 'multiply', 'divide'] as const)
      if (full[key] !== undefined) fail(key, `"${key}" applies to numbers (money, int) only`);
  if (full.prefix !== undefined && conversion && !['text', 'scalar'].includes(conversion.kind))
    fail('prefix', '"prefix" applies to texts only');
  const froms = full.from === undefined ? [] : Array.isArray(full.from) ? full.from : [full.from];
  const sources = froms.map((text, i) =>
    pathIn(text, `${where}.from${Array.isArray(full.from) ? `[${i}]` : ''}`, role, context),
  );
  const currencyFrom =
    full.currencyFrom === undefined
      ? undefined
      : pathIn(full.currencyFrom, `${where}.currencyFrom`, { ...role, beside: true }, context);
  const divideBy =
    typeof full.divideBy === 'string'
      ? pathIn(full.divideBy, `${where}.divideBy`, { ...role, beside: true }, context)
      : full.divideBy === undefined
        ? undefined
        : BigInt(full.divideBy);
  const divisor =
    typeof full.divisor === 'string'
      ? pathIn(full.divisor, `${where}.divisor`, { ...role, beside: true }, context)
      : full.divisor === undefined
        ? undefined
        : parseDecimal(String(full.divisor));
  let fallback: CompiledField | { value: Literal } | undefined;
  if ('default' in full && full.default !== undefined) {
    if (!allowDefault) fail('default', 'a default cannot have its own default');
    else if (typeof full.default === 'object' && full.default !== null)
      fallback = compileField(full.default, `${where}.default`, role, context, false);
    else fallback = { value: full.default };
  }
  if (context.problems.length > before || !name || !conversion) return undefined;
  let map: Map<string, Literal> | undefined;
  if (full.map) map = new Map(Object.entries(full.map));
  const compiled: CompiledField = {
    label: role.label,
    kind: conversion.kind,
    sources: sources as CompiledPath[],
    ...(full.value !== undefined ? { constant: { value: full.value } } : {}),
    aggregate,
    separator: full.separator ?? '',
    ...(arithmetic ? { arithmetic } : {}),
    absentWhen: new Set((full.absentWhen ?? []).map((v) => scalarText(v) ?? null)),
    ...(map ? { map } : {}),
    conversionName: name,
    conversion,
    ...(currencyFrom ? { currencyFrom } : {}),
    ...(divisor !== undefined ? { divisor } : {}),
    ...(divideBy !== undefined ? { divideBy } : {}),
    ...(full.rounding ? { rounding: full.rounding } : {}),
    ...(full.prefix !== undefined ? { prefix: full.prefix } : {}),
    masked: full.masked ?? false,
    watchMasks: role.watchMasks ?? false,
    ...(fallback ? { fallback } : {}),
  };
  return { ...compiled, fastRead: compileFastRead(compiled) };
}
