import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { Locale } from '../i18n/locale';
import type { ResumeError } from './resume';
import { RESUME_WORDS } from './resume-words';
import type { RunState } from './run-state';

export const SEALED_STATE_FORMAT = 'orderflow/sealed-run-state';

/**
 * A waiting state signed with a host key (HMAC-SHA-256), for a host that hands states to a party it
 * does not trust. The state travels as the exact text that was signed, so no re-serialisation (a
 * database reordering keys) can break the signature. Pure and synchronous (@noble/hashes), so the
 * same code runs in Node, a browser and a worker; WebCrypto would make resume asynchronous.
 */
export interface SealedState {
  readonly format: typeof SEALED_STATE_FORMAT;
  readonly state: string;
  readonly mac: string;
}

/** The host's secret: at least 32 bytes (text is taken as UTF-8). */
export type SealKey = Uint8Array | string;

const sealedSchema = z.strictObject({
  format: z.literal(SEALED_STATE_FORMAT),
  state: z.string().max(10_000_000),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

function keyBytes(key: SealKey): Uint8Array {
  const bytes = typeof key === 'string' ? utf8ToBytes(key) : key;
  // A short key is a host's mistake, not a user's input: say so loudly, once, at the host.
  if (bytes.length < 32) throw new RangeError('a seal key must be at least 32 bytes');
  return bytes;
}

const macOf = (key: Uint8Array, text: string) => bytesToHex(hmac(sha256, key, utf8ToBytes(text)));

export function sealState(state: RunState, key: SealKey): SealedState {
  const text = JSON.stringify(state);
  return { format: SEALED_STATE_FORMAT, state: text, mac: macOf(keyBytes(key), text) };
}

/** The state inside a sealed envelope, if its signature holds; otherwise why not. Never throws for bad input. */
export function openState(
  sealed: unknown,
  key: SealKey,
  locale: Locale = 'en',
): { readonly ok: true; readonly state: unknown } | { readonly ok: false; readonly error: ResumeError } {
  const words = RESUME_WORDS[locale];
  const parsed = sealedSchema.safeParse(sealed);
  if (!parsed.success) return { ok: false, error: { code: 'not-sealed', message: words.notSealed(), path: [] } };
  const expected = macOf(keyBytes(key), parsed.data.state);
  if (!sameText(expected, parsed.data.mac))
    return { ok: false, error: { code: 'bad-seal', message: words.badSeal(), path: ['mac'] } };
  try {
    return { ok: true, state: JSON.parse(parsed.data.state) as unknown };
  } catch {
    // Signed by us yet not JSON cannot happen unless the key leaked; refuse it all the same.
    return { ok: false, error: { code: 'not-sealed', message: words.notSealed(), path: ['state'] } };
  }
}

/** Compares two hex strings of equal length in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
