import { createHash, randomBytes } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every level: equal content, equal text, equal hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}

export const contentHash = (value: unknown): string => sha256(canonicalJson(value));

let sequence = 0;
let random = Buffer.alloc(0);
let randomAt = 0;

/**
 * Ids with a readable prefix (run_…, wait_…): 32 hex digits, the wall-clock millisecond and a counter
 * first, then 64 random bits. Ids made one after another sort together, so the database's id indexes
 * grow at their end instead of touching a random page per insert (about a fifth of a commit's cost
 * with random UUIDs); the random part keeps them unguessable and unique across processes.
 */
export function newId(prefix: string): string {
  if (randomAt + 8 > random.length) {
    random = randomBytes(4096); // one call to the CSPRNG per 512 ids
    randomAt = 0;
  }
  const tail = random.toString('hex', randomAt, randomAt + 8);
  randomAt += 8;
  sequence = (sequence + 1) & 0xffff;
  return `${prefix}_${Date.now().toString(16).padStart(12, '0')}${sequence.toString(16).padStart(4, '0')}${tail}`;
}
