import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadExampleFlows } from './example-flows';
import { triggerToEndFlow } from './templates';
import { testRegistry, testRepository } from './repo.test-support';

describe('example flows on first start', () => {
  it('loads examples from loaders, skipping (and reporting) invalid ones', async () => {
    const ok = triggerToEndFlow('example-ok', 'OK', testRegistry);
    const result = await loadExampleFlows(testRegistry, {
      'b.flow.json': async () => ({ nope: true }),
      'a.flow.json': async () => ok,
    });
    expect(result.flows).toEqual([ok]);
    expect(result.skipped.map((s) => s.file)).toEqual(['b.flow.json']);
  });

  it('bundled examples: whatever exists loads without throwing (none is fine)', async () => {
    const result = await loadExampleFlows(testRegistry);
    expect(Array.isArray(result.flows)).toBe(true);
  });

  it('seeds once; deleting examples does not bring them back', async () => {
    const repo = testRepository();
    const example = triggerToEndFlow('example-1', 'Example', testRegistry);
    expect(await repo.seedExamples([example])).toEqual({ added: 1 });
    await repo.deleteFlow('example-1');
    expect(await repo.seedExamples([example])).toEqual({ added: 0 });
    expect(await repo.listFlows()).toEqual([]);
  });

  it('does nothing with no examples, and seeds later when examples arrive', async () => {
    const repo = testRepository();
    expect(await repo.seedExamples([])).toEqual({ added: 0 });
    expect(await repo.seedExamples([triggerToEndFlow('example-1', 'Example', testRegistry)])).toEqual({ added: 1 });
  });

  it('treats a database that already has flows as started', async () => {
    const repo = testRepository();
    await repo.createFlow({ name: 'Mine', registry: testRegistry });
    expect(await repo.seedExamples([triggerToEndFlow('example-1', 'Example', testRegistry)])).toEqual({ added: 0 });
    expect(await repo.listFlows()).toHaveLength(1);
  });
});
