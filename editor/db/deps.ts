import type { OrderflowDb } from './db';

/** What repository functions need from the outside world; injected so tests control time and ids. */
export interface RepoDeps {
  readonly db: OrderflowDb;
  /** ISO 8601 timestamp of "now". Never read the clock anywhere else in repository logic. */
  readonly now: () => string;
  /** A fresh flow id matching the flow format's id rule. */
  readonly newId: () => string;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** "flow-k3j9x0q2ab": short, URL- and filename-safe, valid as a flow id. */
export function randomFlowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let out = 'flow-';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** Picks `preferred` unless a flow already has it, so an import or undo never overwrites a flow. */
export async function freeFlowId(deps: RepoDeps, preferred: string | undefined): Promise<string> {
  if (preferred && !(await deps.db.flows.get(preferred))) return preferred;
  return deps.newId();
}
