import type { Problem } from '../../runtime/index';
import { formatProblemPath } from '../../runtime/index';

/** A message pinned to a line of the JSON text (1-based). */
export interface JsonMarker {
  readonly line: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Our validation problems as editor markers; a problem without a line is shown on line 1. */
export function problemsToMarkers(problems: readonly Problem[]): JsonMarker[] {
  return problems.map((p) => ({
    line: p.line ?? 1,
    severity: p.severity,
    message: `${p.message}${p.path.length > 0 ? ` — ${formatProblemPath(p.path)}` : ''} [${p.code}]`,
  }));
}
