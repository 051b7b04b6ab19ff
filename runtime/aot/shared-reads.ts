import type { LogicDeclarations } from './emit-logic';
import { jsLiteral } from './js-literal';

/**
 * Reads of the run's facts that one evaluation (a node's tests, a set-field's value) writes more than
 * once, made once: the warehouse rule reads the province up to eight times. Each such read becomes a
 * module-level variable `A<n>` set just before the evaluation (`setup`); the evaluation's code names
 * the variable instead of reading again. Exact because nothing between the setup and the last test
 * can change the facts: the expressions are pure and run one after another, with no node step (no
 * set-field, no patch) in between. Reads inside a quantifier's or reduce's body read the item, not
 * the facts, and are never shared (emit-logic's `facts` flag).
 *
 * Module-level rather than local: an expression that counts work runs in its own helper function,
 * which must see the same variables. A run is synchronous, so no other run sets them meanwhile.
 */
export interface SharedReads {
  /** `declare` with `factRead` naming the shared variables. */
  readonly declare: LogicDeclarations;
  /** Statements setting the variables from the facts `d`; empty when nothing is shared. */
  readonly setup: string;
}

type Emit = (expression: unknown, declare: LogicDeclarations) => string | null;

/** Counts the facts reads in each expression `emit` writes as code (a dry run), then shares those read twice or more. */
export function sharedReads(
  expressions: readonly unknown[],
  emit: Emit,
  declare: LogicDeclarations,
  dryRun: LogicDeclarations,
  constants: string[],
  counter: { next: number },
): SharedReads {
  const counts = new Map<string, { segments: readonly string[]; notFound: unknown; times: number }>();
  for (const expression of expressions) {
    const seen: { segments: readonly string[]; notFound: unknown }[] = [];
    const counting: LogicDeclarations = {
      ...dryRun,
      factRead: (segments, notFound) => {
        seen.push({ segments, notFound });
        return undefined;
      },
    };
    // An expression left to its compiled closure reads nothing through the shared variables.
    if (emit(expression, counting) === null) continue;
    for (const { segments, notFound } of seen) {
      const key = jsLiteral([segments, notFound]);
      const entry = counts.get(key) ?? { segments, notFound, times: 0 };
      entry.times++;
      counts.set(key, entry);
    }
  }
  const names = new Map<string, string>();
  const setup: string[] = [];
  for (const [key, { segments, notFound, times }] of counts) {
    if (times < 2) continue;
    const name = `A${counter.next++}`;
    names.set(key, name);
    constants.push(`let ${name};`);
    setup.push(`${name} = ${declare.read(segments, notFound)}(d);`);
  }
  if (names.size === 0) return { declare, setup: '' };
  return {
    declare: { ...declare, factRead: (segments, notFound) => names.get(jsLiteral([segments, notFound])) },
    setup: setup.join(' '),
  };
}
