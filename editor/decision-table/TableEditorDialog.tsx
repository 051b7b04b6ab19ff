import { useCallback, useEffect, useMemo } from 'react';
import { useDictionary, useLocale } from '../i18n/use-t';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { sortTableProblems } from './row-problems';
import { TableGrid } from './TableGrid';
import { TableToolbar } from './TableToolbar';
import { TABLE_MESSAGES } from './table.i18n';
import './decision-table.css';
import { readTable, type TableConfig } from './table-model';

const NONE: readonly number[] = [];

/** The roomy grid editor for one decision-table node; every edit is one commit of the editor store. */
export function TableEditorDialog({ nodeId, onClose }: { nodeId: string; onClose: () => void }) {
  const t = useDictionary(TABLE_MESSAGES);
  const locale = useLocale();
  const api = useEditorApi();
  const index = useEditor((s) => s.flow.nodes.findIndex((n) => n.id === nodeId));
  const node = useEditor((s) => s.flow.nodes[index]);
  const nodeProblems = useEditor((s) => s.problems.byNode.get(nodeId));
  const matchedRows = useEditor((s) => s.overlay?.matchedRows?.[nodeId] ?? NONE);
  const table = useMemo(() => readTable(node?.config), [node?.config]);
  const problems = useMemo(
    () => sortTableProblems(nodeProblems ?? [], ['nodes', index, 'config']),
    [nodeProblems, index],
  );

  const onEdit = useCallback(
    (change: (table: TableConfig) => TableConfig) => {
      // Read the latest config: two quick edits must not overwrite each other.
      const state = api.getState();
      const latest = state.flow.nodes.find((n) => n.id === nodeId);
      if (!latest) return;
      const current = readTable(latest.config);
      const next = change(current);
      if (next !== current) state.updateConfig(nodeId, { ...latest.config, ...next });
    },
    [api, nodeId],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  if (!node) return null;
  const name = node.name || node.id;
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog dt-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`dt-title-${nodeId}`}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id={`dt-title-${nodeId}`}>{t('title', { name })}</h2>
        <TableToolbar table={table} fileName={name} onEdit={onEdit} />
        {problems.table.length > 0 && (
          <ul className="dt-table-problems" aria-label={t('tableProblems')}>
            {problems.table.map((p, i) => (
              <li key={i} className={`is-${p.severity}`}>
                {p.message}
              </li>
            ))}
          </ul>
        )}
        {table.inputs.length === 0 || table.outputs.length === 0 ? <p className="muted">{t('noColumns')}</p> : null}
        <div className="dt-scroll">
          <TableGrid table={table} problems={problems} locale={locale} matchedRows={matchedRows} onEdit={onEdit} />
        </div>
        <p className="muted dt-keys">{t('keysHelp')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
