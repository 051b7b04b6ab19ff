import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { testFlow } from '../testing/builders';
import { validateFlow } from './validate';

const codes = (input: unknown) => validateFlow(input, coreRegistry).problems.map((p) => p.code);
const basic = () =>
  testFlow(
    [
      { id: 'start', type: 'trigger' },
      { id: 'vip', type: 'condition', config: { expression: { '==': [{ var: 'customer.tier' }, 'vip'] } } },
      { id: 'tag', type: 'tag', config: { tags: ['vip'] } },
      { id: 'done', type: 'end' },
    ],
    ['start.start->vip', 'vip.true->tag', 'tag.next->done'],
  );

describe('validateFlow', () => {
  it('accepts a well-formed flow and fills config defaults', () => {
    const { flow, problems } = validateFlow(basic(), coreRegistry);
    expect(problems).toEqual([]);
    expect(flow?.nodes.find((n) => n.id === 'done')?.config).toEqual({ decision: 'accept', reason: '' });
  });

  it('reports text that is not JSON with its line', () => {
    const [problem] = validateFlow('{\n  "format": "orderflow/flow",\n  "id": oops\n}', coreRegistry).problems;
    expect(problem).toMatchObject({ code: 'not-json', line: 3 });
  });

  it('reports a value that is not an object', () => {
    expect(codes([1, 2])).toEqual(['not-object']);
  });

  it('names the wrong format version', () => {
    const { problems } = validateFlow({ ...basic(), formatVersion: 2 }, coreRegistry);
    expect(problems[0]).toMatchObject({ code: 'unsupported-format', path: ['formatVersion'] });
    expect(problems[0]!.message).toContain('version 2');
  });

  it('reports duplicate node and edge ids', () => {
    const flow = basic();
    flow.nodes.push({ ...flow.nodes[2]!, position: { x: 0, y: 0 } });
    flow.edges.push({ ...flow.edges[0]! });
    expect(codes(flow)).toEqual(expect.arrayContaining(['duplicate-id', 'duplicate-id']));
    expect(codes(flow).filter((c) => c === 'duplicate-id')).toHaveLength(2);
  });

  it('reports an unknown node type, naming the known ones', () => {
    const flow = basic();
    flow.nodes[2]!.type = 'coupon-magic';
    const problem = validateFlow(flow, coreRegistry).problems.find((p) => p.code === 'unknown-node-type');
    expect(problem).toMatchObject({ nodeId: 'tag', path: ['nodes', 2, 'type'] });
    expect(problem?.message).toContain('discount');
  });

  it('reports a config that breaks its schema at the field path', () => {
    const flow = basic();
    flow.nodes[3]!.config = { decision: 'explode' };
    const problem = validateFlow(flow, coreRegistry).problems.find((p) => p.code === 'invalid-config');
    expect(problem).toMatchObject({ nodeId: 'done', path: ['nodes', 3, 'config', 'decision'] });
  });

  it('requires exactly one trigger', () => {
    const none = basic();
    none.nodes.shift();
    none.edges.shift();
    expect(codes(none)).toContain('no-trigger');
    const two = basic();
    two.nodes.push({ id: 'start-2', type: 'trigger', config: {}, position: { x: 0, y: 0 } });
    two.edges.push({ id: 'e9', source: 'start-2', sourcePort: 'start', target: 'done' });
    expect(codes(two)).toContain('multiple-triggers');
  });

  it('reports edges to missing nodes, unknown ports and into the trigger', () => {
    const flow = basic();
    flow.edges.push({ id: 'ghost', source: 'tag', sourcePort: 'next', target: 'nowhere' });
    flow.edges.push({ id: 'bad-port', source: 'vip', sourcePort: 'maybe', target: 'done' });
    flow.edges.push({ id: 'loop-in', source: 'vip', sourcePort: 'false', target: 'start' });
    const problems = validateFlow(flow, coreRegistry).problems;
    expect(problems.filter((p) => p.edgeId === 'ghost').map((p) => p.code)).toContain('edge-missing-node');
    expect(problems.find((p) => p.edgeId === 'bad-port')).toMatchObject({ code: 'edge-unknown-port' });
    expect(problems.find((p) => p.edgeId === 'bad-port')?.message).toContain('true, false');
    expect(problems.find((p) => p.edgeId === 'loop-in')?.code).toBe('edge-into-trigger');
  });

  it('allows one edge per output port', () => {
    const flow = basic();
    flow.edges.push({ id: 'twice', source: 'tag', sourcePort: 'next', target: 'vip' });
    expect(validateFlow(flow, coreRegistry).problems.find((p) => p.edgeId === 'twice')?.code).toBe(
      'port-multiple-edges',
    );
  });

  it('reports a required output port left unconnected', () => {
    const flow = basic();
    flow.edges = flow.edges.filter((e) => e.sourcePort !== 'true');
    const problem = validateFlow(flow, coreRegistry).problems.find((p) => p.code === 'required-port-unconnected');
    expect(problem).toMatchObject({ nodeId: 'vip' });
  });

  it('reports cycles with the loop spelled out', () => {
    const flow = basic();
    flow.nodes.push({ id: 'again', type: 'tag', config: { tags: ['x'] }, position: { x: 0, y: 0 } });
    flow.edges.push({ id: 'e-a', source: 'vip', sourcePort: 'false', target: 'again' });
    flow.edges.push({ id: 'e-b', source: 'again', sourcePort: 'next', target: 'vip' });
    const problem = validateFlow(flow, coreRegistry).problems.find((p) => p.code === 'cycle');
    expect(problem?.message).toContain('vip → again → vip');
  });

  it('warns about unreachable nodes without rejecting the flow', () => {
    const flow = basic();
    flow.nodes.push({ id: 'island', type: 'tag', config: { tags: ['x'] }, position: { x: 0, y: 0 } });
    const { flow: valid, problems } = validateFlow(flow, coreRegistry);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'unreachable-node', severity: 'warning', nodeId: 'island' }),
    ]);
    expect(valid).not.toBeNull();
  });

  it('rejects JSONLogic with unknown operators and warns on unknown fields', () => {
    const flow = basic();
    flow.nodes[1]!.config = { expression: { and: [{ log: 1 }, { '==': [{ var: 'customer.teir' }, 'vip'] }] } };
    const problems = validateFlow(flow, coreRegistry).problems;
    expect(problems.find((p) => p.code === 'logic-unknown-operator')).toMatchObject({
      severity: 'error',
      nodeId: 'vip',
    });
    expect(problems.find((p) => p.code === 'logic-unknown-var')).toMatchObject({ severity: 'warning', nodeId: 'vip' });
  });

  it('gives the line of a problem found in flow text', () => {
    const text = JSON.stringify(
      {
        ...basic(),
        nodes: basic().nodes.map((n) => (n.id === 'done' ? { ...n, config: { decision: 'explode' } } : n)),
      },
      null,
      2,
    );
    const problem = validateFlow(text, coreRegistry).problems.find((p) => p.code === 'invalid-config');
    const expectedLine = text.split('\n').findIndex((line) => line.includes('"explode"')) + 1;
    expect(problem?.line).toBe(expectedLine);
  });
});

describe('validateFlow on hostile JSON', () => {
  it('rejects __proto__, constructor and prototype keys without polluting Object.prototype', () => {
    const text =
      '{"format":"orderflow/flow","formatVersion":1,"id":"x","name":"x","nodes":[{"id":"a","type":"trigger","config":{"__proto__":{"polluted":true}}}],"edges":[]}';
    const problems = validateFlow(text, coreRegistry).problems;
    expect(problems[0]).toMatchObject({ code: 'forbidden-key', path: ['nodes', 0, 'config', '__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(codes({ ...basic(), constructor: { prototype: {} } })).toContain('forbidden-key');
  });

  it('names the depth limit for deeply nested input instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"format":"orderflow/flow","formatVersion":1,"id":"x","name":"x","nodes":[],"edges":[],"description":${deep}}`;
    const [problem] = validateFlow(text, coreRegistry).problems;
    expect(problem?.code).toBe('too-deep');
    expect(problem?.message).toContain('limit of 100');
  });

  it('treats 1e308 and other extreme numbers as ordinary schema errors', () => {
    const flow = basic();
    flow.nodes[0]!.position = { x: 1e308, y: -1e308 };
    expect(codes(flow)).toContain('schema');
    expect(codes(JSON.parse(JSON.stringify(flow).replace('1e+308', '1e999')))).toContain('schema');
  });
});

describe('validateFlow reports one mistake once', () => {
  it('does not call ports unconnected or nodes unreachable because a node behind them is broken', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'points', type: 'acme/loyalty-points' },
        { id: 'done', type: 'end' },
      ],
      ['start.start->points', 'points.next->done'],
    );
    expect(validateFlow(flow, coreRegistry).problems.map((p) => p.code)).toEqual(['unknown-node-type']);
  });
});
