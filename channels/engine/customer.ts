import { customerKeys } from '../customer/customer-key';
import type { CompiledMapping } from './compiled';
import type { EvalEnv } from './evaluate-field';
import { problem, read, readValue, type Report } from './report';
import { where, type Scope } from './scope';

export interface CustomerPart {
  readonly id?: string;
  readonly keys: readonly string[];
}

/**
 * customer.id is the best cross-channel key (e-mail hash, else phone hash, else the namespaced buyer
 * id); the others go to attributes.customerKeys. Masked contacts are flagged and never keyed.
 */
export function buildCustomer(
  mapping: CompiledMapping,
  scope: Scope,
  env: EvalEnv,
  report: Report,
  country: string | undefined,
  salt: string | undefined,
): CustomerPart {
  const c = mapping.customer;
  const buyer = readValue(report, c.buyerId, scope, env, 'customer.id');
  // A masked buyer id is flagged by the read (nothing else has said customer.id yet) and gives no key.
  const buyerMasked = report.masked.has('customer.id');
  const email = readValue(report, c.email, scope, env, 'customer.email');
  const phone = readValue(report, c.phone, scope, env, 'customer.phone');
  // Contacts only feed the hash; keep them out of provenance so nothing points at them as order fields.
  report.provenance.delete('customer.email');
  report.provenance.delete('customer.phone');
  const keys = customerKeys({
    namespace: c.namespace,
    ...(typeof buyer === 'string' && !buyerMasked ? { buyerId: buyer } : {}),
    ...(typeof email === 'string' ? { email } : {}),
    ...(typeof phone === 'string' ? { phone } : {}),
    ...(c.callingCode ? { callingCode: c.callingCode } : {}),
    ...(country ? { country } : {}),
    relayEmailDomains: c.relayEmailDomains,
    ...(salt !== undefined ? { salt } : {}),
  });
  for (const kind of keys.masked) report.masked.add(`customer.${kind}`);
  if (keys.best) return { id: keys.best, keys: keys.all };
  const fallback = read(report, c.fallbackId, scope, env, 'customer.id');
  if (typeof fallback?.value === 'string') {
    report.defaulted.add('customer.id');
    return { id: fallback.value, keys: keys.all };
  }
  problem(
    report,
    where(scope.record),
    'customer.id: the payload names no buyer (no e-mail, phone or buyer id) and the mapping declares no customer.fallbackId',
    'customer.id',
  );
  return { keys: keys.all };
}
