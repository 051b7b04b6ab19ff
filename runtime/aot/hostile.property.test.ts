import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { compileFlow } from '../engine/compile';
import { runFlow } from '../engine/run';
import type { FlowInput } from '../flow/flow.schema';
import { testOrder } from '../testing/builders';
import { buildAndImport, importSource } from './built.test-support';
import { emitFlowModule } from './emit-flow';
import { jsLiteral } from './js-literal';

/*
 * A hostile flow cannot inject code into its built module: strings built from the pieces that end
 * a literal, a comment, a template or a script tag, or that name prototype machinery, go into every
 * place a flow carries text (name, description, node names, case labels, JSONLogic constants and var
 * paths, lists, tags, reasons, attribute values). The module must load, behave as the interpreter,
 * and leave every global and Object.prototype as they were.
 */
const SEED = process.env.FC_SEED === undefined ? 20261207 : Number(process.env.FC_SEED);

const PIECES = [
  '"',
  "'",
  '`',
  '\\',
  '\\"',
  '*/',
  '/*',
  '//',
  '${',
  '}',
  '</script>',
  '<!--',
  '-->',
  '\u2028',
  '\u2029',
  '\n',
  '\r',
  '\u0000',
  '\ud800',
  '__proto__',
  'constructor',
  'prototype',
  '"); globalThis.pwned = 1; ("',
  "'); globalThis.pwned = 1; ('",
  '`; globalThis.pwned = 1; `',
  '*/ globalThis.pwned = 1; /*',
  '${globalThis.pwned = 1}',
  '\u2028globalThis.pwned = 1;//',
  '</script><script>globalThis.pwned = 1</script>',
  'a',
  ' ',
] as const;

const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
/** A var path segment: no dot (it would split the path) and not a segment compileLogic refuses. */
const segment = hostile
  .map((text) => text.replaceAll('.', ''))
  .filter((text) => text !== '' && !['__proto__', 'constructor', 'prototype'].includes(text));

function hostileFlow(t: {
  name: string;
  label: string;
  key: string;
  value: string;
  list: string[];
  tag: string;
  reason: string;
}): FlowInput {
  return {
    format: 'orderflow/flow',
    formatVersion: 1,
    id: 'hostile',
    name: t.name.slice(0, 200) || 'x',
    description: t.label,
    nodes: [
      { id: 'start', type: 'trigger', name: t.name.slice(0, 120), config: {}, position: { x: 0, y: 0 } },
      {
        id: 'pick',
        type: 'switch',
        name: t.label.slice(0, 120),
        config: {
          cases: [
            {
              id: 'same',
              label: t.label.slice(0, 60),
              expression: { '==': [{ var: `attributes.${t.key}` }, t.value] },
            },
            { id: 'listed', label: t.value.slice(0, 60), expression: { in: [{ var: `attributes.${t.key}` }, t.list] } },
          ],
        },
        position: { x: 200, y: 0 },
      },
      { id: 'mark', type: 'set-field', config: { field: 'note', expression: t.value }, position: { x: 400, y: 0 } },
      { id: 'tag', type: 'tag', config: { tags: [t.tag.slice(0, 64) || 'x'] }, position: { x: 600, y: 0 } },
      {
        id: 'done',
        type: 'end',
        config: { decision: 'hold', reason: t.reason.slice(0, 200) },
        position: { x: 800, y: 0 },
      },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'start', target: 'pick' },
      { id: 'e2', source: 'pick', sourcePort: 'same', target: 'mark' },
      { id: 'e3', source: 'pick', sourcePort: 'listed', target: 'tag' },
      { id: 'e4', source: 'pick', sourcePort: 'default', target: 'done' },
      { id: 'e5', source: 'mark', sourcePort: 'next', target: 'tag' },
      { id: 'e6', source: 'tag', sourcePort: 'next', target: 'done' },
    ],
  };
}

const texts = fc.record({
  name: hostile,
  label: hostile,
  key: segment,
  value: hostile,
  list: fc.array(hostile, { maxLength: 3 }),
  tag: hostile,
  reason: hostile,
});

function globalsSnapshot(): string {
  return JSON.stringify([
    Object.getOwnPropertyNames(globalThis).sort(),
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort(),
    Object.getOwnPropertyNames(String.prototype).sort(),
  ]);
}

describe('a hostile flow cannot inject code into its built module', () => {
  it('loads, behaves as the interpreter and changes no global', async () => {
    const before = globalsSnapshot();
    const samples = fc.sample(fc.tuple(texts, fc.boolean()), { numRuns: 60, seed: SEED });
    let built = 0;
    for (const [t, matches] of samples) {
      const compiled = compileFlow(hostileFlow(t), coreRegistry);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
      const source = emitFlowModule(compiled.plan, {
        runtime: 'file:///runtime.ts',
        registry: { from: 'file:///nodes.ts', name: 'coreRegistry' },
      });
      // No raw line terminator, script end or comment end from the flow survives into the text.
      expect(source).not.toMatch(/[\u2028\u2029]|<\/script|<!--/i);
      const module = await buildAndImport(compiled.plan);
      built++;
      const order = testOrder({ attributes: { [t.key]: matches ? t.value : (t.list[0] ?? t.value) } });
      for (const trace of [false, true]) {
        const ctx = emptyContext('2026-11-11T10:00:00+08:00');
        expect(JSON.stringify(module.runFlow(order, ctx, { trace }))).toBe(
          JSON.stringify(runFlow(compiled.plan, order, ctx, { trace })),
        );
      }
    }
    expect(built).toBe(60);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(globalsSnapshot()).toBe(before);
  }, 120_000);

  it('writes any JSON value as a literal that reads back equal, own "__proto__" keys included', async () => {
    const values = fc.sample(
      fc.jsonValue().chain((v) => fc.constant({ v, ['__proto__']: { polluted: true }, [' __proto__']: 1 })),
      { numRuns: 200, seed: SEED },
    );
    // A "__proto__" key written in an object literal would set the prototype instead.
    const withProto = values.map((v) => JSON.parse(JSON.stringify(v).replace('"v"', '"__proto__"')) as unknown);
    const all = [...values, ...withProto];
    const source = `export const values = [${all.map((v) => jsLiteral(v)).join(',\n')}];`;
    const { values: read } = await importSource<{ values: unknown[] }>(source);
    expect(JSON.stringify(read)).toBe(JSON.stringify(all));
    for (const v of read) {
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(Object.hasOwn(v as object, '__proto__')).toBe(true);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses what is not JSON data and a registry name that is not a plain identifier', () => {
    expect(() => jsLiteral(() => 1)).toThrow(/not JSON data/);
    expect(() => jsLiteral(Number.NaN)).toThrow(/not JSON data/);
    expect(() => jsLiteral([undefined])).toThrow(/not JSON data/);
    expect(() => jsLiteral(new Date(0))).toThrow(/plain objects/);
    const compiled = compileFlow(
      hostileFlow({ name: 'a', label: 'b', key: 'k', value: 'v', list: [], tag: 't', reason: 'r' }),
      coreRegistry,
    );
    if (!compiled.ok) throw new Error('does not compile');
    expect(() =>
      emitFlowModule(compiled.plan, { runtime: 'x', registry: { from: 'y', name: 'a; globalThis.pwned = 1' } }),
    ).toThrow(/not a plain name/);
  });
});
