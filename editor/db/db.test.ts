import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSIONS, OrderflowDb } from './db';
import { triggerToEndFlow } from './templates';

describe('database upgrade', () => {
  it('opens a v1 database with data, upgrades it to the current version and keeps everything', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new OrderflowDb(name, 1);
    const document = triggerToEndFlow('flow-a', 'VIP 折扣');
    await v1.table('flows').add({
      id: 'flow-a',
      name: 'VIP 折扣',
      updatedAt: '2026-01-01T00:00:00.000Z',
      document,
      draftText: '{"broken":',
    });
    await v1.table('versions').add({ flowId: 'flow-a', createdAt: '2026-01-01T00:00:00.000Z', document });
    await v1
      .table('versions')
      .add({ flowId: 'flow-a', label: 'Before Double 11', createdAt: '2026-01-02T00:00:00.000Z', document });
    expect(v1.verno).toBe(1);
    v1.close();

    const current = new OrderflowDb(name);
    await current.open();
    expect(current.verno).toBe(DB_VERSIONS.length);
    const flow = await current.flows.get('flow-a');
    expect(flow?.document).toEqual(document);
    expect(flow?.draftText).toBe('{"broken":');
    const versions = await current.versions
      .where('[flowId+seq]')
      .between(['flow-a', 0], ['flow-a', Infinity])
      .toArray();
    expect(versions.map((v) => v.label)).toEqual(['Version 1', 'Before Double 11']);
    expect(await current.deletedFlows.count()).toBe(0);
    current.close();
  });
});
