import { formatProblemPath, type Problem } from '../../runtime/index';

/** `file:line: error: message [code] (node X, $.path)`, the shape editors and CI annotate from. */
export function formatFileProblem(file: string, problem: Problem, column?: number): string {
  const place =
    problem.line === undefined
      ? file
      : column === undefined
        ? `${file}:${problem.line}`
        : `${file}:${problem.line}:${column}`;
  const where = [
    problem.nodeId && `node ${problem.nodeId}`,
    problem.edgeId && `edge ${problem.edgeId}`,
    problem.path.length > 0 && formatProblemPath(problem.path),
  ]
    .filter(Boolean)
    .join(', ');
  return `${place}: ${problem.severity}: ${problem.message} [${problem.code}]${where ? ` (${where})` : ''}`;
}
