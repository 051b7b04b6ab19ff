import { instantOf, less, lessOrEqual } from './instants';
import { dynamic, UNDEFINED_PIECE, type Builder, type Eval, type PathRead, type Piece } from './piece';

/*
 * Comparisons with json-logic-js semantics: loose `==` / `!=`, and JavaScript's coercing `<`, `>` —
 * except that two timestamps with offsets are ordered by instant (see instants.ts).
 * The `as N` casts only quiet TypeScript; the operators still coerce exactly as in JavaScript.
 * Each operator and shape gets its own closure (rather than one closure calling an operator
 * function) so the hot path is a direct comparison, with a constant side inlined.
 */
type N = number;

export type CompareOperator = '==' | '===' | '!=' | '!==' | '>' | '>=' | '<' | '<=';
type OrderOperator = '>' | '>=' | '<' | '<=';

const isOrdering = (op: CompareOperator): op is OrderOperator => op === '>' || op === '>=' || op === '<' || op === '<=';

export function buildCompare(op: CompareOperator): Builder {
  return (args) => {
    if ((op === '<' || op === '<=') && args.length >= 3) return buildBetween(op, args);
    const a = args[0] ?? UNDEFINED_PIECE;
    const b = args[1] ?? UNDEFINED_PIECE;
    if (isOrdering(op) && timestampsMayMeet(a, b)) return dynamic(byInstant(op, a.run, b.run));
    if (b.constant)
      return a.read !== undefined
        ? readAgainstConstant(op, a.read, b.value)
        : dynamic(againstConstant(op, a.run, b.value));
    if (a.constant) return dynamic(constantAgainst(op, a.value, b.run));
    return dynamic(bothEvaluated(op, a.run, b.run));
  };
}

/** Unless a constant side is something other than a timestamp: the usual numeric comparisons keep their direct closures. */
function timestampsMayMeet(a: Piece, b: Piece): boolean {
  if (b.constant) return instantOf(b.value) !== undefined;
  if (a.constant) return instantOf(a.value) !== undefined;
  return true;
}

/** `<`, `<=`, `>`, `>=` where two timestamps may meet. */
function byInstant(op: OrderOperator, l: Eval, r: Eval): Eval {
  switch (op) {
    case '<':
      return (d, g) => less(l(d, g), r(d, g));
    case '<=':
      return (d, g) => lessOrEqual(l(d, g), r(d, g));
    // `a > b` is `b < a` for JSON values (no conversion has side effects); operands still evaluate left first.
    case '>':
      return (d, g) => {
        const x = l(d, g);
        return less(r(d, g), x);
      };
    case '>=':
      return (d, g) => {
        const x = l(d, g);
        return lessOrEqual(r(d, g), x);
      };
  }
}

function againstConstant(op: CompareOperator, l: Eval, r: unknown): Eval {
  switch (op) {
    case '==':
      return (d, g) => l(d, g) == r;
    case '===':
      return (d, g) => l(d, g) === r;
    case '!=':
      return (d, g) => l(d, g) != r;
    case '!==':
      return (d, g) => l(d, g) !== r;
    case '>':
      return (d, g) => (l(d, g) as N) > (r as N);
    case '>=':
      return (d, g) => (l(d, g) as N) >= (r as N);
    case '<':
      return (d, g) => (l(d, g) as N) < (r as N);
    case '<=':
      return (d, g) => (l(d, g) as N) <= (r as N);
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
    case '==':
      return (d) => {
        const v = at(d);
        return (v === undefined ? nf : v) == r;
      };
    case '===':
      return (d) => {
        const v = at(d);
        return (v === undefined ? nf : v) === r;
      };
    case '!=':
      return (d) => {
        const v = at(d);
        return (v === undefined ? nf : v) != r;
      };
    case '!==':
      return (d) => {
        const v = at(d);
        return (v === undefined ? nf : v) !== r;
      };
    case '>':
      return (d) => {
        const v = at(d);
        return ((v === undefined ? nf : v) as N) > (r as N);
      };
    case '>=':
      return (d) => {
        const v = at(d);
        return ((v === undefined ? nf : v) as N) >= (r as N);
      };
    case '<':
      return (d) => {
        const v = at(d);
        return ((v === undefined ? nf : v) as N) < (r as N);
      };
    case '<=':
      return (d) => {
        const v = at(d);
        return ((v === undefined ? nf : v) as N) <= (r as N);
      };
  }
}

function constantAgainst(op: CompareOperator, l: unknown, r: Eval): Eval {
  switch (op) {
    case '==':
      return (d, g) => l == r(d, g);
    case '===':
      return (d, g) => l === r(d, g);
    case '!=':
      return (d, g) => l != r(d, g);
    case '!==':
      return (d, g) => l !== r(d, g);
    case '>':
      return (d, g) => (l as N) > (r(d, g) as N);
    case '>=':
      return (d, g) => (l as N) >= (r(d, g) as N);
    case '<':
      return (d, g) => (l as N) < (r(d, g) as N);
    case '<=':
      return (d, g) => (l as N) <= (r(d, g) as N);
  }
}

function bothEvaluated(op: CompareOperator, l: Eval, r: Eval): Eval {
  switch (op) {
    case '==':
      return (d, g) => l(d, g) == r(d, g);
    case '===':
      return (d, g) => l(d, g) === r(d, g);
    case '!=':
      return (d, g) => l(d, g) != r(d, g);
    case '!==':
      return (d, g) => l(d, g) !== r(d, g);
    case '>':
      return (d, g) => (l(d, g) as N) > (r(d, g) as N);
    case '>=':
      return (d, g) => (l(d, g) as N) >= (r(d, g) as N);
    case '<':
      return (d, g) => (l(d, g) as N) < (r(d, g) as N);
    case '<=':
      return (d, g) => (l(d, g) as N) <= (r(d, g) as N);
  }
}

/**
 * `{"<": [a, b, c]}` is "a < b < c". As in json-logic-js, a third argument that evaluates to
 * undefined makes it a plain two-argument comparison.
 */
function buildBetween(op: '<' | '<=', args: readonly Piece[]): Piece {
  const [a, b, c] = args as readonly [Piece, Piece, Piece];
  const mid = b.run;
  const within = op === '<' ? less : lessOrEqual;
  // The usual shape: constant bounds around one value; numbers compare directly.
  if (
    a.constant &&
    c.constant &&
    c.value !== undefined &&
    instantOf(a.value) === undefined &&
    instantOf(c.value) === undefined
  ) {
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
  return dynamic((d, g) => {
    const x = low(d, g);
    const y = mid(d, g);
    const z = high(d, g);
    return z === undefined ? within(x, y) : within(x, y) && within(y, z);
  });
}
