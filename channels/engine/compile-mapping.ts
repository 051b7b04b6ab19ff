import { scalarText } from '../json/values';
import { resolveZone } from '../conversions/zone';
import type { ChannelMapping, FieldSpec, LineFields, When } from '../mapping.schema';
import type { ValueKind } from '../conversions';
import type {
  CompiledField,
  CompiledFulfilment,
  CompiledLines,
  CompiledMapping,
  CompiledWhen,
  MappingProblem,
  Test,
} from './compiled';
import { compileField, pathIn, type FieldContext, type FieldRole } from './compile-field';
import { foldCase } from './when';

const ORDER_FIELDS: Readonly<Record<string, Omit<FieldRole, 'label'>>> = {
  channelOrderId: { kind: 'text', defaultConversion: 'id' },
  createdAt: { kind: 'time' },
  updatedAt: { kind: 'time' },
  currency: { kind: 'text', defaultConversion: 'currency' },
  channel: { kind: 'text' },
  kind: { kind: 'text' },
  coupons: { kind: 'text', list: true },
  shippingFee: { kind: 'money' },
  'payment.method': { kind: 'text' },
  'payment.amount': { kind: 'money' },
  'payment.paidAt': { kind: 'time' },
  'shippingAddress.country': { kind: 'text', defaultConversion: 'country', watchMasks: true },
  'shippingAddress.province': { kind: 'text', watchMasks: true },
  'shippingAddress.city': { kind: 'text', watchMasks: true },
  'shippingAddress.district': { kind: 'text', watchMasks: true },
  'shippingAddress.postalCode': { kind: 'text', watchMasks: true },
  'shippingAddress.remote': { kind: 'bool' },
};
const LINE_FIELDS: Readonly<Record<keyof LineFields, ValueKind>> = {
  id: 'text',
  sku: 'text',
  name: 'text',
  category: 'text',
  quantity: 'int',
  unitPrice: 'money',
  weightGrams: 'int',
};
/** Attribute names normalize writes itself. */
export const RESERVED_ATTRIBUTES = new Set(['masked', 'defaulted', 'customerKeys']);

function compileWhen(when: When, where: string, inLine: boolean, context: FieldContext): CompiledWhen {
  return Object.entries(when).flatMap(([text, condition]) => {
    const path = pathIn(text, `${where}[${JSON.stringify(text)}]`, { label: text, kind: 'any', inLine }, context);
    if (!path) return [];
    const texts = (list: unknown) => new Set((Array.isArray(list) ? list : [list]).map((v) => scalarText(v) ?? null));
    let test: Test;
    if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
      if ('present' in condition) test = { kind: 'present', present: condition.present };
      else if ('not' in condition) test = { kind: 'not', texts: texts(condition.not) };
      else if ('anyCase' in condition) {
        const list = Array.isArray(condition.anyCase) ? condition.anyCase : [condition.anyCase];
        test = { kind: 'anyCase', texts: new Set(list.map(foldCase)) };
      } else test = { kind: 'range', ...condition };
    } else test = { kind: 'equals', texts: texts(condition) };
    return [{ path, test }];
  });
}

/** Line fields read a row; the stand-in line (`whenMissing`) reads the order record instead. */
function compileLineFields(
  fields: LineFields,
  where: string,
  inLine: boolean,
  context: FieldContext,
): Record<string, CompiledField> {
  const out: Record<string, CompiledField> = {};
  for (const [key, kind] of Object.entries(LINE_FIELDS) as [keyof LineFields, ValueKind][]) {
    const spec = fields[key];
    if (spec === undefined) continue;
    const field = compileField(
      spec,
      `${where}.${key}`,
      { label: `lines.${key}`, kind, inLine, ...(key === 'id' ? { defaultConversion: 'id' } : {}) },
      context,
    );
    if (field) out[key] = field;
  }
  return out;
}

/** Event rules read a row (`^.` reaches the order) or, without `rows`, the order record itself. */
function compileFulfilment(mapping: ChannelMapping, context: FieldContext): CompiledFulfilment | undefined {
  const spec = mapping.fulfilment;
  if (!spec) return undefined;
  const time = (field: FieldSpec | undefined, where: string, label: string, inLine: boolean) =>
    field === undefined ? undefined : compileField(field, where, { label, kind: 'time', inLine }, context);
  const handoverBy = time(spec.promise?.handoverBy, '$.fulfilment.promise.handoverBy', 'promise.handoverBy', false);
  const deliverBy = time(spec.promise?.deliverBy, '$.fulfilment.promise.deliverBy', 'promise.deliverBy', false);
  const events = spec.events.flatMap((rule, i) => {
    const at = `$.fulfilment.events[${i}]`;
    const texts = rule.rows === undefined ? [] : Array.isArray(rule.rows) ? rule.rows : [rule.rows];
    const rows = texts.flatMap(
      (text, j) => pathIn(text, `${at}.rows[${j}]`, { label: 'fulfilment', kind: 'any' }, context) ?? [],
    );
    const inLine = texts.length > 0;
    const when = compileWhen(rule.when ?? {}, `${at}.when`, inLine, context);
    const atField = time(rule.at, `${at}.at`, `fulfilment.${rule.type}.at`, inLine);
    const shipmentId =
      rule.shipmentId === undefined
        ? undefined
        : compileField(
            rule.shipmentId,
            `${at}.shipmentId`,
            { label: `fulfilment.${rule.type}.shipmentId`, kind: 'text', defaultConversion: 'id', inLine },
            context,
          );
    return atField ? [{ type: rule.type, rows, when, at: atField, ...(shipmentId ? { shipmentId } : {}) }] : [];
  });
  return { promise: { ...(handoverBy ? { handoverBy } : {}), ...(deliverBy ? { deliverBy } : {}) }, events };
}

/** Checks a schema-valid mapping for what the schema cannot say, and compiles it. */
export function compileMapping(
  mapping: ChannelMapping,
): { ok: true; compiled: CompiledMapping } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const context: FieldContext = { related: new Set(Object.keys(mapping.related ?? {})), problems, topKeys: new Set() };
  const field = (spec: FieldSpec | undefined, where: string, role: FieldRole) =>
    spec === undefined ? undefined : compileField(spec, where, role, context);
  const zone = mapping.timeZone === undefined ? undefined : resolveZone(mapping.timeZone);
  if (mapping.timeZone !== undefined && !zone)
    problems.push({
      path: '$.timeZone',
      message: `"${mapping.timeZone}" is neither an IANA time zone nor an offset like +08:00`,
    });
  const zoneFrom =
    mapping.timeZoneFrom === undefined
      ? undefined
      : pathIn(mapping.timeZoneFrom, '$.timeZoneFrom', { label: 'timeZoneFrom', kind: 'text' }, context);
  const records = mapping.records.flatMap(
    (text, i) =>
      pathIn(text, `$.records[${i}]`, { label: 'records', kind: 'any' }, { ...context, topKeys: new Set() }) ?? [],
  );
  const related = Object.entries(mapping.related ?? {}).flatMap(([name, spec]) => {
    const at = `$.related.${name}`;
    const scratch = { ...context, topKeys: new Set<string>() };
    const recordPaths = spec.records.flatMap(
      (text, i) => pathIn(text, `${at}.records[${i}]`, { label: name, kind: 'any' }, scratch) ?? [],
    );
    const key = pathIn(spec.key, `${at}.key`, { label: name, kind: 'any' }, scratch);
    const matches = pathIn(spec.matches, `${at}.matches`, { label: name, kind: 'any' }, context);
    return key && matches ? [{ name, records: recordPaths, key, matches }] : [];
  });
  const fields: Record<string, CompiledField> = {};
  for (const [key, role] of Object.entries(ORDER_FIELDS)) {
    const compiled = field((mapping.fields as Record<string, FieldSpec | undefined>)[key], `$.fields.${key}`, {
      label: key,
      ...role,
    });
    if (compiled) fields[key] = compiled;
  }
  const c = mapping.customer;
  const customerField = (key: 'buyerId' | 'email' | 'phone' | 'fallbackId') =>
    field(c[key], `$.customer.${key}`, {
      label: `customer.${key === 'buyerId' || key === 'fallbackId' ? 'id' : key}`,
      kind: 'text',
      watchMasks: true,
      ...(key === 'buyerId' ? { defaultConversion: 'id' } : {}),
    });
  const [buyerId, email, phone, fallbackId] = (['buyerId', 'email', 'phone', 'fallbackId'] as const).map(customerField);
  const rules = mapping.status.rules.map((rule, i) => ({
    when: compileWhen(rule.when, `$.status.rules[${i}].when`, false, context),
    status: rule.status,
  }));
  const partiallyRefunded = (mapping.status.partiallyRefunded ?? []).map((when, i) =>
    compileWhen(when, `$.status.partiallyRefunded[${i}]`, false, context),
  );
  const flags = Object.entries(mapping.flags ?? {}).map(([name, list]) => {
    if (RESERVED_ATTRIBUTES.has(name))
      problems.push({ path: `$.flags.${name}`, message: `"${name}" is written by normalize itself` });
    return { name, any: list.map((when, i) => compileWhen(when, `$.flags.${name}[${i}]`, false, context)) };
  });
  const lineFrom = (Array.isArray(mapping.lines.from) ? mapping.lines.from : [mapping.lines.from]).flatMap(
    (text, i) => pathIn(text, `$.lines.from[${i}]`, { label: 'lines', kind: 'any' }, context) ?? [],
  );
  const groupBy =
    mapping.lines.groupBy === undefined
      ? undefined
      : pathIn(
          mapping.lines.groupBy,
          '$.lines.groupBy',
          { label: 'lines.groupBy', kind: 'any', inLine: true },
          context,
        );
  if (!mapping.lines.fields.quantity && !mapping.lines.groupBy)
    problems.push({
      path: '$.lines.fields.quantity',
      message: 'give "quantity", or "groupBy" when every row is one unit',
    });
  const lines: CompiledLines = {
    from: lineFrom,
    skip: (mapping.lines.skip ?? []).map((when, i) => compileWhen(when, `$.lines.skip[${i}]`, true, context)),
    ...(groupBy ? { groupBy } : {}),
    fields: compileLineFields(mapping.lines.fields, '$.lines.fields', true, context),
    ...(mapping.lines.whenMissing
      ? {
          whenMissing: {
            reason: mapping.lines.whenMissing.reason,
            fields: compileLineFields(mapping.lines.whenMissing.fields, '$.lines.whenMissing.fields', false, context),
          },
        }
      : {}),
  };
  const attributes = Object.entries(mapping.attributes ?? {}).flatMap(([name, spec]) => {
    if (RESERVED_ATTRIBUTES.has(name))
      problems.push({ path: `$.attributes.${name}`, message: `"${name}" is written by normalize itself` });
    const compiled = field(spec, `$.attributes.${name}`, {
      label: `attributes.${name}`,
      kind: 'any',
      watchMasks: true,
    });
    return compiled ? [{ name, field: compiled }] : [];
  });
  const linesSubtotal = field(mapping.checks?.linesSubtotal, '$.checks.linesSubtotal', {
    label: 'checks.linesSubtotal',
    kind: 'money',
  });
  const fulfilment = compileFulfilment(mapping, context);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    compiled: {
      mapping,
      channel: mapping.channel,
      records,
      ...(zone ? { zone } : {}),
      ...(zoneFrom ? { zoneFrom } : {}),
      related,
      fields,
      customer: {
        ...(buyerId ? { buyerId } : {}),
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
        ...(fallbackId ? { fallbackId } : {}),
        namespace: c.namespace ?? mapping.channel,
        ...(c.callingCode ? { callingCode: c.callingCode } : {}),
        relayEmailDomains: c.relayEmailDomains ?? [],
      },
      status: {
        rules,
        ...(mapping.status.otherwise ? { otherwise: mapping.status.otherwise } : {}),
        partiallyRefunded,
      },
      flags,
      lines,
      attributes,
      ...(linesSubtotal ? { linesSubtotal } : {}),
      ...(fulfilment ? { fulfilment } : {}),
      readsTopKeys: context.topKeys,
    },
  };
}
