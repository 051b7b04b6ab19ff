import { cleanup, fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorStore } from '../store/editor-store';
import { sampleStore } from '../store/test-support';
import { useShortcuts, type ShortcutCommands } from './use-shortcuts';

afterEach(cleanup);

function Harness({ store, commands }: { store: EditorStore; commands?: ShortcutCommands }) {
  const root = useRef<HTMLDivElement>(null);
  useShortcuts(store, root, commands);
  return (
    <div ref={root}>
      <input aria-label="name" />
    </div>
  );
}

const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
  fireEvent.keyDown(target, { key, ...init });

describe('keyboard shortcuts', () => {
  it('deletes, undoes and redoes with the usual keys', () => {
    const store = sampleStore();
    render(<Harness store={store} />);
    store.getState().select({ nodeIds: ['tag-1'] });
    press('Delete');
    expect(store.getState().flow.nodes.some((n) => n.id === 'tag-1')).toBe(false);
    press('z', { ctrlKey: true });
    expect(store.getState().flow.nodes.some((n) => n.id === 'tag-1')).toBe(true);
    press('Z', { ctrlKey: true, shiftKey: true });
    expect(store.getState().flow.nodes.some((n) => n.id === 'tag-1')).toBe(false);
    press('z', { metaKey: true });
    press('y', { ctrlKey: true });
    expect(store.getState().flow.nodes.some((n) => n.id === 'tag-1')).toBe(false);
  });

  it('copies, pastes and duplicates the selection', () => {
    const store = sampleStore();
    render(<Harness store={store} />);
    store.getState().select({ nodeIds: ['tag-1'] });
    press('c', { ctrlKey: true });
    press('v', { ctrlKey: true });
    press('d', { ctrlKey: true });
    expect(
      store
        .getState()
        .flow.nodes.filter((n) => n.type === 'tag')
        .map((n) => n.id),
    ).toEqual(['tag-1', 'tag-2', 'tag-3']);
  });

  it('leaves Backspace to a text field, but Ctrl+S saves from anywhere', () => {
    const store = sampleStore();
    const { getByLabelText } = render(<Harness store={store} />);
    store.getState().select({ nodeIds: ['tag-1'] });
    press('Backspace', {}, getByLabelText('name'));
    expect(store.getState().flow.nodes.some((n) => n.id === 'tag-1')).toBe(true);
    press('s', { ctrlKey: true }, getByLabelText('name'));
    expect(store.getState().saveRequests).toBe(1);
  });

  it('? opens the shortcut sheet, C connects the one selected card, Ctrl+A selects every card', () => {
    const store = sampleStore();
    const opened: string[] = [];
    render(
      <Harness
        store={store}
        commands={{ showShortcuts: () => opened.push('sheet'), connectFrom: (id) => opened.push(`connect ${id}`) }}
      />,
    );
    press('?', { shiftKey: true });
    press('c');
    store.getState().select({ nodeIds: ['condition-1'] });
    press('c');
    press('c', {}, document.querySelector('input')!);
    expect(opened).toEqual(['sheet', 'connect condition-1']);
    press('a', { ctrlKey: true });
    expect(store.getState().selection.nodeIds).toHaveLength(4);
  });
});
