import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createEditorStore, type EditorStore, type EditorStoreOptions } from './editor-store';
import type { EditorState } from './types';

const EditorContext = createContext<EditorStore | null>(null);

/** Provide a store you created (`store`), or let the provider create one from options once. */
export function EditorProvider(props: { store?: EditorStore; options?: EditorStoreOptions; children: ReactNode }) {
  const [store] = useState(() => {
    if (props.store) return props.store;
    if (!props.options) throw new Error('EditorProvider needs a `store` or `options`');
    return createEditorStore(props.options);
  });
  return <EditorContext.Provider value={props.store ?? store}>{props.children}</EditorContext.Provider>;
}

/** The store itself, for event handlers that read state without re-rendering (`getState()`). */
export function useEditorApi(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditor… hooks must be used inside <EditorProvider>');
  return store;
}

/** Reads a slice of editor state; the component re-renders only when that slice changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorApi(), selector);
}

/** Like `useEditor` for selectors that build a new object or array each time (shallow comparison). */
export function useEditorShallow<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorApi(), useShallow(selector));
}
