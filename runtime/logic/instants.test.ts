import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './logic';
import { reference, sameResult } from './reference.test-support';

const run = (expression: unknown, data: unknown = {}) => compileLogic(expression)(data);

/** An ISO 8601 timestamp with an offset for `ms`, written in `offsetMinutes` (e.g. +480 = +08:00). */
function written(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const instant = fc.integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 }).map((s) => s * 1000);
const offset = fc.constantFrom(0, 480, -300, -420, 330, 540, -600);

describe('timestamps compare as instants', () => {
  it('counts an Amazon order placed at 01:00 Beijing time as inside Double 11, though it is written in UTC', () => {
    const inDouble11 = { '<=': ['2026-11-11T00:00:00+08:00', { var: 'createdAt' }, '2026-11-12T00:00:00+08:00'] };
    const after = { '>=': [{ var: 'createdAt' }, '2026-11-11T00:00:00+08:00'] };
    const amazon = { createdAt: '2026-11-10T17:00:00Z' };
    expect(run(inDouble11, amazon)).toBe(true);
    expect(run(after, amazon)).toBe(true);
    // Plain JSONLogic compares the characters and gets both wrong.
    expect(reference(inDouble11, amazon)).toEqual({ threw: false, value: false });
    expect(reference(after, amazon)).toEqual({ threw: false, value: false });
  });

  it('orders any two timestamps by the instant they name, whatever their offsets', () => {
    fc.assert(
      fc.property(
        instant,
        offset,
        instant,
        offset,
        fc.constantFrom('<', '<=', '>', '>='),
        fc.boolean(),
        (a, oa, b, ob, op, constantRight) => {
          const left = written(a, oa);
          const right = written(b, ob);
          const expression = { [op]: [{ var: 'left' }, constantRight ? right : { var: 'right' }] };
          const expected = op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
          expect(run(expression, { left, right })).toBe(expected);
        },
      ),
    );
  });

  it('compares the same instant written in two offsets as equal', () => {
    expect(run({ '<=': ['2026-11-11T00:00:00+08:00', '2026-11-10T16:00:00Z'] })).toBe(true);
    expect(run({ '<': ['2026-11-11T00:00:00+08:00', '2026-11-10T16:00:00Z'] })).toBe(false);
    expect(
      run({ '>=': [{ var: 'a' }, { var: 'b' }] }, { a: '2026-11-10T16:00:00Z', b: '2026-11-11T00:00:00+08:00' }),
    ).toBe(true);
  });

  it('leaves everything else exactly as json-logic-js has it: a timestamp against a date, text, a number', () => {
    const others = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constantFrom('2026-11-11', '2026-11-11T00:00:00', 'abc', '', '10', null),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          instant.map((ms) => written(ms, 480)),
          others,
        ),
        others,
        fc.constantFrom('<', '<=', '>', '>='),
        (a, b, op) => {
          for (const expression of [
            { [op]: [{ var: 'a' }, { var: 'b' }] },
            { [op]: [{ var: 'b' }, { var: 'a' }] },
            { [op]: [{ var: 'a' }, b] },
          ]) {
            const expected = reference(expression, { a, b });
            expect(expected.threw).toBe(false);
            if (!expected.threw) expect(sameResult(run(expression, { a, b }), expected.value)).toBe(true);
          }
        },
      ),
    );
  });
});
