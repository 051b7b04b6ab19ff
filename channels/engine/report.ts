import type { ChannelProblem } from '../problem';
import type { CompiledField } from './compiled';
import { evaluateField, missingMessage, type EvalEnv, type Found } from './evaluate-field';
import { SLOW } from './fast-field';
import type { Located, Scope } from './scope';

/**
 * Where a fast read's value came from, worked out only if a refused order asks (schema-problems.ts): the
 * evaluator reads the field again in the same scope and gives the same hit.
 */
export class DeferredSource {
  constructor(
    private readonly field: CompiledField,
    private readonly scope: Scope,
    private readonly env: EvalEnv,
  ) {}

  located(): Located | undefined {
    const outcome = evaluateField(this.field, this.scope, this.env);
    return outcome.ok ? outcome.found?.source : undefined;
  }
}

/** What one record's normalization has learnt so far: problems, warnings and what to flag. */
export interface Report {
  readonly channel: string;
  readonly problems: ChannelProblem[];
  readonly warnings: ChannelProblem[];
  readonly masked: Set<string>;
  readonly defaulted: Set<string>;
  /** Canonical path → where its value came from, to point schema failures back at the payload. */
  readonly provenance: Map<string, Located | DeferredSource | undefined>;
  /** Read fields through their compiled fast path (false: the reference evaluator only, for comparisons). */
  readonly fastReads: boolean;
}

export function newReport(channel: string, fastReads = true): Report {
  return {
    channel,
    problems: [],
    warnings: [],
    masked: new Set(),
    defaulted: new Set(),
    provenance: new Map(),
    fastReads,
  };
}

/** Where the value of canonical field `as` came from, if it came from the payload. */
export function sourceOf(report: Report, as: string): Located | undefined {
  const source = report.provenance.get(as);
  return source instanceof DeferredSource ? source.located() : source;
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

/**
 * A field's value read into the report, as `read(...)?.value`, through the field's compiled fast path when it
 * can; anything else (a problem, a mask, a default) goes through `read`, so the report is the same.
 */
export function readValue(
  report: Report,
  field: CompiledField | undefined,
  scope: Scope,
  env: EvalEnv,
  as: string,
  required = false,
): unknown {
  if (!field) return undefined;
  const value = report.fastReads && field.fastRead ? field.fastRead(scope, env) : SLOW;
  if (value === SLOW) return read(report, field, scope, env, as, required)?.value;
  if (value === undefined) {
    if (required) {
      const missing = missingMessage(field, scope, as);
      problem(report, missing.path, missing.message, as);
    }
    return undefined;
  }
  // Constants have no source (evaluateField gives none); payload values point back lazily.
  report.provenance.set(as, field.constant ? undefined : new DeferredSource(field, scope, env));
  return value;
}
