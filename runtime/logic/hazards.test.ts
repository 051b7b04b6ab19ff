import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileLogic, LOGIC_LIMITS, LogicError, type LogicErrorCode } from './logic';
import { english, thrownWords } from './worded.test-support';
import { deepFreeze, reference, sameResult } from './reference.test-support';

/** Runs `fn`, expecting a LogicError; returns it for further checks. */
function logicError(fn: () => unknown): LogicError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LogicError);
    return error as LogicError;
  }
  throw new Error('expected a LogicError, but nothing was thrown');
}

function expectCompileError(expression: unknown, code: LogicErrorCode, message?: RegExp): LogicError {
  const error = logicError(() => compileLogic(expression));
  expect(error.code).toBe(code);
  if (message) expect(english(error)).toMatch(message);
  return error;
}

/** `{"!": {"!": … 1 …}}`, built without recursion. */
function nested(levels: number): unknown {
  let expression: unknown = 1;
  for (let i = 0; i < levels; i++) expression = { '!': expression };
  return expression;
}

afterEach(() => vi.restoreAllMocks());

describe('prototype chain', () => {
  const data = deepFreeze({ customer: { tier: 'vip' }, lines: [{ sku: 'a' }], n: 5 });

  it('refuses forbidden segments in literal var paths at compile time', () => {
    for (const path of [
      'constructor',
      'constructor.prototype',
      '__proto__',
      'customer.__proto__',
      'a.prototype',
      'lines.constructor.name',
    ]) {
      const error = expectCompileError({ var: path }, 'logic-invalid', /not allowed in a var path/);
      expect(error.path).toStrictEqual(['var']);
    }
    expect(expectCompileError({ and: [true, { var: ['__proto__', 1] }] }, 'logic-invalid').path).toStrictEqual([
      'and',
      1,
      'var',
      0,
    ]);
    expectCompileError({ missing: ['constructor'] }, 'logic-invalid');
    expectCompileError({ missing_some: [1, ['a', '__proto__']] }, 'logic-invalid');
  });

  it('reads inherited names as missing (null), never as functions or prototypes', () => {
    for (const path of [
      'toString',
      'customer.hasOwnProperty',
      'customer.tier.toUpperCase',
      'lines.map',
      'n.toFixed',
      'valueOf',
      '__defineGetter__',
    ]) {
      expect(compileLogic({ var: path })(data)).toBeNull();
      expect(compileLogic({ var: [path, 'default'] })(data)).toBe('default');
    }
    // json-logic-js, for contrast, hands out the function.
    const theirs = reference({ var: 'customer.hasOwnProperty' }, data);
    expect(!theirs.threw && typeof theirs.value).toBe('function');
  });

  it('refuses computed var paths, which could name prototype machinery; computed missing keys read own properties', () => {
    for (const path of ['__proto__', 'constructor.prototype', 'customer.tier'])
      expectCompileError({ var: { cat: [path] } }, 'logic-invalid', /a var path must be written out/);
    expect(compileLogic({ missing: { merge: ['constructor', 'customer.tier'] } })(data)).toStrictEqual(['constructor']);
  });

  it('{"var":"__proto__"} is refused, written out or computed', () => {
    expectCompileError({ var: '__proto__' }, 'logic-invalid');
    expectCompileError({ var: { var: 'k' } }, 'logic-invalid');
  });

  it('allows length of lists and texts, and indexes, which are own properties', () => {
    expect(compileLogic({ var: 'lines.length' })(data)).toBe(1);
    expect(compileLogic({ var: 'customer.tier.length' })(data)).toBe(3);
    expect(compileLogic({ var: 'customer.tier.0' })(data)).toBe('v');
    expect(compileLogic({ var: 'customer.length' })(data)).toBeNull();
  });

  it('refuses forbidden operator names (as own keys from JSON.parse)', () => {
    for (const text of [
      '{"__proto__": [1]}',
      '{"constructor": [1]}',
      '{"prototype": 1}',
      '{"and": [{"__proto__": {"var": "x"}}]}',
    ]) {
      expectCompileError(JSON.parse(text), 'logic-invalid', /not allowed as an operator name/);
    }
  });
});

describe('malformed expressions', () => {
  it('refuses an object with two keys instead of treating it as an always-true literal', () => {
    const error = expectCompileError({ and: [{ '==': [{ var: 'a' }, 1], '!=': [{ var: 'b' }, 2] }] }, 'logic-invalid');
    expect(english(error)).toBe('an operation object must have exactly one key; found 2: "==", "!="');
    expect(error.path).toStrictEqual(['and', 0]);
  });

  it('refuses an empty object', () => {
    expectCompileError({ if: [{}, 1, 2] }, 'logic-invalid', /exactly one key; found none/);
  });

  it('refuses values JSON cannot hold', () => {
    expectCompileError({ '==': [() => 1, 1] }, 'logic-invalid', /function is not a JSON value/);
    expectCompileError({ '+': [1n, 1] }, 'logic-invalid', /bigint/);
  });

  it('refuses "*" without arguments, which json-logic-js throws on', () => {
    expectCompileError({ '*': [] }, 'logic-invalid', /"\*" takes at least 1 argument/);
  });
});

describe('unsupported and unknown operators', () => {
  it('refuses log and method, and never prints', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expectCompileError({ log: { var: '' } }, 'logic-unknown-operator', /unsupported operator "log"/);
    expectCompileError(
      { method: [{ var: 'customer.tier' }, 'toUpperCase'] },
      'logic-unknown-operator',
      /unsupported operator "method"/,
    );
    expectCompileError({ if: [false, { log: 1 }, 2] }, 'logic-unknown-operator');
    expect(log).not.toHaveBeenCalled();
  });

  it('names an unknown operator and where it is, with a suggestion', () => {
    const error = expectCompileError({ and: [true, { '>=': [{ sme: [[], true] }, 0] }] }, 'logic-unknown-operator');
    expect(english(error)).toBe('unknown operator "sme"; did you mean "some"?');
    expect(error.path).toStrictEqual(['and', 1, '>=', 0]);
    expectCompileError({ 'a.b': [] }, 'logic-unknown-operator', /unknown operator "a\.b"/);
    expectCompileError({ hasOwnProperty: ['x'] }, 'logic-unknown-operator');
    expectCompileError({ toString: [] }, 'logic-unknown-operator');
  });
});

describe('size limits (compile time)', () => {
  it('stops 10,000 levels of nesting with a limit error, not a stack overflow', () => {
    const error = expectCompileError(nested(10_000), 'logic-limit');
    expect(english(error)).toBe('expression nests deeper than the limit of 64 levels (maxDepth)');
    expect(error.path).toHaveLength(64);
  });

  it('counts nested literal arrays as levels too', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expectCompileError(deep, 'logic-limit', /limit of 64 levels/);
  });

  it('accepts exactly maxDepth levels', () => {
    expect(compileLogic(nested(LOGIC_LIMITS.maxDepth))({})).toBe(true);
    expectCompileError(nested(LOGIC_LIMITS.maxDepth + 1), 'logic-limit');
  });

  it('stops an expression with too many nodes', () => {
    const error = expectCompileError(
      { in: [{ var: 'sku' }, Array.from({ length: 20_000 }, (_, i) => `sku-${i}`)] },
      'logic-limit',
    );
    expect(english(error)).toBe('expression has more nodes than the limit of 10000 (maxNodes)');
  });

  it('counts shared sub-expressions every time they appear (no exponential DAG)', () => {
    let shared: unknown = { var: 'x' };
    for (let i = 0; i < 40; i++) shared = { cat: [shared, shared] };
    expectCompileError(shared, 'logic-limit', /maxNodes/);
  });

  it('stops a cyclic expression', () => {
    const cyclic: { and: unknown[] } = { and: [] };
    cyclic.and.push(cyclic);
    expectCompileError(cyclic, 'logic-limit', /maxDepth/);
  });

  it('takes limits from the caller, and rejects nonsense limits', () => {
    expect(thrownWords(() => compileLogic(nested(5), { maxDepth: 4 }))).toMatch(/limit of 4 levels/);
    expect(compileLogic(nested(100), { maxDepth: 200 })({})).toBe(true);
    expect(thrownWords(() => compileLogic([1, 2, 3], { maxNodes: 3 }))).toMatch(/limit of 3 \(maxNodes\)/);
    expect(() => compileLogic(1, { maxWork: 0 })).toThrow(RangeError);
    expect(() => compileLogic(1, { maxDepth: 1.5 })).toThrow(RangeError);
    expect(Object.isFrozen(LOGIC_LIMITS)).toBe(true);
  });
});

describe('work budget (evaluation time)', () => {
  const million = Array.from({ length: 1_000_000 }, (_, i) => `sku-${i}`);

  it('stops a some over a 1,000,000-item in', () => {
    const data = {
      lines: [
        { sku: 'nope', blocked: million },
        { sku: 'nope', blocked: million },
      ],
    };
    const compiled = compileLogic({ some: [{ var: 'lines' }, { in: [{ var: 'sku' }, { var: 'blocked' }] }] });
    const error = logicError(() => compiled(data));
    expect(error.code).toBe('logic-limit');
    expect(english(error)).toMatch(/limit of 1000000 steps \(maxWork\)/);
    expect(error.path).toStrictEqual(['some', 1]);
  });

  it('stops a some over a 1,000,000-item literal in list at compile time (maxNodes)', () => {
    expectCompileError({ some: [{ var: 'lines' }, { in: [{ var: 'sku' }, million] }] }, 'logic-limit', /maxNodes/);
  });

  it('turns a big literal in list (with maxNodes raised) into a Set: one step per lookup', () => {
    const list = million.slice(0, 100_000);
    const compiled = compileLogic(
      { some: [{ var: 'lines' }, { in: [{ var: 'sku' }, list] }] },
      { maxNodes: 200_000, maxWork: 10 },
    );
    expect(compiled({ lines: [{ sku: 'x' }, { sku: 'sku-99999' }] })).toBe(true);
  });

  it('stops a loop over a huge list', () => {
    const compiled = compileLogic({ some: [{ var: 'items' }, { '==': [{ var: '' }, -1] }] });
    expect(logicError(() => compiled({ items: new Array<number>(1_500_000).fill(0) })).code).toBe('logic-limit');
  });

  it('stops a reduce that doubles its accumulator (merge and cat)', () => {
    const items = new Array<number>(64).fill(1);
    const merge = compileLogic({
      reduce: [{ var: 'items' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]],
    });
    expect(logicError(() => merge({ items })).code).toBe('logic-limit');
    const cat = compileLogic({
      reduce: [{ var: 'items' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'],
    });
    expect(logicError(() => cat({ items })).code).toBe('logic-limit');
  });

  it('stops an in over a huge text', () => {
    const compiled = compileLogic({ in: ['needle', { var: 'text' }] });
    expect(logicError(() => compiled({ text: 'x'.repeat(2_000_000) })).code).toBe('logic-limit');
  });

  it('counts per evaluation: work does not carry over between calls, or after a throw', () => {
    const compiled = compileLogic({ some: [{ var: 'items' }, false] });
    const items = new Array<number>(600_000).fill(0);
    expect(compiled({ items })).toBe(false);
    expect(compiled({ items })).toBe(false);
    expect(() => compiled({ items: new Array<number>(1_000_001).fill(0) })).toThrow(LogicError);
    expect(compiled({ items })).toBe(false);
  });

  it('gives a re-entrant evaluation its own budget', () => {
    const compiled = compileLogic({ some: [{ var: 'items' }, { var: 'probe' }] });
    const inner = { items: new Array<number>(700_000).fill(0) };
    let innerResult: unknown = 'not run';
    const first = {};
    Object.defineProperty(first, 'probe', {
      enumerable: true,
      get: () => {
        innerResult = compiled(inner);
        return false;
      },
    });
    const outer = { items: [first, ...new Array<number>(400_000).fill(0)] };
    // 700,000 + 400,001 steps would be over the limit if the two evaluations shared a count.
    expect(compiled(outer)).toBe(false);
    expect(innerResult).toBe(false);
  });

  it('takes maxWork from the caller', () => {
    const compiled = compileLogic({ map: [{ var: 'items' }, { var: '' }] }, { maxWork: 3 });
    expect(compiled({ items: [1, 2, 3] })).toStrictEqual([1, 2, 3]);
    expect(thrownWords(() => compiled({ items: [1, 2, 3, 4] }))).toMatch(/limit of 3 steps/);
  });
});

describe('numbers and data safety', () => {
  it('handles extreme numbers like json-logic-js', () => {
    const data = deepFreeze({ x: 1e308, list: [1e308], tiny: 5e-324 });
    const expressions = [
      { '/': [{ var: 'tiny' }, 1e308] },
      { '%': [1e308, 3] },
      { substr: ['abcdef', 1e308, -1e308] },
      { substr: ['abcdef', -1e308] },
      { var: 1e308 },
      { var: [1e308, 'd'] },
      { in: [1e308, { var: 'list' }] },
      // eslint-disable-next-line no-loss-of-precision -- 1e309 is Infinity on purpose
      { '<': [1e308, { var: 'x' }, 1e309] },
      { cat: [1e308, 1e-7] },
    ];
    for (const expression of expressions) {
      const expected = reference(expression, data);
      expect(expected.threw).toBe(false);
      const actual = compileLogic(expression)(data);
      if (!expected.threw) expect(sameResult(actual, expected.value), JSON.stringify(expression)).toBe(true);
    }
  });

  it('refuses arithmetic that overflows to ±Infinity, where json-logic-js carries it on', () => {
    const data = deepFreeze({ x: 1e308, list: [1e308] });
    for (const expression of [
      { '+': [{ var: 'x' }, 1e308] },
      { '*': [{ var: 'x' }, 10] },
      { '-': [{ '-': [{ var: 'x' }] }, 1e308] },
      { max: [1, { '*': [{ var: 'x' }, 2] }] },
      { map: [{ var: 'list' }, { '*': [{ var: '' }, 1e308] }] },
      // A comparison with the overflow would have been true, taking a branch on a wrong number.
      { '>': [{ '*': [{ var: 'x' }, 10] }, 5] },
    ]) {
      expect(reference(expression, data).threw).toBe(false);
      expect(
        thrownWords(() => compileLogic(expression)(data)),
        JSON.stringify(expression),
      ).toMatch(/arithmetic gave -?Infinity/);
    }
    // Constant operands are worked out when compiling: the rule is refused before any order runs.
    expect(thrownWords(() => compileLogic({ '+': [1e308, 1e308] }))).toMatch(
      /arithmetic gave Infinity in \{"\+":\[1e\+308,1e\+308\]\}/,
    );
  });

  it('never mutates the data (frozen data evaluates fine)', () => {
    const data = deepFreeze({ a: [3, 1, 2], b: { c: [1] }, s: 'text' });
    const expressions = [
      { merge: [{ var: 'a' }, { var: 'b.c' }] },
      { map: [{ var: 'a' }, { '+': [{ var: '' }, 1] }] },
      { filter: [{ var: 'a' }, { '>': [{ var: '' }, 1] }] },
      { reduce: [{ var: 'a' }, { merge: [{ var: 'accumulator' }, [{ var: 'current' }]] }, { var: 'b.c' }] },
      { missing: { var: 'a' } },
      { cat: [{ var: 'a' }, { var: 'b' }] },
      { substr: [{ var: 's' }, 1] },
    ];
    const before = JSON.stringify(data);
    for (const expression of expressions) compileLogic(expression)(data);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('does not modify the expression', () => {
    const expression = deepFreeze({ and: [{ in: [{ var: 'x' }, ['a', 'b']] }, { some: [[1, 2], { var: '' }] }] });
    expect(compileLogic(expression)({ x: 'a' })).toBe(true);
  });

  it("ignores extra arguments a caller passes (e.g. Array.prototype.map's index)", () => {
    const compiled = compileLogic({ some: [{ var: 'items' }, { var: '' }] });
    expect([{ items: [0, 1] }, { items: [0] }].map(compiled)).toStrictEqual([true, false]);
  });
});
