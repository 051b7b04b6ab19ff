import { useMemo } from 'react';
import type { Problem, AnyNodeDefinition } from '../../runtime/index';
import { problemLabel } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { samePath, startsWith, type ConfigPath } from './config-path';
import { relevantFields } from './relevant-fields';
import { appViews } from '../app-views';
import { FieldRenderer } from './fields/FieldRenderer';
import { FormContext, type FormContextValue } from './form-context';
import { formFields } from './form-model';

const NO_PROBLEMS: readonly Problem[] = [];

/** The selected node: its name, what it is, problems about it as a whole, then its generated config form. */
export function NodeForm({ nodeId, definition }: { nodeId: string; definition: AnyNodeDefinition }) {
  const t = useT();
  const locale = useEditor((s) => s.locale);
  const index = useEditor((s) => s.flow.nodes.findIndex((n) => n.id === nodeId));
  const node = useEditor((s) => s.flow.nodes[index]);
  const problems = useEditor((s) => s.problems.byNode.get(nodeId) ?? NO_PROBLEMS);
  const api = useEditorApi();
  const rename = useEditor((s) => s.rename);
  const config = node?.config;

  const context = useMemo<FormContextValue>(() => {
    const base = ['nodes', index, 'config'];
    return {
      definition,
      locale,
      config: config ?? {},
      problemsAt: (path: ConfigPath, deep = false) => {
        const full = [...base, ...path];
        return problems.filter((p) => (deep ? startsWith(p.path, full) : samePath(p.path, full)));
      },
    };
  }, [definition, locale, config, problems, index]);

  if (!node || !config) return null;
  const FormHeader = appViews.viewOf(definition)?.formHeader;
  const configPath = ['nodes', index, 'config'];
  // Problems not under a config field (an unconnected output, an unreachable step…) go at the top.
  const general = problems.filter((p) => !startsWith(p.path, configPath) || p.path.length === configPath.length);
  return (
    <div className="node-form">
      <div className="field">
        <label className="field-label" htmlFor={`name-${node.id}`}>
          {t('inspector.name')}
        </label>
        <input
          id={`name-${node.id}`}
          className="input"
          value={node.name ?? ''}
          maxLength={120}
          placeholder={definition.title[locale]}
          onChange={(e) => rename(node.id, e.target.value)}
        />
      </div>
      <p className="node-form-type">
        {definition.title[locale]} · <code>{node.id}</code>
      </p>
      <p className="field-help">{definition.description[locale]}</p>
      {general.map((p, i) => (
        <p key={i} className={`field-problem is-${p.severity}`} role="alert">
          <strong>{problemLabel(p.code, locale)}:</strong> {p.message}
        </p>
      ))}
      {FormHeader && <FormHeader nodeId={node.id} />}
      <FormContext.Provider value={context}>
        {relevantFields(formFields(definition), config).map((field) => (
          <FieldRenderer
            key={`${node.id}:${field.key}`}
            field={field}
            path={[field.key]}
            value={Object.hasOwn(config, field.key) ? config[field.key] : undefined}
            onChange={(value) => {
              // Read the latest config: two quick edits must not overwrite each other.
              const state = api.getState();
              const next = { ...(state.flow.nodes.find((n) => n.id === node.id)?.config ?? config) };
              if (value === undefined) delete next[field.key];
              else next[field.key] = value;
              state.updateConfig(node.id, next);
            }}
          />
        ))}
      </FormContext.Provider>
    </div>
  );
}
