import type { z } from 'zod';
import type { Problem, ProblemCode } from './problem';

/** Turns zod issues into problems rooted at `base` (the JSON path of the validated value). */
export function zodProblems(
  error: z.ZodError,
  base: readonly (string | number)[],
  extra: { code?: ProblemCode; nodeId?: string; edgeId?: string; what?: string } = {},
): Problem[] {
  return error.issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = issue.path.length ? issue.path.join('.') : extra.what ?? 'value';
    // zod words a missing field as a type error; people think of it as "missing".
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    const message = missing ? `missing (expected ${issue.expected})` : issue.message;
    return {
      code: extra.code ?? 'schema',
      severity: 'error' as const,
      message: `${field}: ${message}`,
      path,
      ...(extra.nodeId ? { nodeId: extra.nodeId } : {}),
      ...(extra.edgeId ? { edgeId: extra.edgeId } : {}),
    };
  });
}
