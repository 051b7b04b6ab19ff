import { useEffect, type RefObject } from 'react';
import type { EditorStore } from '../store/editor-store';
import { deleteAndRefocus, focusCardElement, selectAllCards } from './keyboard-actions';

/** Shortcuts that open the layout's dialogs. */
export interface ShortcutCommands {
  readonly showShortcuts?: () => void;
  readonly connectFrom?: (nodeId: string) => void;
}

/** Keys typed into a field (or Monaco) belong to that field, not to the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], .monaco-editor')) return true;
  return false;
}

/**
 * Editor shortcuts. Listening on window keeps them working after a click on the empty canvas (which
 * leaves focus on <body>); events from inside another editor root on the same page are ignored.
 */
export function useShortcuts(
  api: EditorStore,
  root: RefObject<HTMLElement | null>,
  commands: ShortcutCommands = {},
): void {
  const { showShortcuts, connectFrom } = commands;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof Element && target !== document.body && root.current && !root.current.contains(target))
        return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const state = api.getState();
      if (mod && key === 's') {
        event.preventDefault(); // even in a field: the browser's "save page" is never wanted here
        state.requestSave();
        return;
      }
      if (isTyping(target) || event.isComposing) return;
      if (mod && key === 'z') state[event.shiftKey ? 'redo' : 'undo']();
      else if (mod && key === 'y') state.redo();
      else if (mod && key === 'd') state.duplicate();
      // Let the browser copy text someone highlighted (a problem message) instead of copying nodes.
      else if (mod && key === 'c' && !window.getSelection()?.toString()) state.copy();
      else if (mod && key === 'v') state.paste();
      else if (mod && key === 'a') selectAllCards(api);
      else if (!mod && (key === 'delete' || key === 'backspace')) deleteAndRefocus(api, focusCardElement);
      else if (!mod && event.key === '?' && showShortcuts) showShortcuts();
      else if (!mod && !event.altKey && key === 'c' && connectFrom && state.selection.nodeIds.length === 1)
        connectFrom(state.selection.nodeIds[0]!);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api, root, showShortcuts, connectFrom]);
}
