import type { Decorator } from '@storybook/react-vite';
import { ReactFlowProvider } from '@xyflow/react';
import { useState, type ReactNode } from 'react';
import { validateFlow } from '../runtime/index';
import type { Flow, Locale } from '../runtime/index';
import { appRegistry } from '../editor/app-registry';
import { createEditorStore } from '../editor/store/editor-store';
import { EditorProvider } from '../editor/store/EditorProvider';
import type { Overlay, Selection, Validate } from '../editor/store/types';

/** What a story puts in its editor store. Set it as `parameters.editor` (a value, or a function of the args). */
export interface EditorStory {
  readonly flow: Flow;
  /** Fixed language; otherwise the toolbar's "Language" choice. */
  readonly locale?: Locale;
  readonly selection?: Partial<Selection>;
  readonly overlay?: Overlay;
  /**
   * 'full' (default): the runtime's validation, as in the app. 'settings': only problems with a node's own
   * settings — a card shown on its own is not "unreachable" or "missing its start".
   */
  readonly validation?: 'full' | 'settings';
}

export type EditorStorySetup<Args> = EditorStory | ((args: Args) => EditorStory);

const SETTINGS_CODES = /^(invalid-config|logic-)/;
const settingsOnly: Validate = (input, registry, options) => {
  const result = validateFlow(input, registry, options);
  return { flow: result.flow, problems: result.problems.filter((p) => SETTINGS_CODES.test(p.code)) };
};

function EditorStage({ setup, locale, children }: { setup: EditorStory; locale: Locale; children: ReactNode }) {
  const [store] = useState(() => {
    const created = createEditorStore({
      registry: appRegistry,
      flow: setup.flow,
      locale: setup.locale ?? locale,
      persistLocale: false,
      ...(setup.validation === 'settings' ? { validate: settingsOnly } : {}),
    });
    if (setup.selection) created.getState().select(setup.selection);
    if (setup.overlay) created.getState().setOverlay(setup.overlay);
    return created;
  });
  return (
    <EditorProvider store={store}>
      <ReactFlowProvider>{children}</ReactFlowProvider>
    </EditorProvider>
  );
}

/**
 * Wraps a story in its own editor store (the app's registry) and React Flow provider, as the app does.
 * A new store is made whenever the story's args or the toolbar language change.
 */
export const withEditorStore: Decorator = (Story, context) => {
  const setup = context.parameters.editor as EditorStorySetup<typeof context.args> | undefined;
  if (!setup) throw new Error(`${context.id}: withEditorStore needs parameters.editor`);
  const story = typeof setup === 'function' ? setup(context.args) : setup;
  const locale: Locale = context.globals.locale === 'zh' ? 'zh' : 'en';
  return (
    <EditorStage key={`${JSON.stringify(context.args)}|${locale}`} setup={story} locale={locale}>
      <Story />
    </EditorStage>
  );
};
