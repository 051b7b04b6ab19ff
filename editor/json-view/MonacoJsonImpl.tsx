import Editor from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { editor } from 'monaco-editor/editor';
import { jsonDefaults, monaco } from './monaco-setup';
import type { MonacoJsonProps } from './MonacoJson';
import { followPageLanguage } from './monaco-locale';
import { registerSchema } from './schema-registry';

let nextModel = 0;

function toMonacoMarkers(model: editor.ITextModel, markers: MonacoJsonProps['markers']): editor.IMarkerData[] {
  return (markers ?? []).map((m) => {
    const line = Math.min(Math.max(1, m.line), model.getLineCount());
    return {
      severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: m.message,
      source: 'OrderFlow',
      startLineNumber: line,
      startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
      endLineNumber: line,
      endColumn: model.getLineMaxColumn(line),
    };
  });
}

/** The Monaco side of MonacoJson; loaded lazily, see monaco-json.tsx for the props. */
export default function MonacoJsonImpl({
  value,
  onChange,
  schema,
  markers,
  height = 300,
  readOnly = false,
  ariaLabel,
  onReady,
}: MonacoJsonProps) {
  // One model URI per editor instance, so each can have its own schema and markers.
  const [path] = useState(() => monaco.Uri.parse(`inmemory://orderflow/model-${++nextModel}.json`).toString());
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor | null>(null);

  // Text set from outside (an order opened from the data set, the flow changed on the canvas) starts a
  // fresh history: Ctrl+Z then never undoes past it into text that was never typed here.
  const typed = useRef(value);
  useEffect(() => {
    const model = instance?.getModel();
    if (!model || value === typed.current) return;
    typed.current = value;
    if (model.getValue() === value) model.setValue(value);
  }, [instance, value]);

  useEffect(followPageLanguage, []);

  useEffect(() => (schema ? registerSchema(jsonDefaults, path, schema) : undefined), [path, schema]);

  useEffect(() => {
    const model = instance?.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'orderflow', toMonacoMarkers(model, markers));
  }, [instance, markers, value]);

  return (
    <Editor
      height={height}
      language="json"
      path={path}
      value={value}
      onChange={(text) => {
        typed.current = text ?? '';
        onChange(text ?? '');
      }}
      onMount={(mounted) => {
        setInstance(mounted);
        onReady?.({
          revealLine: (line) => {
            mounted.revealLineInCenter(line);
            mounted.setPosition({ lineNumber: line, column: 1 });
            mounted.focus();
          },
          focus: () => mounted.focus(),
        });
      }}
      options={{
        readOnly,
        ariaLabel: ariaLabel ?? 'JSON',
        minimap: { enabled: false },
        automaticLayout: true,
        tabSize: 2,
        scrollBeyondLastLine: false,
        fixedOverflowWidgets: true,
        wordWrap: 'on',
      }}
    />
  );
}
