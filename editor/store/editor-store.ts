import { createStore, type StoreApi } from 'zustand/vanilla';
import { validateFlow } from '../../runtime/index';
import type { Flow, Locale, NodeRegistry } from '../../runtime/index';
import { readStoredLocale } from '../i18n/locale-storage';
import { createEditActions } from './edit-actions';
import { createKernel } from './kernel';
import { nameStepsIn } from './name-ids';
import { indexProblems, type ProblemIndex } from './problem-index';
import { createSessionActions } from './session-actions';
import type { EditorState, Validate } from './types';

export interface EditorStoreOptions {
  readonly registry: NodeRegistry;
  readonly flow: Flow;
  /** Defaults to the stored choice, else the browser language. */
  readonly locale?: Locale;
  readonly validate?: Validate;
  /** Flows with more nodes than this are re-validated 150 ms after the last edit instead of at once. */
  readonly debounceAbove?: number;
  /** Write locale changes to localStorage (off in tests). */
  readonly persistLocale?: boolean;
}

export type EditorStore = StoreApi<EditorState>;

const DEBOUNCE_MS = 150;

/** One store per editor instance (as React Flow does): two editors on a page never share state. */
export function createEditorStore(options: EditorStoreOptions): EditorStore {
  const { registry, flow } = options;
  const validate = options.validate ?? validateFlow;
  const debounceAbove = options.debounceAbove ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const locale = options.locale ?? readStoredLocale();
  // Problems are worded in the UI's language: a new language validates again.
  const check = (current: Flow, language: Locale) => ({
    flow: current,
    locale: language,
    index: indexProblems(
      nameStepsIn(validate(current, registry, { locale: language }).problems, current, registry, language),
      current,
    ),
  });
  // Memo: the last document validated (by reference), the language of its messages and its problems.
  let validated: { flow: Flow; locale: Locale; index: ProblemIndex } = check(flow, locale);

  return createStore<EditorState>()((set, get) => {
    const validateNow = (): ProblemIndex => {
      clearTimeout(timer);
      const { flow: current, locale: language } = get();
      if (validated.flow !== current || validated.locale !== language) validated = check(current, language);
      if (get().problems !== validated.index) set({ problems: validated.index });
      return validated.index;
    };
    const scheduleValidation = () => {
      clearTimeout(timer);
      if (get().flow.nodes.length <= debounceAbove) validateNow();
      else timer = setTimeout(validateNow, DEBOUNCE_MS);
    };
    const kernel = createKernel(get, set, scheduleValidation);
    return {
      registry,
      flow,
      selection: { nodeIds: [], edgeIds: [] },
      locale,
      past: [],
      future: [],
      savedFlow: flow,
      dirty: false,
      problems: validated.index,
      saveRequests: 0,
      nodeSizes: {},
      edgeRoutes: {},
      overlay: null,
      notice: null,
      jsonViewOpen: false,
      focusRequest: null,
      clipboard: null,
      jsonDraft: null,
      ...createEditActions(kernel),
      ...createSessionActions(kernel, validate, options.persistLocale ?? true),
      validateNow,
    };
  });
}
