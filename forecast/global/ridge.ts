/**
 * Closed-form weighted ridge regression: w = (XᵀWX + λ·D)⁻¹ XᵀWy, where W holds the rows' weights (1
 * each when none are given) and D is the identity except that the intercept (column 0) is not shrunk. Solved by Gaussian elimination with partial pivoting: a handful
 * of features, so no library is needed and the result is the same in Node and in the browser.
 */
export function ridge(
  rows: readonly (readonly number[])[],
  targets: readonly number[],
  lambda: number,
  weights?: readonly number[],
): number[] {
  if (rows.length === 0) throw new Error('ridge: no rows to fit');
  const p = rows[0]!.length;
  const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  rows.forEach((x, r) => {
    const y = targets[r]!;
    const weight = weights?.[r] ?? 1;
    for (let i = 0; i < p; i++) {
      const xi = x[i]! * weight;
      if (xi === 0) continue;
      const row = a[i]!;
      for (let j = 0; j < p; j++) row[j]! += xi * x[j]!;
      row[p]! += xi * y;
    }
  });
  for (let i = 1; i < p; i++) a[i]![i]! += lambda;
  return solve(a);
}

/** Solves the augmented system [A | b] in place; a singular column gets coefficient 0. */
export function solve(a: number[][]): number[] {
  const p = a.length;
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const head = a[c]!;
    if (Math.abs(head[c]!) < 1e-12) continue;
    for (let r = c + 1; r < p; r++) {
      const row = a[r]!;
      const f = row[c]! / head[c]!;
      if (f === 0) continue;
      for (let j = c; j <= p; j++) row[j]! -= f * head[j]!;
    }
  }
  const w = new Array<number>(p).fill(0);
  for (let c = p - 1; c >= 0; c--) {
    const row = a[c]!;
    if (Math.abs(row[c]!) < 1e-12) continue;
    let s = row[p]!;
    for (let j = c + 1; j < p; j++) s -= row[j]! * w[j]!;
    w[c] = s / row[c]!;
  }
  return w;
}
