import { describe, expect, it } from 'vitest';
import { sampleFlow, sampleStore } from '../store/test-support';
import { deleteAndRefocus, selectAllCards, stepAfterDelete } from './keyboard-actions';

describe('keyboard actions', () => {
  it('Ctrl+A selects every card', () => {
    const store = sampleStore();
    selectAllCards(store);
    expect(store.getState().selection.nodeIds).toEqual(['trigger-1', 'condition-1', 'tag-1', 'end-1']);
  });

  it('after a delete, focus goes to the step that led there, else the next one, else any step', () => {
    const flow = sampleFlow();
    expect(stepAfterDelete(flow, new Set(['tag-1']))).toBe('condition-1');
    expect(stepAfterDelete(flow, new Set(['trigger-1']))).toBe('condition-1');
    expect(stepAfterDelete(flow, new Set(flow.nodes.map((n) => n.id)))).toBeNull();
  });

  it('deleting selects and focuses the neighbouring step', () => {
    const store = sampleStore();
    store.getState().select({ nodeIds: ['tag-1'], edgeIds: [] });
    const focused: string[] = [];
    deleteAndRefocus(store, (id) => focused.push(id));
    expect(store.getState().flow.nodes.map((n) => n.id)).not.toContain('tag-1');
    expect(store.getState().selection.nodeIds).toEqual(['condition-1']);
    expect(focused).toEqual(['condition-1']);
  });
});
