/** Machine-readable problem codes; messages are for people, codes are for tools and tests. */
export type ProblemCode =
  | 'not-json'
  | 'not-object'
  | 'unsupported-format'
  | 'schema'
  | 'forbidden-key'
  | 'too-large'
  | 'too-deep'
  | 'duplicate-id'
  | 'unknown-node-type'
  | 'invalid-config'
  | 'table-overlap'
  | 'table-gap'
  | 'unknown-config-key'
  | 'checks-skipped'
  | 'no-trigger'
  | 'multiple-triggers'
  | 'edge-missing-node'
  | 'edge-unknown-port'
  | 'edge-into-trigger'
  | 'port-multiple-edges'
  | 'required-port-unconnected'
  | 'cycle'
  | 'unreachable-node'
  | 'logic-unknown-operator'
  | 'logic-invalid'
  | 'logic-limit'
  | 'logic-unknown-var'
  | 'money-currency-unpinned'
  | 'invalid-order'
  | 'invalid-context';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** JSON path from the document root, e.g. ["nodes", 3, "config", "percent"]. */
  readonly path: readonly (string | number)[];
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** 1-based line in the source text, when the problem came from text. */
  readonly line?: number;
}

export function formatProblemPath(path: readonly (string | number)[]): string {
  let out = '$';
  for (const part of path)
    out +=
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(part)
          ? `.${part}`
          : `[${JSON.stringify(part)}]`;
  return out;
}

export function formatProblem(problem: Problem): string {
  const where = [
    problem.nodeId && `node ${problem.nodeId}`,
    problem.edgeId && `edge ${problem.edgeId}`,
    formatProblemPath(problem.path),
    problem.line && `line ${problem.line}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${problem.severity}: ${problem.message} (${where}) [${problem.code}]`;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
