import { compileFlow, type Plan, parseCasesFile, runCases } from '../../runtime/index';
import type { RunContext } from '../../runtime/index';
import { coreRegistry } from '../../nodes/index';
import type { World } from './world';

export interface CheckProblem {
  readonly path: string;
  readonly message: string;
}

export type CheckResult =
  | { readonly ok: true; readonly plan: Plan; readonly casesRun: number }
  | { readonly ok: false; readonly problems: readonly CheckProblem[] };

/**
 * What publishing requires: the flow validates and compiles, and every one of its test cases passes
 * (the runner `orderflow test` uses). Cases naming a context file are given the server's world file.
 */
export function checkFlow(flowJson: string, casesJson: string | null, world: World): CheckResult {
  const compiled = compileFlow(flowJson, coreRegistry);
  if (!compiled.ok) {
    const errors = compiled.problems.filter((p) => p.severity === 'error');
    return { ok: false, problems: errors.map((p) => ({ path: ['flow', ...p.path].join('.'), message: p.message })) };
  }
  if (casesJson === null) return { ok: true, plan: compiled.plan, casesRun: 0 };
  const file = parseCasesFile(JSON.parse(casesJson));
  if (!file.ok) return { ok: false, problems: file.problems.map((p) => ({ path: 'cases', message: p })) };
  const contexts: Record<string, RunContext> = {};
  for (const c of file.file.cases) if (typeof c.context === 'string') contexts[c.context] = world.context;
  const report = runCases(compiled.plan, file.file.cases, world.context, { contexts });
  const problems = report.results.flatMap((r, i) =>
    r.passed
      ? []
      : r.error
        ? [{ path: `cases.${i}`, message: `${r.name}: ${r.error}` }]
        : r.mismatches.map((m) => ({ path: `cases.${i}`, message: `${r.name}: ${m.message}` })),
  );
  return problems.length ? { ok: false, problems } : { ok: true, plan: compiled.plan, casesRun: report.results.length };
}
