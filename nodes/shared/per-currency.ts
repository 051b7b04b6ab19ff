import type { NodeResult } from '../../runtime/node/index';

/** Currencies remembered per node and language; more (only unchecked orders could bring them) are built each time. */
const KEPT = 64;

/**
 * A result that depends only on the order's currency (a wrong-currency skip), built once per
 * currency and shared by the runs that follow: most of these runs are untraced and never read the
 * note, so formatting it on every run was waste. Frozen, as runs share it.
 */
export function perCurrency(build: (currency: string) => NodeResult): (currency: string) => NodeResult {
  const built = new Map<string, NodeResult>();
  return (currency) => {
    let result = built.get(currency);
    if (result === undefined) {
      result = Object.freeze(build(currency));
      if (built.size < KEPT) built.set(currency, result);
    }
    return result;
  };
}
