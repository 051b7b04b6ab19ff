/**
 * Ahead-of-time flow modules: a compiled flow → the source text of an ES module specialised to it.
 * Pure: returns text; writing the file (orderflow build, the server at publish) is the host's job.
 *
 * REVIEW OF THE EMITTER (why a hostile flow cannot inject code)
 * 1. Every value that comes from the flow — the whole flow document, ids, labels, configs, JSONLogic
 *    constants, var path segments, list items — enters the text through `jsLiteral` (js-literal.ts)
 *    and nowhere else: a JSON literal with `<`, `>`, `/`, U+2028 and U+2029 escaped and `__proto__`
 *    keys written as computed keys. A string literal cannot end early (quotes and backslashes are
 *    escaped by JSON.stringify), cannot close a comment or a script tag, and an object literal cannot
 *    set a prototype.
 * 2. Nothing from the flow becomes an identifier, a property name in code, a comment or a template
 *    string: nodes are `N[<index>]` and jump targets are case numbers (indexes the emitter counts),
 *    reads and sets are `R<index>` / `S<index>`, operators come from a fixed table in emit-logic.ts
 *    (an operator name from the flow only selects a branch of a `switch`, it is never copied).
 * 3. The import specifiers and the registry's export name come from the host (not the flow); the
 *    specifiers go through jsLiteral and the name must be a plain identifier.
 * 4. The module evaluates nothing at run time (no eval, no Function); at load it compiles its own
 *    flow literal with the host's registry and refuses to run unless that gives the content hash it
 *    was built from, so a module edited after building cannot run other content under the same name.
 * 5. Behaviour is the interpreter's: node runs, patches, trace steps, waits and failures go through
 *    the interpreter's functions (aotSupport, runtime/aot/step.ts, runtime/engine/finish.ts). What is
 *    specialised, untraced only, is what a node type declares it may be: the port choice of
 *    condition-like nodes (choosesFirstTrue), a set-field's value and attribute (setsAttribute), a
 *    constant result (constantResult); plus each node's own call site and the walk between nodes.
 *    A set-field skips refreshing the facts' attributes only when every node after it declares
 *    attributesOnlyThroughLogic and none of their expressions can read `attributes`
 *    (attribute-readers.ts).
 *    aot.property.test.ts runs both on every example flow and on random flows and orders (results
 *    equal byte for byte, traces included) and on hostile strings; emit-logic.property.test.ts holds
 *    emitted tests and values to the compiled closures'.
 * 6. The specialised steps add no new way in: port ids in `p === …` tests and set-field attribute
 *    names are jsLiteral output like every other flow value, and nothing from the flow names a variable.
 * 7. Loops and counted searches (emit-work.ts) are helper functions `H<index>` whose text is fixed
 *    code around the names the emitter counts and sub-expressions emit-logic wrote; the work limit is
 *    the host's number (LOGIC_LIMITS), never the flow's. Over the limit, or on a non-finite sum, a
 *    helper throws rt.BAIL, which only its expression's own wrapper catches, to answer with the
 *    compiled closure `Z<index>` (rt.logic of the expression's jsLiteral): errors stay the interpreter's.
 * 8. The nodes' own logic (`logic(config)`: a gift's `when`…) goes to rt.planFor as `[expression
 *    literal, H<index>]` pairs; the plan's compiler gives a node the function whose expression has the
 *    same jsLiteral text as the one it compiles, and compileLogic's closure for any other. A pair can
 *    only replace a closure by a function that gives the same values and errors for that expression
 *    (emit-logic.property.test.ts); aot.property.test.ts runs nodes with random `when` conditions.
 * 9. A field that one evaluation (a node's tests, a set-field's value) reads twice or more is read
 *    once into a module variable `A<index>` just before it (shared-reads.ts): the names are counted,
 *    the read is an `R<index>` as above, and only reads of the facts are shared, never a loop body's
 *    reads of its item. shared-reads.property.test.ts holds each shared test and value to the closure.
 */
import type { Plan, PlanNode } from '../engine/compile';
import { compileLogic } from '../logic/compile';
import { LOGIC_LIMITS } from '../logic/limits';
import { emitExpression, emitTest, WORK_COUNTER, type LogicDeclarations } from './emit-logic';
import { jsLiteral } from './js-literal';
import { AOT_FORMAT } from './support';
import { attributesReadAfter } from './attribute-readers';
import { sharedReads } from './shared-reads';

export interface EmitOptions {
  /** Import specifier of the runtime's public entry (runtime/index.ts), as the module will resolve it. */
  readonly runtime: string;
  /** Where the node registry the flow runs with comes from, and its export name. */
  readonly registry: { readonly from: string; readonly name: string };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The source text of a module that runs `plan`'s flow exactly as the interpreter does. */
export function emitFlowModule(plan: Plan, options: EmitOptions): string {
  if (!IDENTIFIER.test(options.registry.name))
    throw new Error(`emitFlowModule: registry export "${options.registry.name}" is not a plain name`);
  const nodes = plan.flow.nodes.map((node) => plan.nodes.get(node.id)!);
  const indexOf = new Map<PlanNode, number>(nodes.map((node, i) => [node, i]));
  // What the plan needs at load (the nodes' logic as plain code) comes before it; the rest after.
  const logic: string[] = [WORK_COUNTER];
  const declare = declarations(logic);
  const plain = plan.flow.nodes.flatMap((node, i) => plainLogic(nodes[i]!, node.config, declare));
  const constants: string[] = [];
  const configOf = (node: PlanNode) => plan.flow.nodes[indexOf.get(node)!]!.config;
  const shared = { next: 0 };
  const cases = nodes.map((node, i) => emitNode(node, i, indexOf, configOf, declare, constants, shared));
  return [
    HEADER,
    `import { aotSupport as rt } from ${jsLiteral(options.runtime)};`,
    `import { ${options.registry.name} as registry } from ${jsLiteral(options.registry.from)};`,
    '',
    `if (rt.format !== ${AOT_FORMAT}) throw new Error("built flow module: built for another runtime (rebuild it)");`,
    `const FLOW = ${jsLiteral(plan.flow)};`,
    ...logic,
    `const PLAIN = [${plain.join(', ')}];`,
    `export const plan = rt.planFor(FLOW, registry, ${jsLiteral(plan.contentHash)}, PLAIN);`,
    'const N = rt.nodesOf(plan);',
    ...constants,
    '',
    'function walk(r) {',
    '  const d = r.facts, trace = r.trace, quick = !r.fullTrace, max = r.maxSteps, inp = r.input;',
    '  const dec = r.decisions, anyDec = dec !== rt.NO_DECISIONS;',
    `  let steps = 0, k = ${indexOf.get(plan.start)!}, x = 0, res, p, end;`,
    '  for (;;) {',
    '    if (++steps > max) return rt.tooManySteps(r, N[k]);',
    '    switch (k) {',
    ...cases,
    '      default:',
    '        throw new Error("built flow module: no such node");',
    '    }',
    '  }',
    '}',
    '',
    `export const format = ${AOT_FORMAT};`,
    'export const flowId = plan.flowId;',
    'export const contentHash = plan.contentHash;',
    'function runChecked(p, order, ctx, options) {',
    '  return rt.runWith(p, order, ctx, options, walk);',
    '}',
    "/** Runs an order already checked against the order schema (as the runtime's runOrder). */",
    'export function runOrder(order, ctx, options = {}) {',
    '  return rt.runWith(plan, order, ctx, options, walk);',
    '}',
    "/** Checks untrusted order JSON, then runs it (as the runtime's runFlow). */",
    'export function runFlow(input, ctx, options = {}) {',
    '  return rt.checkThenRun(plan, input, ctx, options, runChecked);',
    '}',
    '',
  ].join('\n');
}

const HEADER = `// Built by orderflow (runtime/aot/emit-flow.ts): a flow specialised into code. Do not edit; rebuild.
// Every value from the flow below is a JSON literal; nothing is evaluated at run time.`;

/** Declares nothing: tells whether an expression can be written as plain code. */
const DRY_RUN: LogicDeclarations = {
  read: () => 'R',
  set: () => 'S',
  helper: () => 'H',
  closure: () => 'Z',
  maxWork: LOGIC_LIMITS.maxWork,
};

/** Constants named by index; equal reads and sets share one. */
function declarations(constants: string[]): LogicDeclarations {
  const reads = new Map<string, string>();
  const sets = new Map<string, string>();
  let helpers = 0;
  let closures = 0;
  return {
    // The nodes compile their logic with the default limits (engine/compile.ts): so do the closures here.
    maxWork: LOGIC_LIMITS.maxWork,
    helper: (write) => {
      const name = `H${helpers++}`;
      constants.push(write(name));
      return name;
    },
    closure: (expression) => {
      const name = `Z${closures++}`;
      constants.push(`const ${name} = rt.logic(${jsLiteral(expression)});`);
      return name;
    },
    read: (segments, notFound) => {
      const source = `rt.read(${jsLiteral(segments)}, ${jsLiteral(notFound)})`;
      let name = reads.get(source);
      if (name === undefined) {
        name = `R${reads.size}`;
        reads.set(source, name);
        constants.push(`const ${name} = ${source};`);
      }
      return name;
    },
    set: (items) => {
      const source = `new Set(${jsLiteral(items)})`;
      let name = sets.get(source);
      if (name === undefined) {
        name = `S${sets.size}`;
        sets.set(source, name);
        constants.push(`const ${name} = ${source};`);
      }
      return name;
    },
  };
}

/** One `case` of the walk: the node's step and the jump for each of its exits. */
function emitNode(
  node: PlanNode,
  i: number,
  indexOf: ReadonlyMap<PlanNode, number>,
  configOf: (node: PlanNode) => unknown,
  declare: LogicDeclarations,
  constants: string[],
  shared: { next: number },
): string {
  const config = configOf(node);
  const jump = (exit: number, indent: string) => {
    const next = node.exits[exit]!.next;
    return next === undefined ? `${indent}return rt.completed(r);` : `${indent}k = ${indexOf.get(next)!}; continue;`;
  };
  constants.push(`const N${i} = N[${i}], RUN${i} = N${i}.run, C${i} = N${i}.prepared, I${i} = N${i}.id;`);
  constants.push(`const P${i} = rt.exitSteps(N${i});`);
  const lines = [`      case ${i}: {`];
  const chosen =
    node.definition.choosesFirstTrue === true ? firstTrueTests(node, config, i, declare, constants, shared) : null;
  if (chosen !== null) {
    // Untraced: the node's conditions as code, the first that holds picks its exit.
    const { tests, setup } = chosen;
    lines.push('        if (quick) {', '          try {');
    if (setup !== '') lines.push(`            ${setup}`);
    tests.forEach((test, exit) => {
      lines.push(
        `            if (${test}) {`,
        `              trace.push(P${i}[${exit}]);`,
        jump(exit, '              '),
      );
      lines.push('            }');
    });
    lines.push(
      `          } catch (e) {`,
      `            return rt.threw(r, N${i}, e);`,
      '          }',
      `          trace.push(P${i}[${tests.length}]);`,
      jump(tests.length, '          '),
      '        }',
    );
  } else if (constantStep(node) !== null) {
    // Untraced: the node's constant result applied without calling its run.
    const { exit, patch } = constantStep(node)!;
    constants.push(`const K${i} = N${i}.definition.constantResult(C${i});`);
    lines.push('        if (quick) {');
    if (patch)
      lines.push(`          end = rt.patched(r, N${i}, K${i}.patch);`, '          if (end !== undefined) return end;');
    if (exit === null) {
      constants.push(`const Q${i} = rt.stepOf(N${i}, null);`);
      lines.push(`          trace.push(Q${i});`, '          return rt.completed(r);');
    } else lines.push(`          trace.push(P${i}[${exit}]);`, jump(exit, '          '));
    lines.push('        }');
  } else if (node.definition.setsAttribute !== undefined && node.exits.length === 1) {
    // Untraced: the value as code, stored as the node's run stores it, set without building a patch.
    const { field, expression } = node.definition.setsAttribute(config as never);
    const { code: value, setup } = valueCode(expression, `V${i}`, declare, constants, shared);
    // Whether a later node may read the facts' attributes (else only the outcome needs the value).
    const refresh = attributesReadAfter(node, configOf);
    constants.push(`const F${i} = ${jsLiteral(field)};`);
    lines.push(
      '        if (quick) {',
      '          try {',
      ...(setup === '' ? [] : [`            ${setup}`]),
      `            rt.${refresh ? 'setAttribute' : 'setOutcomeAttribute'}(r, F${i}, rt.storedJson(${value}));`,
      '          } catch (e) {',
      `            return rt.threw(r, N${i}, e);`,
      '          }',
      `          trace.push(P${i}[0]);`,
      jump(0, '          '),
      '        }',
    );
  } else if (node.choose !== undefined) {
    lines.push(
      '        if (quick) {',
      `          x = rt.chooseStep(r, N${i});`,
      '          if (typeof x !== "number") return x;',
      ...node.exits.flatMap((_, e) => [`          if (x === ${e}) {`, jump(e, '            '), '          }']),
      '        }',
    );
  }
  lines.push(...runStep(node, i, jump), '      }');
  return lines.join('\n');
}

/**
 * The node's logic (its `logic(config)` expressions: a gift's or discount's `when`, a switch's cases…)
 * as plain-code functions, `[expression, function]` for the plan's compiler (rt.planFor): the node's
 * own run then evaluates plain code where it would call a compiled closure.
 */
function plainLogic(node: PlanNode, config: unknown, declare: LogicDeclarations): string[] {
  return node.definition.logic(config as never).flatMap(({ expression }) => {
    compileLogic(expression as never); // throws on what the interpreter would refuse too
    if (emitExpression(expression, DRY_RUN) === null) return [];
    const code = emitExpression(expression, declare)!;
    const name = declare.helper((n) => `function ${n}(d) {\n  return ${code};\n}`);
    return [`[${jsLiteral(expression)}, ${name}]`];
  });
}

/**
 * A node's run, as the interpreter's step but written for this node: its own call site (so the
 * result's shape stays the same there), its declared ports tested in order as constants, and each
 * exit a direct jump; anything else (a wait, the null port, an undeclared port) goes through
 * `rt.settle`, the interpreter's handling.
 */
function runStep(node: PlanNode, i: number, jump: (exit: number, indent: string) => string): string[] {
  const lines = [
    `        inp.nodeId = I${i};`,
    `        inp.config = C${i};`,
    `        inp.decision = anyDec && Object.hasOwn(dec, I${i}) ? dec[I${i}] : undefined;`,
    '        try {',
    `          res = RUN${i}(inp);`,
    '        } catch (e) {',
    `          return rt.threw(r, N${i}, e);`,
    '        }',
    '        p = res.port;',
  ];
  node.exits.forEach((exit, e) => {
    lines.push(
      `        if (p === ${jsLiteral(exit.port)}) {`,
      '          if (res.patch) {',
      `            end = rt.patched(r, N${i}, res.patch);`,
      '            if (end !== undefined) return end;',
      '          }',
      `          trace.push(quick ? P${i}[${e}] : rt.tracedStep(N${i}, p, res));`,
      jump(e, '          '),
      '        }',
    );
  });
  // Not a declared port: settle gives the run's end, or PATH_ENDS for the null port.
  lines.push(`        x = rt.settle(r, N${i}, res);`, '        if (typeof x !== "number") return x;');
  lines.push('        return rt.completed(r);');
  return lines;
}

/**
 * A node whose run gives one constant result for its config: the exit its port takes (null: the
 * path ends) and whether it patches. Null when it has none, waits, or takes an undeclared port
 * (the run handles those).
 */
function constantStep(node: PlanNode): { exit: number | null; patch: boolean } | null {
  const result = node.definition.constantResult?.(node.prepared);
  if (result === undefined || result.port === undefined) return null;
  const exit = node.exits.findIndex((e) => e.port === result.port);
  if (exit < 0 && result.port !== null) return null;
  return { exit: exit < 0 ? null : exit, patch: Boolean(result.patch) };
}

/** An expression's value as plain code where emit-logic can, else a call of its compiled closure `name`. */
function valueCode(
  expression: unknown,
  name: string,
  declare: LogicDeclarations,
  constants: string[],
  shared: { next: number },
): { code: string; setup: string } {
  compileLogic(expression as never); // throws on what the interpreter would refuse too
  // A dry run first, so an expression left to its closure declares no reads or sets.
  if (emitExpression(expression, DRY_RUN) !== null) {
    const reads = sharedReads([expression], emitExpression, declare, DRY_RUN, constants, shared);
    return { code: emitExpression(expression, reads.declare)!, setup: reads.setup };
  }
  constants.push(`const ${name} = rt.logic(${jsLiteral(expression)});`);
  return { code: `${name}(d)`, setup: '' };
}

/**
 * The tests of a node that chooses its first true expression: plain code where emit-logic can,
 * else the expression's compiled closure. Null when the node's exits do not match its expressions
 * (then its own `choose` is called).
 */
function firstTrueTests(
  node: PlanNode,
  config: unknown,
  i: number,
  declare: LogicDeclarations,
  constants: string[],
  shared: { next: number },
): { tests: string[]; setup: string } | null {
  // The validated flow holds parsed configs (defaults filled): what prepare compiled.
  const expressions = node.definition.logic(config as never).map((entry) => entry.expression);
  if (node.exits.length !== expressions.length + 1) return null;
  for (const expression of expressions) compileLogic(expression as never); // throws as the interpreter would
  // The node's tests run one after another with nothing in between: a field they read twice is read once.
  const reads = sharedReads(expressions, emitTest, declare, DRY_RUN, constants, shared);
  const tests = expressions.map((expression, e) => {
    // A dry run first, so an expression left to its closure declares no reads or sets.
    const plain = emitTest(expression, DRY_RUN) === null ? null : emitTest(expression, reads.declare);
    if (plain !== null) return plain;
    const name = `L${i}_${e}`;
    constants.push(`const ${name} = rt.logic(${jsLiteral(expression)});`);
    return `rt.truthy(${name}(d))`;
  });
  return { tests, setup: reads.setup };
}
