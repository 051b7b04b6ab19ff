import { customerKeys } from '../customer/customer-key';
import type { CompiledMapping } from './compiled';
import type { EvalEnv } from './evaluate-field';
import { problem, read, type Report } from './report';
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
  const buyer = read(report, c.buyerId, scope, env, 'customer.id');
  const email = read(report, c.email, scope, env, 'customer.email');
  const phone = read(report, c.phone, scope, env, 'customer.phone');
  // Contacts only feed the hash; keep them out of provenance so nothing points at them as order fields.
  report.provenance.delete('customer.email');
  report.provenance.delete('customer.phone');
  const keys = customerKeys({
    namespace: c.namespace,
    ...(typeof buyer?.value === 'string' && !buyer.masked ? { buyerId: buyer.value } : {}),
    ...(typeof email?.value === 'string' ? { email: email.value } : {}),
    ...(typeof phone?.value === 'string' ? { phone: phone.value } : {}),
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
