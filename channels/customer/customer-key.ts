import { isMasked } from '../masks';
import { callingCodeOf, normalizePhone } from './phone';
import { sha256Hex } from './sha256';

export interface CustomerKeyInput {
  /** Namespace for channel-scoped ids ("douyin", or "woocommerce-mystore" for a store-local id space). */
  readonly namespace: string;
  readonly buyerId?: string;
  readonly email?: string;
  readonly phone?: string;
  /** Country calling code for local phone numbers; else taken from the shipping country. */
  readonly callingCode?: string;
  readonly country?: string;
  /** E-mail domains that relay to the buyer (Amazon, TikTok): stable per channel, useless across channels. */
  readonly relayEmailDomains: readonly string[];
  /** Secret mixed into every hash by the host; without it a phone hash can be reversed by trying all numbers. */
  readonly salt?: string;
}

export interface CustomerKeys {
  /** The best key: email hash, else phone hash, else the namespaced buyer id, else a relay-email hash. */
  readonly best?: string;
  readonly all: readonly string[];
  readonly masked: readonly ('email' | 'phone')[];
}

const hash = (kind: string, value: string, salt = '') => sha256Hex(`${salt}\u0000${kind}\u0000${value}`).slice(0, 32);

/**
 * Keys that link one buyer across channels. The order of preference is the same on every channel, so
 * two channels that both know a buyer's e-mail agree on customer.id. Only hashes leave this function.
 */
export function customerKeys(input: CustomerKeyInput): CustomerKeys {
  const keys: string[] = [];
  const masked: ('email' | 'phone')[] = [];
  let relay: string | undefined;
  const email = input.email?.trim().toLowerCase();
  if (email && isMasked(email)) masked.push('email');
  else if (email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    const domain = email.slice(email.indexOf('@') + 1);
    if (input.relayEmailDomains.some((d) => domain === d || domain.endsWith(`.${d}`)))
      relay = `${input.namespace}:relay:${hash('email', email, input.salt)}`;
    else keys.push(`email:${hash('email', email, input.salt)}`);
  }
  if (input.phone && isMasked(input.phone)) masked.push('phone');
  else if (input.phone) {
    const e164 = normalizePhone(input.phone, input.callingCode ?? callingCodeOf(input.country));
    if (e164) keys.push(`phone:${hash('phone', e164, input.salt)}`);
  }
  if (input.buyerId) keys.push(`${input.namespace}:${input.buyerId}`);
  if (relay) keys.push(relay);
  return { ...(keys[0] ? { best: keys[0] } : {}), all: keys, masked };
}
