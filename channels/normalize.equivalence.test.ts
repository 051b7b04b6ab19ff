import fc from 'fast-check';
import { parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { orderSchema } from '../runtime/index';
import { parsePayloadReference } from './json/parse-payload-reference';
import { normalize, type NormalizeResult, type NormalizeSteps } from './normalize';
import { FIXTURE_CASES, loadCase } from './node/fixtures';
import { mutate, mutation } from './testing/mutate-payload';

/**
 * Today's normaliser before the one-pass parse, the generated order check and the compiled field reads:
 * lossless-json when a scan finds a long number, zod for every order, every field through evaluateField.
 */
const REFERENCE: NormalizeSteps = {
  parse: parsePayloadReference,
  checkOrder: (input) => orderSchema.safeParse(input),
  fastReads: false,
};

/** What a caller sees; the raw record as its exact JSON text (a number may be a LosslessNumber on one side). */
function seen(results: readonly NormalizeResult[]) {
  return results.map(({ raw, ...rest }) => ({ ...rest, raw: stringify(raw) }));
}

describe('normalize gives what the reference normaliser gives', () => {
  it.each(FIXTURE_CASES.map((c) => [c.name, c] as const))('on the fixture %s', (_, c) => {
    const { payload, related } = loadCase(c);
    const options = related ? { related } : {};
    expect(seen(normalize(c.channel, payload, options))).toEqual(
      seen(normalize(c.channel, payload, options, REFERENCE)),
    );
  });

  for (const c of FIXTURE_CASES) {
    it(`on ${c.name} damaged at random (deletions, wrong types, long and big numbers)`, () => {
      const { payload, related } = loadCase(c);
      const options = related ? { related } : {};
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          const text = stringify(mutate(parse(payload), mutations)) ?? 'null';
          expect(seen(normalize(c.channel, text, options))).toEqual(
            seen(normalize(c.channel, text, options, REFERENCE)),
          );
        }),
        { numRuns: Number(process.env.CHANNEL_FUZZ_RUNS ?? 100) },
      );
    }, 60_000);
  }
});
