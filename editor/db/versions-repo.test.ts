import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testRegistry, testRepository } from './repo.test-support';

describe('versions repository', () => {
  it('saves named versions and lists them newest first, per flow', async () => {
    const repo = testRepository();
    const a = await repo.createFlow({ name: 'A', registry: testRegistry });
    const b = await repo.createFlow({ name: 'B', registry: testRegistry });
    await repo.saveVersion(a.id, 'first', a.document);
    await repo.saveVersion(b.id, 'other flow', b.document);
    await repo.saveVersion(a.id, '双十一前', { ...a.document, description: 'changed' });
    expect((await repo.listVersions(a.id)).map((v) => v.label)).toEqual(['双十一前', 'first']);
  });

  it('restores a version, first backing up the current document and draft text', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', registry: testRegistry });
    const v1 = await repo.saveVersion(flow.id, 'v1', flow.document);
    const edited = { ...flow.document, name: 'A edited', description: 'new' };
    await repo.saveDraft(flow.id, edited, '{ broken');
    const result = await repo.restoreVersion(v1.seq!, 'Before restoring v1');
    expect(result?.flow.document).toEqual(flow.document);
    expect(result?.flow.draftText).toBeUndefined();
    expect(result?.backup).toMatchObject({ label: 'Before restoring v1', document: edited, draftText: '{ broken' });
    expect((await repo.getFlow(flow.id))?.name).toBe('A');
    expect(await repo.restoreVersion(9999, 'x')).toBeUndefined();
  });
});
