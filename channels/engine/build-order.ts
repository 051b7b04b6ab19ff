import type { OrderInput } from '../../runtime/index';
import { describeMoney } from '../conversions/money';
import type { CompiledMapping } from './compiled';
import { buildCustomer } from './customer';
import type { EvalEnv } from './evaluate-field';
import { buildLines } from './lines';
import { problem, read, readValue, sourceOf, warn, type Report } from './report';
import { resolve, where, type Scope } from './scope';
import { resolveZone, type Zone } from '../conversions/zone';
import { decideStatus } from './status';
import { holds } from './when';
import { SCHEMA_DEFAULTS } from './schema-defaults';

const ADDRESS_LABELS = ['province', 'city', 'district', 'postalCode', 'remote'].map((key) => `shippingAddress.${key}`);
const money = (amount: number, currency: string) => ({ amount, currency });

/** A field's value read into the report (see read), or undefined. */
function valueOf(
  report: Report,
  field: CompiledMapping['fields'][string] | undefined,
  scope: Scope,
  env: EvalEnv,
  as: string,
  required = false,
): unknown {
  return readValue(report, field, scope, env, as, required);
}

/**
 * The record's own zone when the mapping names where it is (`timeZoneFrom`) and the record has one,
 * else the mapping's; null (with a problem) when the record names a zone that does not exist.
 */
function recordZone(mapping: CompiledMapping, scope: Scope, report: Report): Zone | undefined | null {
  if (!mapping.zoneFrom) return mapping.zone;
  const hit = resolve(mapping.zoneFrom, scope).find((h) => typeof h.value === 'string' && h.value.trim() !== '');
  if (!hit) return mapping.zone;
  const name = (hit.value as string).trim();
  const zone = name.length <= 64 ? resolveZone(name) : undefined;
  if (!zone)
    problem(
      report,
      where(hit),
      `"${name.slice(0, 64)}" is neither an IANA time zone nor an offset like +08:00`,
      'timeZone',
    );
  return zone ?? null;
}

/** Reads everything the mapping declares for one order record into an order input (not yet validated). */
export function buildOrder(
  mapping: CompiledMapping,
  scope: Scope,
  report: Report,
  salt: string | undefined,
): OrderInput | undefined {
  const f = mapping.fields;
  const zone = recordZone(mapping, scope, report);
  if (zone === null) return undefined; // every time depends on it
  const bare: EvalEnv = zone ? { zone } : {};
  const currency = readValue(report, f.currency, scope, bare, 'currency', true) as string | undefined;
  if (!currency) return undefined; // every amount depends on it
  const env: EvalEnv = { ...bare, currency };

  const channelOrderId = valueOf(report, f['channelOrderId'], scope, env, 'channelOrderId', true) as string | undefined;
  const channel = (valueOf(report, f['channel'], scope, env, 'channel') as string | undefined) ?? mapping.channel;
  const country = valueOf(report, f['shippingAddress.country'], scope, env, 'shippingAddress.country', true) as
    string | undefined;
  // Every key in the schema's order, its defaults written in: the order check then keeps this object as is.
  const [province, city, district, postalCode, remote] = ADDRESS_LABELS.map((label) =>
    valueOf(report, f[label], scope, env, label),
  );
  const address: Record<string, unknown> = {
    country,
    province: province ?? SCHEMA_DEFAULTS.address.province,
    city: city ?? SCHEMA_DEFAULTS.address.city,
  };
  if (district !== undefined) address.district = district;
  if (postalCode !== undefined) address.postalCode = postalCode;
  address.remote = remote ?? SCHEMA_DEFAULTS.address.remote;
  const status = decideStatus(mapping, scope);
  if (!status.ok) problem(report, status.path, status.message, 'status');
  const lines = buildLines(mapping, scope, env, report);
  const customer = buildCustomer(mapping, scope, env, report, country, salt);
  const shippingFee = valueOf(report, f['shippingFee'], scope, env, 'shippingFee') as number | undefined;
  const paymentAmount = valueOf(report, f['payment.amount'], scope, env, 'payment.amount') as number | undefined;
  const paymentMethod = valueOf(report, f['payment.method'], scope, env, 'payment.method') as string | undefined;
  const paidAt = valueOf(report, f['payment.paidAt'], scope, env, 'payment.paidAt') as string | undefined;
  if (paymentAmount !== undefined && paymentMethod === undefined) report.defaulted.add('payment.method');
  const createdAt = valueOf(report, f['createdAt'], scope, env, 'createdAt', true) as string | undefined;
  const updatedAt = valueOf(report, f['updatedAt'], scope, env, 'updatedAt') as string | undefined;
  const kind = valueOf(report, f['kind'], scope, env, 'kind') as OrderInput['kind'] | undefined;
  const coupons = (valueOf(report, f['coupons'], scope, env, 'coupons') as string[] | undefined) ?? [];

  const attributes: Record<string, string | number | boolean | null> = {};
  for (const { name, field } of mapping.attributes) {
    const label = `attributes.${name}`;
    const value = readValue(report, field, scope, env, label);
    if (value === undefined) continue;
    if (typeof value === 'string' && value.length > 1024) {
      const source = sourceOf(report, label);
      warn(
        report,
        source ? where(source) : '$',
        `${label} is longer than 1024 characters and was left out (it stays in raw)`,
      );
    } else attributes[name] = value as string | number | boolean;
  }
  for (const flag of mapping.flags) attributes[flag.name] = flag.any.some((when) => holds(when, scope));
  if (customer.keys.length > 0) attributes.customerKeys = customer.keys.join(',');
  checkSubtotal(mapping, scope, env, report, lines);
  if (report.masked.size > 0) attributes.masked = [...report.masked].join(',');
  if (report.defaulted.size > 0) attributes.defaulted = [...report.defaulted].join(',');

  if (report.problems.length > 0 || !channelOrderId || !createdAt || !status.ok) return undefined;
  return {
    id: `${channel}:${channelOrderId}`,
    channel,
    channelOrderId,
    kind: kind ?? SCHEMA_DEFAULTS.kind,
    status: status.status,
    partiallyRefunded: status.partiallyRefunded,
    createdAt: createdAt!,
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    currency,
    customer: {
      id: customer.id!,
      tier: SCHEMA_DEFAULTS.customer.tier,
      tags: [],
      orderCount: SCHEMA_DEFAULTS.customer.orderCount,
      returnRate: SCHEMA_DEFAULTS.customer.returnRate,
    },
    lines,
    shippingAddress: address as OrderInput['shippingAddress'],
    coupons,
    ...(paymentAmount !== undefined
      ? {
          payment: {
            method: paymentMethod ?? 'unknown',
            amount: money(paymentAmount, currency),
            ...(paidAt ? { paidAt } : {}),
          },
        }
      : {}),
    ...(shippingFee !== undefined ? { shippingFee: money(shippingFee, currency) } : {}),
    attributes,
  };
}

/** The channel's own items total against the lines: a mismatch is reported, never "fixed". */
function checkSubtotal(
  mapping: CompiledMapping,
  scope: Scope,
  env: EvalEnv,
  report: Report,
  lines: readonly { quantity: number; unitPrice: { amount: number } }[],
): void {
  if (!mapping.linesSubtotal || lines.length === 0 || report.defaulted.has('lines')) return;
  const stated = read(report, mapping.linesSubtotal, scope, env, 'checks.linesSubtotal');
  if (stated === undefined) return;
  const sum = lines.reduce((total, line) => total + line.quantity * line.unitPrice.amount, 0);
  if (sum !== stated.value) {
    warn(
      report,
      stated.source ? where(stated.source) : '$',
      `the lines add up to ${describeMoney(sum, env.currency!)} but the channel states ${describeMoney(stated.value as number, env.currency!)} for the items`,
      'lines',
    );
  }
}
