/**
 * Masked or encrypted values: kept exactly as the channel sent them and flagged, never guessed.
 * The patterns are the ones the channels document; a mapping marks any other field `"masked": true`.
 */
const PATTERNS: readonly RegExp[] = [
  /^##[\s\S]*##$/, // Douyin encrypted text (receiver, address detail)
  /^\$\$[\s\S]*\$\$$/, // Douyin encrypted phone
  /^~[\s\S]*~$/, // Douyin/Taobao search-index ciphertext
  /^#[A-Za-z0-9+/=]{16,}$/, // Douyin open_address_id style ciphertext
  /^AAS\/[A-Za-z0-9+/=]+$/, // JD encrypted consignee fields
  /\*{2,}|\d\*+\d|^\*|\*$/, // star masks: 136*******5, (+1)213-***-1234, 张*
];
/** The patterns as one alternation: one regex run per value instead of six. */
const ANY_PATTERN = new RegExp(PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'));

/** True when text looks masked or encrypted, or when the field name says it is (`encrypt_*`). */
export function isMasked(value: unknown, fieldName?: string | number): boolean {
  if (typeof fieldName === 'string' && /^encrypt_|_encrypt(ed)?$/i.test(fieldName)) return true;
  if (typeof value !== 'string') return false;
  return ANY_PATTERN.test(value);
}
