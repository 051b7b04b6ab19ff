import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../runtime/index';
import { testRegistry, testRepository } from './repo.test-support';
import { triggerToEndFlow } from './templates';

describe('flows repository', () => {
  it('creates a new flow holding only its start, with nothing pre-connected, and lists flows newest first', async () => {
    const repo = testRepository();
    const a = await repo.createFlow({ name: '  Welcome gift  ', registry: testRegistry });
    const b = await repo.createFlow({ name: '大促审批', registry: testRegistry });
    expect(a.name).toBe('Welcome gift');
    expect(a.document.nodes.map((n) => n.type)).toEqual(['trigger']);
    expect(a.document.edges).toEqual([]);
    // The one problem is the start leading nowhere yet: the first step added fixes it.
    const errors = validateFlow(a.document, testRegistry).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(['required-port-unconnected']);
    expect((await repo.listFlows()).map((f) => f.id)).toEqual([b.id, a.id]);
  });

  it('creates from a template under a new id and name', async () => {
    const repo = testRepository();
    const template = (await repo.createFlow({ name: 'Template', registry: testRegistry })).document;
    const copy = await repo.createFlow({ name: 'From template', template });
    expect(copy.id).not.toBe(template.id);
    expect(copy.document).toEqual({ ...template, id: copy.id, name: 'From template' });
  });

  it('renames (row and document), rejects empty names', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'Old', registry: testRegistry });
    const renamed = await repo.renameFlow(flow.id, 'New');
    expect(renamed?.document.name).toBe('New');
    expect((await repo.getFlow(flow.id))?.name).toBe('New');
    await expect(repo.renameFlow(flow.id, '   ')).rejects.toThrow(RangeError);
    expect(await repo.renameFlow('missing', 'x')).toBeUndefined();
  });

  it('duplicates with a new id, keeping a pending draft', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', registry: testRegistry });
    await repo.saveDraft(flow.id, flow.document, '{"nodes": [');
    const copy = await repo.duplicateFlow(flow.id, 'A (copy)');
    expect(copy?.id).not.toBe(flow.id);
    expect(copy?.document.id).toBe(copy?.id);
    expect(copy?.draftText).toBe('{"nodes": [');
  });

  it('deletes a flow with its versions, and undo brings both back', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', registry: testRegistry });
    await repo.saveVersion(flow.id, 'v1', flow.document);
    await repo.deleteFlow(flow.id);
    expect(await repo.listFlows()).toEqual([]);
    expect(await repo.listVersions(flow.id)).toEqual([]);
    const back = await repo.undoDelete(flow.id);
    expect(back).toEqual(flow);
    expect((await repo.listVersions(flow.id)).map((v) => v.label)).toEqual(['v1']);
    expect(await repo.undoDelete(flow.id)).toBeUndefined();
  });

  it('undo restores beside a flow that took the id meanwhile', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', template: triggerToEndFlow('a', 'A', testRegistry) });
    await repo.saveVersion(flow.id, 'v1', flow.document);
    await repo.deleteFlow(flow.id);
    await repo.importFlowFile(repo.exportFlow(flow.document).text, testRegistry);
    const back = await repo.undoDelete(flow.id);
    expect(back?.id).not.toBe(flow.id);
    expect(back?.document.id).toBe(back?.id);
    expect((await repo.listVersions(back!.id)).map((v) => v.document.id)).toEqual([back!.id]);
    expect(await repo.listFlows()).toHaveLength(2);
  });

  it('autosave keeps the last valid document and the broken text; a valid save clears the draft', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', registry: testRegistry });
    await repo.saveDraft(flow.id, flow.document, '{ "name": ');
    expect((await repo.getFlow(flow.id))?.draftText).toBe('{ "name": ');
    expect((await repo.listFlows())[0]?.hasDraft).toBe(true);
    await repo.saveDraft(flow.id, { ...flow.document, name: 'B' });
    const row = await repo.getFlow(flow.id);
    expect(row?.draftText).toBeUndefined();
    expect(row?.name).toBe('B');
  });

  it('a save still pending when the flow was deleted does not bring it back', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', registry: testRegistry });
    await repo.deleteFlow(flow.id);
    expect(await repo.saveDraft(flow.id, { ...flow.document, name: 'late edit' })).toBeUndefined();
    expect(await repo.listFlows()).toEqual([]);
    expect((await repo.undoDelete(flow.id))?.name).toBe('A');
    expect(await repo.saveDraft(flow.id, flow.document, '{')).toMatchObject({ draftText: '{' });
  });

  it('purges deleted flows older than a time', async () => {
    const repo = testRepository();
    const flow = await repo.createFlow({ name: 'A', registry: testRegistry });
    const deleted = await repo.deleteFlow(flow.id);
    expect(await repo.purgeDeleted(deleted!.deletedAt)).toBe(0);
    expect(await repo.purgeDeleted('2100-01-01T00:00:00.000Z')).toBe(1);
    expect(await repo.undoDelete(flow.id)).toBeUndefined();
  });
});
