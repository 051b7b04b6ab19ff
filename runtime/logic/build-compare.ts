import { dynamic, UNDEFINED_PIECE, type Builder, type Eval, type PathRead, type Piece } from './piece';

/*
 * Comparisons with json-logic-js semantics: loose `==` / `!=`, and JavaScript's coercing `<`, `>`.
 * The `as N` casts only quiet TypeScript; the operators still coerce exactly as in JavaScript.
 * Each operator and shape gets its own closure (rather than one closure calling an operator
 * function) so the hot path is a direct comparison, with a constant side inlined.
 */
type N = number;

export type CompareOperator = '==' | '===' | '!=' | '!==' | '>' | '>=' | '<' | '<=';

export function buildCompare(op: CompareOperator): Builder {
  return (args) => {
    if ((op === '<' || op === '<=') && args.length >= 3) return buildBetween(op, args);
    const a = args[0] ?? UNDEFINED_PIECE;
    const b = args[1] ?? UNDEFINED_PIECE;
    if (b.constant) return a.read !== undefined ? readAgainstConstant(op, a.read, b.value) : dynamic(againstConstant(op, a.run, b.value));
    if (a.constant) return dynamic(constantAgainst(op, a.value, b.run));
    return dynamic(bothEvaluated(op, a.run, b.run));
  };
}

function againstConstant(op: CompareOperator, l: Eval, r: unknown): Eval {
  switch (op) {
    case '==': return (d, g) => l(d, g) == r;
    case '===': return (d, g) => l(d, g) === r;
    case '!=': return (d, g) => l(d, g) != r;
    case '!==': return (d, g) => l(d, g) !== r;
    case '>': return (d, g) => (l(d, g) as N) > (r as N);
    case '>=': return (d, g) => (l(d, g) as N) >= (r as N);
    case '<': return (d, g) => (l(d, g) as N) < (r as N);
    case '<=': return (d, g) => (l(d, g) as N) <= (r as N);
  }
}

/**
 * A field against a constant (`{">=": [{"var": "totals.subtotal.amount"}, 50000]}`, the usual shape):
 * the field is read here, without the `var` closure in between. Marked when it is equality with a
 * text, so `if` can dispatch on it.
 */
function readAgainstConstant(op: CompareOperator, read: PathRead, r: unknown): Piece {
  const piece = dynamic(fieldAgainst(op, read.at, read.notFound, r));
  return (op === '==' || op === '===') && typeof r === 'string' ? { ...piece, equals: { read, value: r } } : piece;
}

function fieldAgainst(op: CompareOperator, at: (data: unknown) => unknown, nf: unknown, r: unknown): Eval {
  switch (op) {
    case '==': return (d) => { const v = at(d); return (v === undefined ? nf : v) == r; };
    case '===': return (d) => { const v = at(d); return (v === undefined ? nf : v) === r; };
    case '!=': return (d) => { const v = at(d); return (v === undefined ? nf : v) != r; };
    case '!==': return (d) => { const v = at(d); return (v === undefined ? nf : v) !== r; };
    case '>': return (d) => { const v = at(d); return ((v === undefined ? nf : v) as N) > (r as N); };
    case '>=': return (d) => { const v = at(d); return ((v === undefined ? nf : v) as N) >= (r as N); };
    case '<': return (d) => { const v = at(d); return ((v === undefined ? nf : v) as N) < (r as N); };
    case '<=': return (d) => { const v = at(d); return ((v === undefined ? nf : v) as N) <= (r as N); };
  }
}

function constantAgainst(op: CompareOperator, l: unknown, r: Eval): Eval {
  switch (op) {
    case '==': return (d, g) => l == r(d, g);
    case '===': return (d, g) => l === r(d, g);
    case '!=': return (d, g) => l != r(d, g);
    case '!==': return (d, g) => l !== r(d, g);
    case '>': return (d, g) => (l as N) > (r(d, g) as N);
    case '>=': return (d, g) => (l as N) >= (r(d, g) as N);
    case '<': return (d, g) => (l as N) < (r(d, g) as N);
    case '<=': return (d, g) => (l as N) <= (r(d, g) as N);
  }
}

function bothEvaluated(op: CompareOperator, l: Eval, r: Eval): Eval {
  switch (op) {
    case '==': return (d, g) => l(d, g) == r(d, g);
    case '===': return (d, g) => l(d, g) === r(d, g);
    case '!=': return (d, g) => l(d, g) != r(d, g);
    case '!==': return (d, g) => l(d, g) !== r(d, g);
    case '>': return (d, g) => (l(d, g) as N) > (r(d, g) as N);
    case '>=': return (d, g) => (l(d, g) as N) >= (r(d, g) as N);
    case '<': return (d, g) => (l(d, g) as N) < (r(d, g) as N);
    case '<=': return (d, g) => (l(d, g) as N) <= (r(d, g) as N);
  }
}

/**
 * `{"<": [a, b, c]}` is "a < b < c". As in json-logic-js, a third argument that evaluates to
 * undefined makes it a plain two-argument comparison.
 */
function buildBetween(op: '<' | '<=', args: readonly Piece[]): Piece {
  const [a, b, c] = args as readonly [Piece, Piece, Piece];
  const mid = b.run;
  // The usual shape: constant bounds around one value.
  if (a.constant && c.constant && c.value !== undefined) {
    const lo = a.value as N;
    const hi = c.value as N;
    return dynamic(
      op === '<'
        ? (d, g) => {
            const y = mid(d, g) as N;
            return lo < y && y < hi;
          }
        : (d, g) => {
            const y = mid(d, g) as N;
            return lo <= y && y <= hi;
          },
    );
  }
  const low = a.run;
  const high = c.run;
  return dynamic(
    op === '<'
      ? (d, g) => {
          const x = low(d, g) as N;
          const y = mid(d, g) as N;
          const z = high(d, g) as N | undefined;
          return z === undefined ? x < y : x < y && y < z;
        }
      : (d, g) => {
          const x = low(d, g) as N;
          const y = mid(d, g) as N;
          const z = high(d, g) as N | undefined;
          return z === undefined ? x <= y : x <= y && y <= z;
        },
  );
}
