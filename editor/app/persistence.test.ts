import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../runtime/index';
import type { Repository } from '../db/index';
import { sampleFlow, sampleStore } from '../store/test-support';
import { connectPersistence } from './persistence';

/** The part of the colleague's repository the bridge uses, kept in memory. */
function fakeRepo(stored: Flow[] = [], firstStart = false) {
  const writes: { id: string; flow: Flow; draft?: string }[] = [];
  const repo = {
    seedExamples: vi.fn(async (examples: readonly Flow[]) => ({ added: firstStart ? examples.length : 0 })),
    saveDraft: vi.fn(
      async (id: string, flow: Flow, draft?: string) => void writes.push({ id, flow, ...(draft ? { draft } : {}) }),
    ),
    listFlows: vi.fn(async () =>
      stored.map((f) => ({ id: f.id, name: f.name, updatedAt: '2026-01-01', hasDraft: false })),
    ),
    getFlow: vi.fn(async (id: string) => {
      const document = stored.find((f) => f.id === id);
      return document && { id, name: document.name, updatedAt: '2026-01-01', document };
    }),
  };
  return { repo: repo as unknown as Repository, writes };
}

/** Start-up (seeding, reopening) runs before any write; wait for it so timing assertions mean something. */
const started = (repo: Repository) =>
  vi.waitFor(() => expect((repo as unknown as { listFlows: ReturnType<typeof vi.fn> }).listFlows).toHaveBeenCalled());

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('saving to the browser database', () => {
  it('reopens the flow edited last when the editor starts', async () => {
    const store = sampleStore();
    const { repo } = fakeRepo([{ ...sampleFlow(), id: 'yesterday', name: 'Yesterday’s work' }]);
    connectPersistence(store, repo);
    await vi.waitFor(() => expect(store.getState().flow.name).toBe('Yesterday’s work'));
    expect(store.getState().dirty).toBe(false);
  });

  it('keeps a flow opened while it starts up instead of switching to the one edited last', async () => {
    const store = sampleStore();
    const { repo } = fakeRepo([{ ...sampleFlow(), id: 'yesterday', name: 'Yesterday’s work' }]);
    connectPersistence(store, repo);
    store.getState().loadFlow({ ...sampleFlow(), id: 'fresh', name: 'Just created' });
    await started(repo);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().flow.name).toBe('Just created');
  });

  it('still reopens the flow edited last when the shown flow was laid out as it opened (no edit)', async () => {
    const store = sampleStore();
    const { repo } = fakeRepo([{ ...sampleFlow(), id: 'yesterday', name: 'Yesterday’s work' }]);
    connectPersistence(store, repo);
    const { flow } = store.getState();
    const positions = Object.fromEntries(flow.nodes.map((n, i) => [n.id, { x: i * 300, y: 0 }]));
    store.getState().adoptLayout({ positions, routes: {} });
    expect(store.getState().flow).not.toBe(flow);
    await vi.waitFor(() => expect(store.getState().flow.name).toBe('Yesterday’s work'));
  });

  it('keeps showing the first example on first start, when the examples are stored', async () => {
    const store = sampleStore();
    const { repo } = fakeRepo([{ ...sampleFlow(), id: 'other', name: 'Other example' }], true);
    connectPersistence(store, repo);
    await vi.waitFor(() => expect(repo.seedExamples).toHaveBeenCalled());
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().flow.name).toBe('VIP tagging');
  });

  it('writes once when editing pauses, then shows the flow as saved', async () => {
    const store = sampleStore();
    const { repo, writes } = fakeRepo();
    connectPersistence(store, repo);
    await started(repo);
    for (const name of ['A', 'AB', 'ABC']) store.getState().renameFlow(name);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(900);
    await vi.waitFor(() => expect(store.getState().dirty).toBe(false));
    expect(writes.map((w) => w.flow.name)).toEqual(['ABC']);
  });

  it('does not write a change that was undone before the pause', async () => {
    const store = sampleStore();
    const { repo, writes } = fakeRepo();
    connectPersistence(store, repo);
    await started(repo);
    store.getState().renameFlow('Oops');
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(900);
    expect(writes).toHaveLength(0);
    expect(store.getState().dirty).toBe(false);
  });

  it('saves at once on Ctrl+S, with pending JSON text', async () => {
    const store = sampleStore();
    const { repo, writes } = fakeRepo();
    connectPersistence(store, repo);
    store.getState().setJsonDraft('{ "half": ');
    store.getState().requestSave();
    await vi.waitFor(() => expect(writes[0]).toMatchObject({ id: 'sample', draft: '{ "half": ' }));
  });

  it('writes at once when the page is hidden or left, not 0.8 s later', async () => {
    for (const leave of [
      () => window.dispatchEvent(new Event('pagehide')),
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ]) {
      const store = sampleStore();
      const { repo, writes } = fakeRepo();
      const disconnect = connectPersistence(store, repo);
      await started(repo);
      store.getState().renameFlow('Typed just before closing');
      leave();
      await vi.advanceTimersByTimeAsync(0);
      expect(writes.map((w) => w.flow.name)).toEqual(['Typed just before closing']);
      disconnect();
      Reflect.deleteProperty(document, 'visibilityState');
    }
  });

  it('asks before the page closes while a change is not yet stored, and not once it is', async () => {
    const store = sampleStore();
    const { repo } = fakeRepo();
    const disconnect = connectPersistence(store, repo);
    await started(repo);
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leaving()).toBe(false);
    store.getState().renameFlow('Unsaved');
    expect(leaving()).toBe(true);
    await vi.waitFor(() => expect(store.getState().dirty).toBe(false));
    expect(leaving()).toBe(false);
    disconnect();
  });
});
