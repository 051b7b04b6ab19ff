import type { CompiledMapping } from './compiled';
import type { OrderStatus } from './status-types';
import { where, type Scope } from './scope';
import { describeInputs, holds } from './when';

export type StatusOutcome =
  | { readonly ok: true; readonly status: OrderStatus; readonly partiallyRefunded: boolean }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** The canonical lifecycle status from the mapping's table: the first rule that holds wins. */
export function decideStatus(mapping: CompiledMapping, scope: Scope): StatusOutcome {
  const { rules, otherwise, partiallyRefunded } = mapping.status;
  const rule = rules.find((r) => holds(r.when, scope));
  const status = rule?.status ?? otherwise;
  if (!status) {
    return {
      ok: false,
      path: where(scope.record),
      message: `status: no rule of the status table holds for ${describeInputs(
        rules.map((r) => r.when),
        scope,
      )}; add a rule (or "otherwise") to the mapping`,
    };
  }
  return { ok: true, status, partiallyRefunded: partiallyRefunded.some((when) => holds(when, scope)) };
}
