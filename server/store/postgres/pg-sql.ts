/** Small translations so the SQL written for SQLite's dialect in ../sqlite/columns.ts serves PostgreSQL too. */
import * as c from '../sqlite/columns';

/** PostgreSQL folds unquoted names to lower case: `AS passwordHash` must become `AS "passwordHash"`. */
export const quoteAliases = (columns: string): string => columns.replace(/ AS (\w+)/g, ' AS "$1"');

/** `?` placeholders (SQLite) → `$1, $2, …` (PostgreSQL). No SQL here has a literal `?`. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A statement written with `@name` placeholders, as `$n` text plus a binder that reads a row object. */
export interface Named {
  readonly text: string;
  values(row: object): unknown[];
}

export function named(sql: string): Named {
  const names: string[] = [];
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return `$${i + 1}`;
  });
  return {
    text,
    values: (row) =>
      names.map((name) => {
        const value = (row as Record<string, unknown>)[name];
        if (value === undefined) throw new Error(`no value for @${name} in: ${text.slice(0, 80)}`);
        return value;
      }),
  };
}

export const USER = quoteAliases(c.USER_COLUMNS);
export const SESSION = quoteAliases(c.SESSION_COLUMNS);
export const TOKEN = quoteAliases(c.TOKEN_COLUMNS);
export const FLOW = quoteAliases(c.FLOW_COLUMNS);
export const VERSION = quoteAliases(c.VERSION_COLUMNS);
export const LIVE = quoteAliases(c.LIVE_COLUMNS);
export const REQUEST = quoteAliases(c.REQUEST_COLUMNS);
export const ORDER = quoteAliases(c.ORDER_COLUMNS);
export const RUN = quoteAliases(c.RUN_COLUMNS);
export const WAIT = quoteAliases(c.WAIT_COLUMNS);
export const IDEMPOTENCY = quoteAliases(c.IDEMPOTENCY_COLUMNS);
export const AUDIT = quoteAliases(c.AUDIT_COLUMNS);
export const OUTBOX = quoteAliases(c.OUTBOX_COLUMNS);
export const WEBHOOK = quoteAliases(c.WEBHOOK_COLUMNS);
export const ROLLOUT = quoteAliases(c.ROLLOUT_COLUMNS);
export const ROLLOUT_DIFF = quoteAliases(c.ROLLOUT_DIFF_COLUMNS);
/**
 * c.ROLLOUT_SUMS in PostgreSQL's types: sum(BIGINT) is NUMERIC (read back as text), so sums are cast to
 * BIGINT like SQLite's 64-bit integers, and a square is taken in BIGINT before it can overflow INTEGER.
 */
export const ROLLOUT_SUMS = `arm, currency, cost_currency AS "costCurrency", count(*) AS orders, sum(error)::bigint AS errors,
  sum(review)::bigint AS reviews, sum(remote)::bigint AS remote, sum(remote_served)::bigint AS "remoteServed",
  sum(discount)::bigint AS "discountSum", sum(discount * discount)::bigint AS "discountSq", sum(routed)::bigint AS routed,
  sum(cost)::bigint AS "costSum", sum(cost * cost)::bigint AS "costSq", sum(captured_effects)::bigint AS "capturedEffects"`;
