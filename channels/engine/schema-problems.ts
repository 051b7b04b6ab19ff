import type { z } from 'zod';
import { sourceOf, type Report } from './report';
import { where, type Located } from './scope';

function canonicalPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/**
 * Turns the canonical schema's complaints into channel problems that point at the payload field the
 * value came from (walking up to the nearest field the mapping filled).
 */
export function schemaProblems(error: z.ZodError, report: Report): void {
  for (const issue of error.issues) {
    const field = canonicalPath(issue.path);
    let source: Located | undefined;
    for (let depth = issue.path.length; depth > 0 && source === undefined; depth--)
      source = sourceOf(report, canonicalPath(issue.path.slice(0, depth)));
    report.problems.push({
      channel: report.channel,
      path: source ? where(source) : '$',
      message: `${field || 'order'}: ${issue.message}`,
      field: field || 'order',
    });
  }
}
