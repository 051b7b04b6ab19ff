import type { Plan, NodeRegistry, RunContext } from '../../runtime/index';
import { checkTableReferences, formatProblem } from '../../runtime/index';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { loadFlow } from '../io/read-flow';

/** Loads the flow for run/simulate: problems go to stderr; errors end the command with exit 1. */
export async function flowOrExit(io: CliIo, path: string, registry: NodeRegistry): Promise<Plan> {
  const loaded = await loadFlow(io.cwd, path, registry);
  for (const message of loaded.messages) io.stderr.write(`${message}\n`);
  if (!loaded.plan)
    throw new CliError(`${path} has errors; fix them first (orderflow validate ${path})`, EXIT.problems);
  return loaded.plan;
}

/** `--decide approve-1=approved` → { "approve-1": "approved" }, checked against the flow's nodes and ports. */
export function parseDecisions(plan: Plan, values: readonly string[]): Record<string, string> {
  const decisions: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const nodeId = value.slice(0, at);
    const port = value.slice(at + 1);
    if (at <= 0 || port === '')
      throw new CliError(`--decide "${value}": expected node=port, e.g. --decide finance-approval=approved`);
    const node = plan.nodes.get(nodeId);
    if (!node) throw new CliError(`--decide "${value}": flow ${plan.flowId} has no node "${nodeId}"`);
    if (!node.ports.has(port))
      throw new CliError(
        `--decide "${value}": ${nodeId} has no port "${port}" (its ports: ${[...node.ports].join(', ')})`,
      );
    Object.defineProperty(decisions, nodeId, { value: port, enumerable: true, writable: true, configurable: true });
  }
  return decisions;
}

/** The lookup tables the flow reads must be in the context (and hold the values it expects); else exit 1. */
export function tablesOrExit(io: CliIo, flowPath: string, plan: Plan, context: RunContext): void {
  const problems = checkTableReferences(plan.flow, context);
  for (const problem of problems) io.stderr.write(`${flowPath}: ${formatProblem(problem)}\n`);
  if (problems.length > 0)
    throw new CliError(`${flowPath} reads lookup tables the context does not provide`, EXIT.problems);
}
