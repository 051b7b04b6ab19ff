import type { ChannelProblem } from '../problem';
import type { CompiledField } from './compiled';
import { evaluateField, missingMessage, type EvalEnv, type Found } from './evaluate-field';
import type { Located, Scope } from './scope';

/** What one record's normalization has learnt so far: problems, warnings and what to flag. */
export interface Report {
  readonly channel: string;
  readonly problems: ChannelProblem[];
  readonly warnings: ChannelProblem[];
  readonly masked: Set<string>;
  readonly defaulted: Set<string>;
  /** Canonical path → where its value came from, to point schema failures back at the payload. */
  readonly provenance: Map<string, Located | undefined>;
}

export function newReport(channel: string): Report {
  return { channel, problems: [], warnings: [], masked: new Set(), defaulted: new Set(), provenance: new Map() };
}

export function problem(report: Report, path: string, message: string, field?: string): void {
  report.problems.push({ channel: report.channel, path, message, ...(field ? { field } : {}) });
}

export function warn(report: Report, path: string, message: string, field?: string): void {
  report.warnings.push({ channel: report.channel, path, message, ...(field ? { field } : {}) });
}

/**
 * Reads a field into the report. `as` is the canonical path it fills (lines[2].sku). A required field
 * that is missing, and any value that cannot be converted, become problems — never a silent blank.
 */
export function read(
  report: Report,
  field: CompiledField | undefined,
  scope: Scope,
  env: EvalEnv,
  as: string,
  required = false,
): Found | undefined {
  if (!field) return undefined;
  const outcome = evaluateField(field, scope, env, as);
  if (!outcome.ok) {
    problem(report, outcome.path, outcome.message, as);
    return undefined;
  }
  const found = outcome.found;
  if (!found) {
    if (required) {
      const missing = missingMessage(field, scope, as);
      problem(report, missing.path, missing.message, as);
    }
    return undefined;
  }
  if (found.masked) report.masked.add(as);
  if (found.defaulted) report.defaulted.add(as);
  report.provenance.set(as, found.source);
  return found;
}
