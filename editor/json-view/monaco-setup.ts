/**
 * Monaco from the bundled `monaco-editor` package — never the CDN `@monaco-editor/react` loads by
 * default. Imported only through a dynamic import (monaco-json.tsx), so the editor's few MB load
 * the first time a JSON view opens, not with the app.
 *
 * Import paths follow the package's `exports` map ("./*" → "./esm/vs/*.js"): the older
 * `monaco-editor/esm/vs/...` spellings do not resolve in monaco-editor ≥ 0.56.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

globalThis.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Only the JSON language is bundled: just the editor core, its features and JSON support.
loader.config({ monaco });

export { monaco, jsonDefaults };
