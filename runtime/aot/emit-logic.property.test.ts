import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLogic } from '../logic/compile';
import { truthy } from '../logic/truthy';
import { importSource, TEST_EMIT_OPTIONS } from './built.test-support';
import { LOGIC_LIMITS } from '../logic/limits';
import { emitExpression, emitTest, WORK_COUNTER, type LogicDeclarations } from './emit-logic';
import { jsLiteral } from './js-literal';
import { logicArbitrary } from './random-flow.test-support';

/*
 * Each condition a built module writes as plain code tests exactly as the compiled closure does:
 * the same truthiness, or the same error, on random data where every field may hold any kind of
 * value (so `==` coerces, timestamps meet, lists and null appear where a number is expected).
 */
const SEED = process.env.FC_SEED === undefined ? 20261207 : Number(process.env.FC_SEED);

const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('vip', 'gold', '', '0', '1', 'false', 'CNY', 'TRADEIN', 'douyin', 'f', 'null'),
  fc.constantFrom('2026-11-11T00:00:00+08:00', '2026-11-10T16:05:00Z', '2026-11-11T08:00:00+08:00'),
  fc.constantFrom(0, -0, 1, 2, 3, -1, 0.5, 19_900, 50_000, 100_000),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom('TRADEIN', 'LIVE20', 1, 0, null, true), { maxLength: 3 }),
);

const field = fc.option(wild, { nil: undefined, freq: 4 });

/** Facts-shaped data whose fields hold anything (absent included). */
const data = fc
  .record({
    tier: field,
    orderCount: field,
    channel: field,
    subtotal: field,
    currency: field,
    total: field,
    coupons: field,
    lines: fc.array(fc.record({ category: field, quantity: field }), { maxLength: 3 }),
    remote: field,
    province: field,
    createdAt: field,
    f: field,
    tags: field,
  })
  .map((r) => ({
    customer: { tier: r.tier, orderCount: r.orderCount },
    channel: r.channel,
    totals: { subtotal: { amount: r.subtotal, currency: r.currency }, total: { amount: r.total } },
    coupons: r.coupons,
    lines: r.lines,
    shippingAddress: { remote: r.remote, province: r.province },
    createdAt: r.createdAt,
    attributes: Object.assign(Object.create(null) as object, r.f === undefined ? {} : { f: r.f }),
    tags: r.tags,
  }));

type Outcome = { value: boolean } | { error: string };

function outcome(test: () => unknown): Outcome {
  try {
    return { value: truthy(test()) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const expressions = fc.sample(logicArbitrary, { numRuns: 1500, seed: SEED });

/** A work limit small enough that the random lists and texts go over it (then the closure's error is the answer). */
const TINY_WORK = 4;

interface Emitted {
  readonly tests: readonly (((d: unknown) => boolean) | null)[];
  readonly values: readonly (((d: unknown) => unknown) | null)[];
}

let emitted: Emitted = { tests: [], values: [] };
let tiny: Emitted = { tests: [], values: [] };

/** One module with every emitted test and value, declared as a built flow module declares them. */
async function emitAll(maxWork: number): Promise<Emitted> {
  const constants: string[] = [WORK_COUNTER];
  let reads = 0;
  let sets = 0;
  let helpers = 0;
  let closures = 0;
  const declare: LogicDeclarations = {
    read: (segments, notFound) => {
      constants.push(`const R${reads} = rt.read(${jsLiteral(segments)}, ${jsLiteral(notFound)});`);
      return `R${reads++}`;
    },
    set: (items) => {
      constants.push(`const S${sets} = new Set(${jsLiteral(items)});`);
      return `S${sets++}`;
    },
    helper: (write) => {
      constants.push(write(`H${helpers}`));
      return `H${helpers++}`;
    },
    closure: (expression) => {
      constants.push(`const Z${closures} = rt.logic(${jsLiteral(expression)}, { maxWork: ${maxWork} });`);
      return `Z${closures++}`;
    },
    maxWork,
  };
  const bodies = expressions.map((expression) => emitTest(expression, declare));
  const valueBodies = expressions.map((expression) => emitExpression(expression, declare));
  const list = (codes: readonly (string | null)[]) =>
    `[${codes.map((body) => (body === null ? 'null' : `(d) => ${body}`)).join(',\n')}]`;
  const source = [
    `import { aotSupport as rt } from ${jsLiteral(TEST_EMIT_OPTIONS.runtime)};`,
    ...constants,
    `export const tests = ${list(bodies)};`,
    `export const values = ${list(valueBodies)};`,
  ].join('\n');
  return importSource<Emitted>(source);
}

beforeAll(async () => {
  emitted = await emitAll(LOGIC_LIMITS.maxWork);
  tiny = await emitAll(TINY_WORK);
}, 60_000);

const valueOf = (run: () => unknown) => {
  try {
    const value = run();
    // -0 and 0, NaN: told apart; a list or record by its content.
    return typeof value === 'object' && value !== null ? { json: JSON.stringify(value) } : { value };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
};

describe('conditions as plain code', () => {
  it('writes most generated conditions as plain code (the rest keep the closure)', () => {
    const count = emitted.tests.filter((t) => t !== null).length;
    expect(count).toBeGreaterThan(expressions.length * 0.6);
    expect(count).toBeLessThan(expressions.length);
    // The loops, `in` a field and `+` are among them.
    const plain = expressions.filter((_, i) => emitted.tests[i] !== null).map((e) => JSON.stringify(e));
    for (const op of ['"some"', '"all"', '"none"', '"reduce"', '"+"', '"in":[{"var"'])
      expect(plain.some((text) => text.includes(op))).toBe(true);
  });

  for (const [label, maxWork, get] of [
    ['the default work limit', LOGIC_LIMITS.maxWork, () => emitted],
    [`a work limit of ${TINY_WORK}`, TINY_WORK, () => tiny],
  ] as const) {
    it(`tests exactly as the compiled closure, errors included, under ${label}`, () => {
      const compiled = expressions.map((expression) => compileLogic(expression as never, { maxWork }));
      let failures = 0;
      fc.assert(
        fc.property(data, fc.nat(expressions.length - 1), (d, i) => {
          const plain = get().tests[i];
          if (!plain) return;
          const expected = outcome(() => compiled[i]!(d));
          if ('error' in expected) failures++;
          expect(outcome(() => plain(d))).toEqual(expected);
        }),
        { numRuns: 20_000, seed: SEED },
      );
      // Errors are compared too: the tiny limit is passed often, a non-finite sum now and then.
      expect(failures).toBeGreaterThan(maxWork === TINY_WORK ? 500 : 10);
    });

    it(`gives exactly the value of the compiled closure where it writes a value (a set-field), under ${label}`, () => {
      const compiled = expressions.map((expression) => compileLogic(expression as never, { maxWork }));
      let compared = 0;
      fc.assert(
        fc.property(data, fc.nat(expressions.length - 1), (d, i) => {
          const plain = get().values[i];
          if (!plain) return;
          compared++;
          const got = valueOf(() => plain(d));
          const expected = valueOf(() => compiled[i]!(d));
          if ('value' in got && 'value' in expected) expect(Object.is(got.value, expected.value)).toBe(true);
          else expect(got).toEqual(expected);
        }),
        { numRuns: 20_000, seed: SEED },
      );
      expect(compared).toBeGreaterThan(5_000);
    });
  }
});
