import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLogic } from '../logic/compile';
import { truthy } from '../logic/truthy';
import { importSource, TEST_EMIT_OPTIONS } from './built.test-support';
import { emitExpression, emitTest } from './emit-logic';
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
let tests: readonly (((d: unknown) => boolean) | null)[] = [];
let values: readonly (((d: unknown) => unknown) | null)[] = [];

beforeAll(async () => {
  // One module with every emitted test, declared as a built flow module declares them.
  const constants: string[] = [];
  let reads = 0;
  let sets = 0;
  const declare = {
    read: (segments: readonly string[], notFound: unknown) => {
      constants.push(`const R${reads} = rt.read(${jsLiteral(segments)}, ${jsLiteral(notFound)});`);
      return `R${reads++}`;
    },
    set: (items: readonly unknown[]) => {
      constants.push(`const S${sets} = new Set(${jsLiteral(items)});`);
      return `S${sets++}`;
    },
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
  ({ tests, values } = await importSource<{ tests: typeof tests; values: typeof values }>(source));
}, 60_000);

describe('conditions as plain code', () => {
  it('writes most generated conditions as plain code (the rest keep the closure)', () => {
    const emitted = tests.filter((t) => t !== null).length;
    expect(emitted).toBeGreaterThan(expressions.length * 0.4);
    expect(emitted).toBeLessThan(expressions.length);
  });

  it('tests exactly as the compiled closure, errors included', () => {
    const compiled = expressions.map((expression) => compileLogic(expression as never));
    fc.assert(
      fc.property(data, fc.nat(expressions.length - 1), (d, i) => {
        const plain = tests[i];
        if (!plain) return;
        expect(outcome(() => plain(d))).toEqual(outcome(() => compiled[i]!(d)));
      }),
      { numRuns: 20_000, seed: SEED },
    );
  });

  it('gives exactly the value of the compiled closure where it writes a value (a set-field)', () => {
    const compiled = expressions.map((expression) => compileLogic(expression as never));
    const valueOf = (run: () => unknown) => {
      try {
        const value = run();
        // -0 and 0, NaN: told apart; a list or record by its content.
        return typeof value === 'object' && value !== null ? { json: JSON.stringify(value) } : { value };
      } catch (error) {
        return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
      }
    };
    let compared = 0;
    fc.assert(
      fc.property(data, fc.nat(expressions.length - 1), (d, i) => {
        const plain = values[i];
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
});
