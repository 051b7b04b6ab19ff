import { describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { createEditorStore } from './editor-store';
import { sampleFlow, sampleStore } from './test-support';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('adding nodes', () => {
  it('gives readable ids, schema defaults and selects the new node', () => {
    const store = sampleStore();
    const first = store.getState().addNode('discount', { x: 100, y: 100 });
    const second = store.getState().addNode('discount', { x: 400, y: 100 });
    expect([first, second]).toEqual(['discount-1', 'discount-2']);
    const node = store.getState().flow.nodes.find((n) => n.id === 'discount-1')!;
    expect(node.config).toMatchObject({ kind: 'percent', percent: 0, stacking: 'stackable' });
    expect(node.position).toEqual({ x: 96, y: 96 }); // snapped to the 16 px grid
    expect(store.getState().selection.nodeIds).toEqual(['discount-2']);
  });

  it('never stacks two cards on the same spot, and slides a clicked-in card clear of others', () => {
    const store = sampleStore();
    store.getState().addNode('tag', { x: 0, y: 400 });
    store.getState().addNode('tag', { x: 0, y: 400 });
    const [a, b] = store.getState().flow.nodes.filter((n) => n.type === 'tag' && n.id !== 'tag-1');
    expect(a!.position).not.toEqual(b!.position);
    const id = store.getState().addNode('end', { x: 8, y: 8 }, { avoidOverlap: true })!;
    const spot = store.getState().flow.nodes.find((n) => n.id === id)!.position;
    expect(spot).toEqual({ x: 16, y: 112 }); // below the trigger at (0, 0), not on top of it
  });
});

describe('connecting', () => {
  it('links an output to a step and the new edge can be undone', () => {
    const store = sampleStore();
    const id = store.getState().addNode('notify', { x: 0, y: 300 })!;
    const ok = store.getState().connect({ source: id, sourcePort: 'next', target: 'end-1' });
    expect(ok).toMatchObject({ ok: true });
    expect(store.getState().flow.edges.at(-1)).toMatchObject({ source: id, sourcePort: 'next', target: 'end-1' });
    store.getState().undo();
    expect(store.getState().flow.edges.some((e) => e.source === id)).toBe(false);
  });

  it.each([
    [
      'a second link from one output',
      { source: 'condition-1', sourcePort: 'true', target: 'end-1' },
      'port-taken',
      /already leads to a step/,
    ],
    [
      'a link into the trigger',
      { source: 'tag-1', sourcePort: 'next', target: 'trigger-1' },
      'no-input',
      /where the flow starts/,
    ],
    [
      'a self-loop',
      { source: 'condition-1', sourcePort: 'true', target: 'condition-1' },
      'self-loop',
      /cannot link to itself/,
    ],
  ])('refuses %s and says why', (_label, request, code, message) => {
    const store = sampleStore();
    const before = store.getState().flow;
    const result = store.getState().connect(request);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok === false && result.reason).toMatch(message);
    expect(store.getState().flow).toBe(before);
    expect(store.getState().notice).toMatchObject({ kind: 'error' });
  });

  it('refuses a cycle, naming both steps, in Chinese too', () => {
    const flow = sampleFlow();
    const store = sampleStore({ ...flow, edges: flow.edges.filter((e) => e.id !== 'e-4') }, 'zh');
    const result = store.getState().connect({ source: 'tag-1', sourcePort: 'next', target: 'condition-1' });
    expect(result).toMatchObject({ ok: false, code: 'cycle' });
    expect(result.ok === false && result.reason).toContain('循环');
    expect(result.ok === false && result.reason).toContain('VIP?');
  });
});

describe('undo and redo', () => {
  it('makes quick typing in one field a single undo step, and a new edit clears redo', () => {
    const store = sampleStore();
    for (const name of ['V', 'VI', 'VIP', 'VIP tag']) store.getState().rename('tag-1', name);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow.nodes.find((n) => n.id === 'tag-1')!.name).toBeUndefined();
    store.getState().redo();
    expect(store.getState().flow.nodes.find((n) => n.id === 'tag-1')!.name).toBe('VIP tag');
    store.getState().undo();
    store.getState().renameFlow('Other');
    expect(store.getState().future).toHaveLength(0);
  });

  it('records a whole drag as one step', () => {
    const store = sampleStore();
    store.getState().beginMove();
    for (const x of [16, 32, 48, 64]) store.getState().moveNodes({ 'end-1': { x: 960 + x, y: 0 } });
    store.getState().endMove();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow.nodes.find((n) => n.id === 'end-1')!.position).toEqual({ x: 960, y: 0 });
  });

  it('keeps at most 200 steps', () => {
    const store = sampleStore();
    for (let i = 0; i < 230; i++) store.getState().addNode('tag', { x: i * 300, y: 800 });
    expect(store.getState().past).toHaveLength(200);
  });
});

describe('delete, copy, paste, duplicate', () => {
  it('deletes the selection with its edges, and undo brings both back', () => {
    const store = sampleStore();
    store.getState().select({ nodeIds: ['tag-1'] });
    store.getState().deleteSelection();
    expect(ids(store.getState().flow.nodes)).not.toContain('tag-1');
    expect(ids(store.getState().flow.edges)).toEqual(['e-1', 'e-3']);
    store.getState().undo();
    expect(ids(store.getState().flow.edges)).toEqual(['e-1', 'e-2', 'e-3', 'e-4']);
  });

  it('pastes copies with new ids, keeps edges among them, drops edges to outside, offsets each paste', () => {
    const store = sampleStore();
    store.getState().select({ nodeIds: ['condition-1', 'tag-1'] });
    store.getState().copy();
    store.getState().paste();
    store.getState().paste();
    const { flow, selection } = store.getState();
    expect(ids(flow.nodes)).toEqual([
      'trigger-1',
      'condition-1',
      'tag-1',
      'end-1',
      'condition-2',
      'tag-2',
      'condition-3',
      'tag-3',
    ]);
    expect(new Set(ids(flow.edges)).size).toBe(flow.edges.length);
    expect(flow.edges.filter((e) => e.source === 'condition-2')).toEqual([
      expect.objectContaining({ sourcePort: 'true', target: 'tag-2' }),
    ]);
    expect(flow.edges.some((e) => e.source === 'tag-2')).toBe(false); // tag → end left the copied set
    expect(flow.nodes.find((n) => n.id === 'condition-2')!.position).toEqual({ x: 352, y: 32 });
    expect(flow.nodes.find((n) => n.id === 'condition-3')!.position).toEqual({ x: 384, y: 64 });
    expect(flow.nodes.find((n) => n.id === 'condition-3')!.name).toBe('VIP?');
    expect(selection.nodeIds).toEqual(['condition-3', 'tag-3']);
  });

  it('duplicates the selection without touching the clipboard', () => {
    const store = sampleStore();
    store.getState().select({ nodeIds: ['tag-1'] });
    store.getState().duplicate();
    expect(store.getState().selection.nodeIds).toEqual(['tag-2']);
    expect(store.getState().clipboard).toBeNull();
  });
});

describe('problems, saving and import', () => {
  it('shows the problems of a new unconnected step on that step', () => {
    const store = sampleStore();
    expect(store.getState().problems.errors).toBe(0);
    const id = store.getState().addNode('condition', { x: 0, y: 500 })!;
    const codes = (store.getState().problems.byNode.get(id) ?? []).map((p) => p.code);
    expect(codes).toContain('required-port-unconnected');
    expect(store.getState().problems.all[0]!.severity).toBe('error');
  });

  it('re-validates large flows after a pause instead of on every keystroke', () => {
    vi.useFakeTimers();
    try {
      const validate = vi.fn((_input: unknown) => ({ flow: null, problems: [] }));
      const debounced = createEditorStore({
        registry: coreRegistry,
        flow: sampleFlow(),
        validate,
        debounceAbove: 0,
        persistLocale: false,
        locale: 'en',
      });
      validate.mockClear();
      for (const name of ['a', 'ab', 'abc']) debounced.getState().renameFlow(name);
      expect(validate).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(validate).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is dirty after an edit, clean after undoing to the saved flow, and saved by Ctrl+S handlers', async () => {
    const store = sampleStore();
    store.getState().renameFlow('Renamed');
    expect(store.getState().dirty).toBe(true);
    store.getState().undo();
    expect(store.getState().dirty).toBe(false);
    const saved: string[] = [];
    store.getState().onSave(async (flow) => void saved.push(flow.name));
    store.getState().renameFlow('Renamed');
    store.getState().requestSave();
    await vi.waitFor(() => expect(store.getState().dirty).toBe(false));
    expect(saved).toEqual(['Renamed']);
    expect(store.getState().saveRequests).toBe(1);
  });

  it('refuses an import with errors, leaving the current flow untouched', () => {
    const store = sampleStore();
    const before = store.getState().flow;
    const result = store
      .getState()
      .importText(
        '{"format":"orderflow/flow","formatVersion":1,"id":"x","name":"x","nodes":[{"id":"a","type":"nope"}],"edges":[]}',
      );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('unknown-node-type');
    expect(store.getState().flow).toBe(before);
  });

  it("words problems in the UI's language and validates again when it changes", () => {
    const flow = sampleFlow();
    const store = sampleStore({ ...flow, edges: flow.edges.filter((e) => e.id !== 'e-2') });
    const message = () =>
      store
        .getState()
        .problems.byNode.get('condition-1')
        ?.find((p) => p.code === 'required-port-unconnected')?.message;
    expect(message()).toBe('output "true" of “VIP?” must lead somewhere');
    const english = store.getState().problems;
    store.getState().setLocale('zh');
    expect(message()).toBe('节点 “VIP?” 的输出“是”必须连到下一步');
    // The same problems, worded anew: codes and places do not change.
    expect(store.getState().problems.all.map(({ message: _m, ...place }) => place)).toEqual(
      english.all.map(({ message: _m, ...place }) => place),
    );
    // Edits and imports validate in the new language too.
    store.getState().renameFlow('改名');
    expect(message()).toBe('节点 “VIP?” 的输出“是”必须连到下一步');
    const refused = store
      .getState()
      .importText(
        '{"format":"orderflow/flow","formatVersion":1,"id":"x","name":"x","nodes":[{"id":"a","type":"nope"}],"edges":[]}',
      );
    expect(refused.problems.find((p) => p.code === 'unknown-node-type')?.message).toMatch(
      /^未知的节点类型 "nope"（可用的类型：trigger、/,
    );
    store.getState().setLocale('en');
    expect(message()).toBe('output "true" of “VIP?” must lead somewhere');
  });

  it("passes the UI's language to an injected validate", () => {
    const validate = vi.fn((_input: unknown, _registry: unknown, _options?: { locale?: 'en' | 'zh' }) => ({
      flow: null,
      problems: [],
    }));
    const store = createEditorStore({
      registry: coreRegistry,
      flow: sampleFlow(),
      validate,
      persistLocale: false,
      locale: 'zh',
    });
    expect(validate).toHaveBeenLastCalledWith(sampleFlow(), coreRegistry, { locale: 'zh' });
    store.getState().setLocale('en');
    expect(validate).toHaveBeenLastCalledWith(store.getState().flow, coreRegistry, { locale: 'en' });
    validate.mockClear();
    store.getState().setLocale('en');
    expect(validate).not.toHaveBeenCalled();
  });

  it('imports a valid file as one undoable step', () => {
    const store = sampleStore();
    const other = { ...sampleFlow(), id: 'other', name: 'Imported flow' };
    expect(store.getState().importText(JSON.stringify(other)).ok).toBe(true);
    expect(store.getState().flow.name).toBe('Imported flow');
    store.getState().undo();
    expect(store.getState().flow.name).toBe('VIP tagging');
  });
});
