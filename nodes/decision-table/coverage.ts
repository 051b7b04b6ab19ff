import type { ResolvedInput } from './columns';
import { contains, intersect, OTHER_TEXT, witness, type CellTest } from './tests';

/*
 * Overlaps (two rows one input can match) and gaps (inputs no row matches), decided on the parsed
 * cells as sets, never by sampling: each column's values are cut at every bound the rows mention,
 * so one example per piece stands for the whole piece.
 */

export interface RowTests {
  readonly number: number;
  readonly tests: readonly CellTest[];
}

/** An example input: a value per column, null where any value will do. */
export type Example = readonly (number | string | null)[];

export function findOverlaps(
  rows: readonly RowTests[],
  inputs: readonly ResolvedInput[],
): { a: number; b: number; example: Example }[] {
  const found: { a: number; b: number; example: Example }[] = [];
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const example: (number | string | null)[] = [];
      let overlap = true;
      for (let c = 0; c < inputs.length && overlap; c++) {
        const x = rows[i]!.tests[c]!;
        const y = rows[j]!.tests[c]!;
        const both = intersect(x, y);
        if (both === null) overlap = false;
        else example.push(x.kind === 'any' && y.kind === 'any' ? null : witness(both, inputs[c]!.known));
      }
      if (overlap) found.push({ a: rows[i]!.number, b: rows[j]!.number, example });
    }
  return found;
}

/** One example value for each piece of a column's values that the rows treat alike. */
export function pieces(tests: readonly CellTest[], input: ResolvedInput): (number | string)[] {
  if (tests.every((t) => t.kind === 'any')) return [witness({ kind: 'any' }, input.known)];
  if (input.type === 'string' || input.type === 'boolean') {
    const named = new Set<string>(input.known);
    for (const t of tests) if (t.kind === 'set') for (const v of t.values) named.add(v);
    const out = [...named];
    if (input.known.length === 0 || out.length > input.known.length) out.push(OTHER_TEXT);
    return out;
  }
  const points = new Set<number>();
  for (const t of tests)
    if (t.kind === 'ranges')
      for (const r of t.ranges) {
        if (Number.isFinite(r.lo)) points.add(r.lo);
        if (Number.isFinite(r.hi)) points.add(r.hi);
      }
  const sorted = [...points].sort((a, b) => a - b);
  const step = input.integer ? 1 : 0;
  const out: number[] = [];
  const first = sorted[0]!;
  out.push(first - 1);
  sorted.forEach((p, i) => {
    out.push(p);
    const next = sorted[i + 1];
    if (next === undefined) out.push(p + 1);
    else if (next - p > step) out.push(input.integer ? p + 1 : (p + next) / 2);
  });
  // Amounts, counts and rates are never negative: a gap below zero is no gap (dates are exempt).
  return input.type === 'datetime' ? out : out.filter((v) => v >= 0 || sorted.some((p) => p < 0));
}

const MAX_COMBINATIONS = 20_000;

export function findGaps(
  rows: readonly RowTests[],
  inputs: readonly ResolvedInput[],
): { examples: Example[]; count: number; tooMany?: number } {
  const perColumn = inputs.map((input, c) =>
    pieces(
      rows.map((r) => r.tests[c]!),
      input,
    ),
  );
  const total = perColumn.reduce((n, p) => n * p.length, 1);
  if (total > MAX_COMBINATIONS) return { examples: [], count: 0, tooMany: total };
  const fixed = inputs.map((_, c) => rows.some((r) => r.tests[c]!.kind !== 'any'));
  const examples: Example[] = [];
  let count = 0;
  const at = perColumn.map(() => 0);
  for (let n = 0; n < total; n++) {
    const values = at.map((k, c) => perColumn[c]![k]!);
    if (!rows.some((row) => row.tests.every((test, c) => contains(test, values[c]!)))) {
      count++;
      if (examples.length < 3) examples.push(values.map((v, c) => (fixed[c] ? v : null)));
    }
    for (let c = 0; c < at.length; c++) {
      if (++at[c]! < perColumn[c]!.length) break;
      at[c] = 0;
    }
  }
  return { examples, count };
}
