import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportFlow } from './import-export';
import { triggerToEndFlow } from './templates';
import { testRegistry, testRepository } from './repo.test-support';

describe('import and export', () => {
  it('exports pretty JSON and a safe filename, and the export imports back equal', async () => {
    const flow = triggerToEndFlow('flow-x', 'VIP: 满 500/减 50', testRegistry);
    const { text, filename } = exportFlow(flow);
    expect(filename).toBe('VIP-满-500-减-50.flow.json');
    expect(text).toBe(`${JSON.stringify(flow, null, 2)}\n`);
    const repo = testRepository();
    const result = await repo.importFlowFile(text, testRegistry);
    expect(result.ok && result.flow.document).toEqual(flow);
  });

  it('lays out a flow imported without node positions instead of stacking every card at (0,0)', async () => {
    const flow = triggerToEndFlow('flow-p', 'No positions', testRegistry);
    const bare = {
      ...flow,
      nodes: [
        ...flow.nodes.map(({ position: _drop, ...node }) => node),
        { id: 'done', type: 'end', config: {} },
        { id: 'other', type: 'end', config: {} },
      ],
      edges: [{ id: 'e1', source: flow.nodes[0]!.id, sourcePort: 'start', target: 'done' }],
    };
    const result = await testRepository().importFlowFile(JSON.stringify(bare), testRegistry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const spots = new Set(result.flow.document.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(result.flow.document.nodes.length);
    const at = (id: string) => result.flow.document.nodes.find((n) => n.id === id)!.position;
    expect(at('done').x).toBeGreaterThan(at(flow.nodes[0]!.id).x);
  });

  it('imports under a new id when the id is taken, never overwriting', async () => {
    const repo = testRepository();
    const existing = await repo.createFlow({ name: 'Mine', template: triggerToEndFlow('mine', 'Mine', testRegistry) });
    const result = await repo.importFlowFile(exportFlow({ ...existing.document, name: 'Theirs' }).text, testRegistry);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.flow.id).not.toBe(existing.id);
    expect((await repo.getFlow(existing.id))?.name).toBe('Mine');
  });

  it('returns every problem, with lines, and writes nothing when the file is invalid', async () => {
    const repo = testRepository();
    const flow = triggerToEndFlow('flow-y', 'Y', testRegistry);
    const broken = {
      ...flow,
      nodes: [...flow.nodes, { id: 'x', type: 'no-such-type', config: {} }, { id: 'end', type: 'end', config: {} }],
    };
    const result = await repo.importFlowFile(JSON.stringify(broken, null, 2), testRegistry);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code).sort()).toEqual(['duplicate-id', 'unknown-node-type']);
    expect(result.problems.every((p) => typeof p.line === 'number')).toBe(true);
    expect(await repo.listFlows()).toEqual([]);

    const notJson = await repo.importFlowFile('{ "format": ', testRegistry);
    expect(notJson).toMatchObject({ ok: false, problems: [{ code: 'not-json', line: 1 }] });
  });

  it('words the problems in the language asked for', async () => {
    const repo = testRepository();
    const result = await repo.importFlowFile('{ "format": ', testRegistry, 'zh');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'not-json', line: 1, message: '不是有效的 JSON：此处应有一个值' }],
    });
  });
});
