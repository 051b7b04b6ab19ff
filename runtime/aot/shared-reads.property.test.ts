import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLogic } from '../logic/compile';
import { LOGIC_LIMITS } from '../logic/limits';
import { truthy } from '../logic/truthy';
import { importSource, TEST_EMIT_OPTIONS } from './built.test-support';
import { emitExpression, emitTest, WORK_COUNTER, type LogicDeclarations } from './emit-logic';
import { jsLiteral } from './js-literal';
import { logicArbitrary } from './random-flow.test-support';
import { sharedReads } from './shared-reads';

/*
 * A field a node's tests (or a set-field's value) read more than once is read once, before them
 * (shared-reads.ts): each test must still give exactly the compiled closure's answer, on data whose
 * fields are often absent (so each read's own default matters) and whose lines carry fields of the
 * same names as the facts (so a loop body must keep reading its item).
 */
const SEED = process.env.FC_SEED === undefined ? 20261207 : Number(process.env.FC_SEED);

const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('vip', 'gold', '', '0', 'CNY', 'TRADEIN', 'douyin', 'f'),
  fc.constantFrom(0, -0, 1, 2, 3, -1, 0.5, 19_900, 50_000),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom('TRADEIN', 'LIVE20', 1, 0, null, true), { maxLength: 3 }),
);
const field = fc.option(wild, { nil: undefined, freq: 2 });

/** Facts-shaped data, fields often absent; each line also has a channel and a customer of its own. */
const data = fc
  .record({
    tier: field,
    channel: field,
    subtotal: field,
    currency: field,
    coupons: field,
    lines: fc.array(fc.record({ category: field, quantity: field, channel: field, customer: field }), {
      maxLength: 3,
    }),
    province: field,
    remote: field,
    f: field,
  })
  .map((r) => ({
    customer: { tier: r.tier },
    channel: r.channel,
    totals: { subtotal: { amount: r.subtotal, currency: r.currency } },
    coupons: r.coupons,
    lines: r.lines,
    shippingAddress: { remote: r.remote, province: r.province },
    attributes: Object.assign(Object.create(null) as object, r.f === undefined ? {} : { f: r.f }),
  }));

const DRY_RUN: LogicDeclarations = {
  read: () => 'R',
  set: () => 'S',
  helper: () => 'H',
  closure: () => 'Z',
  maxWork: LOGIC_LIMITS.maxWork,
};

/** Groups of one to three conditions, as a switch's cases. */
const groups = fc.sample(fc.array(logicArbitrary, { minLength: 1, maxLength: 3 }), { numRuns: 1200, seed: SEED });

type Answer = { value: unknown } | { error: string };
function answer(run: () => unknown): Answer {
  try {
    const value = run();
    return typeof value === 'object' && value !== null ? { value: JSON.stringify(value) } : { value };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Each group as `(d) => [() => test…]`: the setup runs first, then the tests one after another. */
type Group = ((d: unknown) => (() => unknown)[]) | null;
let tests: Group[] = [];
let values: Group[] = [];
let shared = 0;

beforeAll(async () => {
  const constants: string[] = [WORK_COUNTER];
  let n = 0;
  const declare: LogicDeclarations = {
    read: (segments, notFound) => {
      constants.push(`const R${n} = rt.read(${jsLiteral(segments)}, ${jsLiteral(notFound)});`);
      return `R${n++}`;
    },
    set: (items) => {
      constants.push(`const S${n} = new Set(${jsLiteral(items)});`);
      return `S${n++}`;
    },
    helper: (write) => {
      constants.push(write(`H${n}`));
      return `H${n++}`;
    },
    closure: (expression) => {
      constants.push(`const Z${n} = rt.logic(${jsLiteral(expression)});`);
      return `Z${n++}`;
    },
    maxWork: LOGIC_LIMITS.maxWork,
  };
  const counter = { next: 0 };
  const write = (group: readonly unknown[], emit: typeof emitTest) => {
    if (group.some((expression) => emit(expression, DRY_RUN) === null)) return 'null';
    const reads = sharedReads(group, emit, declare, DRY_RUN, constants, counter);
    if (reads.setup !== '') shared++;
    const codes = group.map((expression) => `() => ${emit(expression, reads.declare)!}`);
    return `(d) => { ${reads.setup} return [${codes.join(', ')}]; }`;
  };
  const testGroups = groups.map((group) => write(group, emitTest));
  const valueGroups = groups.map((group) => write(group.slice(0, 1), emitExpression));
  const module = await importSource<{ tests: Group[]; values: Group[] }>(
    [
      `import { aotSupport as rt } from ${jsLiteral(TEST_EMIT_OPTIONS.runtime)};`,
      ...constants,
      `export const tests = [${testGroups.join(',\n')}];`,
      `export const values = [${valueGroups.join(',\n')}];`,
    ].join('\n'),
  );
  tests = module.tests;
  values = module.values;
}, 60_000);

describe('fields read once per evaluation', () => {
  it('shares the reads of many generated groups', () => {
    expect(shared).toBeGreaterThan(200);
  });

  for (const [label, get, asTest] of [
    ['tests', () => tests, true],
    ['values', () => values, false],
  ] as const) {
    it(`gives each of a group's ${label} the compiled closure's answer, errors included`, () => {
      const compiled = groups.map((group) => group.map((expression) => compileLogic(expression as never)));
      let compared = 0;
      fc.assert(
        fc.property(data, fc.nat(groups.length - 1), (d, i) => {
          const group = get()[i];
          if (!group) return;
          const runs = group(d);
          runs.forEach((run, e) => {
            compared++;
            const expected = answer(() => (asTest ? truthy(compiled[i]![e]!(d)) : compiled[i]![e]!(d)));
            const got = answer(run);
            if ('value' in got && 'value' in expected) expect(Object.is(got.value, expected.value)).toBe(true);
            else expect(got).toEqual(expected);
          });
        }),
        { numRuns: 20_000, seed: SEED },
      );
      expect(compared).toBeGreaterThan(10_000);
    });
  }
});
