/**
 * FlowList — the person's saved flows (IndexedDB): search, open (the open one highlighted), new, from template,
 * import, rename, duplicate, export, and delete to a trash from which a flow can be restored (with an undo toast
 * right after).
 *
 *   <FlowList repo={repo} registry={coreRegistry} locale={locale} activeFlowId={flow?.id}
 *     onOpen={(row) => openFlow(row.document, row.draftText)} onDeleted={(id) => id === flow?.id && closeFlow()} />
 *
 * - repo: from `openRepository()` (editor/db). The list stays live across tabs of this app.
 * - onOpen(row: FlowRow): a flow to show — `row.document`, and `row.draftText` if invalid JSON is pending.
 *   Called for clicks and for flows just created, imported or duplicated.
 * - onDeleted?(id) / onRestored?(row): so the shell can close or reopen the flow being edited.
 * - templates?: flows for "from template"; default: the bundled examples (also seeded on first start).
 * - undoMs?: how long "Undo" is offered after a delete (default 8000 ms).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Flow, Problem, Locale, NodeRegistry } from '../../../runtime/index';
import type { StoredFlow } from '../../db/db';
import { seedFromExamples } from '../../db/first-start';
import { useDeletedFlows, useFlowList } from '../../db/hooks';
import type { Repository } from '../../db/repository';
import { downloadText } from './download';
import { FlowRow } from './FlowRow';
import { FlowToolbar } from './FlowToolbar';
import { msg } from './flows.i18n';
import { WelcomeDialog } from '../../welcome/WelcomeDialog';
import { TEMPLATE_TEXTS } from '../../welcome/welcome.i18n';
import { TrashList } from './TrashList';
import { UndoToast } from './UndoToast';
import './flows.css';

export interface FlowListProps {
  readonly repo: Repository;
  readonly registry: NodeRegistry;
  readonly locale: Locale;
  readonly onOpen: (row: StoredFlow) => void;
  readonly activeFlowId?: string;
  readonly onDeleted?: (id: string) => void;
  readonly onRestored?: (row: StoredFlow) => void;
  readonly templates?: readonly Flow[];
  readonly undoMs?: number;
}

/** How long the trash keeps a deleted flow before it is emptied for good. */
const TRASH_DAYS = 30;

export function FlowList({
  repo,
  registry,
  locale,
  onOpen,
  activeFlowId,
  onDeleted,
  onRestored,
  templates,
  undoMs = 8000,
}: FlowListProps) {
  const flows = useFlowList(repo);
  const trash = useDeletedFlows(repo);
  const [query, setQuery] = useState('');
  const [gallery, setGallery] = useState(false);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return q === '' ? flows : flows?.filter((f) => f.name.toLocaleLowerCase().includes(q));
  }, [flows, query]);
  const [examples, setExamples] = useState<readonly Flow[]>([]);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [importProblems, setImportProblems] = useState<readonly Problem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    seedFromExamples(repo, registry).then(
      (r) => live && setExamples(r.flows),
      (e: unknown) => live && setError(String(e)),
    );
    // The trash keeps a deleted flow for TRASH_DAYS; older ones are emptied.
    repo
      .purgeDeleted(new Date(Date.parse(repo.deps.now()) - TRASH_DAYS * 86_400_000).toISOString())
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [repo, registry]);

  /** Runs a repository action, opening the flow it yields and showing any error instead of throwing. */
  const run = <T,>(action: () => Promise<T>, then?: (result: T) => void) => {
    setError(null);
    action().then(
      (result) => then?.(result),
      (e: unknown) => setError(e instanceof RangeError ? msg('nameRequired', locale) : String(e)),
    );
  };
  const open = (row: StoredFlow | undefined) => row && onOpen(row);
  const closeToast = useCallback(() => setDeleted(null), []);

  return (
    <section className="of-flows" aria-label={msg('title', locale)}>
      <h2 className="of-flows-title">{msg('title', locale)}</h2>
      <FlowToolbar
        templates={templates ?? examples}
        locale={locale}
        onNew={() => run(() => repo.createFlow({ name: msg('untitled', locale), registry }), open)}
        onTemplate={(template) => run(() => repo.createFlow({ name: templateName(template, locale), template }), open)}
        onGallery={() => setGallery(true)}
        onImport={(text) =>
          run(
            () => repo.importFlowFile(text, registry, locale),
            (result) => {
              setImportProblems(result.ok ? null : result.problems);
              if (result.ok) onOpen(result.flow);
            },
          )
        }
      />
      {error && (
        <p className="of-flows-error" role="alert">
          {error}
        </p>
      )}
      {importProblems && (
        <div className="of-flows-import-problems" role="alert">
          <p>{msg('importFailed', locale)}</p>
          <ul>
            {importProblems.map((p, i) => (
              <li key={i}>
                {p.line !== undefined ? `${msg('line', locale)} ${p.line}: ` : ''}
                {p.message} <code>{p.code}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setImportProblems(null)}>
            {msg('dismiss', locale)}
          </button>
        </div>
      )}
      {flows !== undefined && flows.length > 0 && (
        <input
          type="search"
          className="input of-flows-search"
          aria-label={msg('search', locale)}
          placeholder={msg('search', locale)}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      {flows === undefined || shown === undefined ? (
        <p>{msg('loading', locale)}</p>
      ) : flows.length === 0 ? (
        <p className="of-flows-empty">{msg('empty', locale)}</p>
      ) : shown.length === 0 ? (
        <p className="of-flows-empty">
          {msg('noMatch', locale)} “<span data-user-text="">{query.trim()}</span>”
        </p>
      ) : (
        <ul className="of-flows-list">
          {shown.map((flow) => (
            <FlowRow
              key={flow.id}
              flow={flow}
              active={flow.id === activeFlowId}
              locale={locale}
              onOpen={() => run(() => repo.getFlow(flow.id), open)}
              onRename={(name) => run(() => repo.renameFlow(flow.id, name))}
              onDuplicate={() =>
                run(() => repo.duplicateFlow(flow.id, `${flow.name}${msg('copySuffix', locale)}`.slice(0, 200)), open)
              }
              onExport={() =>
                run(
                  () => repo.getFlow(flow.id),
                  (row) => {
                    if (!row) return;
                    const file = repo.exportFlow(row.document);
                    downloadText(file.text, file.filename);
                  },
                )
              }
              onDelete={() =>
                run(
                  () => repo.deleteFlow(flow.id),
                  (gone) => {
                    if (!gone) return;
                    setDeleted({ id: gone.id, name: gone.flow.name });
                    onDeleted?.(gone.id);
                  },
                )
              }
            />
          ))}
        </ul>
      )}
      {gallery && (
        <WelcomeDialog
          firstRun={false}
          templates={templates ?? examples}
          registry={registry}
          locale={locale}
          onClose={() => setGallery(false)}
          onPick={(template) => {
            setGallery(false);
            run(() => repo.createFlow({ name: templateName(template, locale), template }), open);
          }}
          onBlank={() => {
            setGallery(false);
            run(() => repo.createFlow({ name: msg('untitled', locale), registry }), open);
          }}
        />
      )}
      <TrashList
        deleted={trash ?? []}
        locale={locale}
        keepDays={TRASH_DAYS}
        onRestore={(id) =>
          run(
            () => repo.undoDelete(id),
            (row) => row && onRestored?.(row),
          )
        }
        onDeleteForever={(id) => run(() => repo.deleteForever(id))}
      />
      {deleted && (
        <UndoToast
          key={deleted.id}
          locale={locale}
          timeoutMs={undoMs}
          onClose={closeToast}
          message={msg('movedToTrash', locale)}
          name={deleted.name}
          onUndo={() =>
            run(
              () => repo.undoDelete(deleted.id),
              (row) => {
                setDeleted(null);
                if (row) onRestored?.(row);
              },
            )
          }
        />
      )}
    </section>
  );
}

/** A flow made from a template is named as the gallery shows it, in the UI's language. */
function templateName(template: Flow, locale: Locale): string {
  return TEMPLATE_TEXTS[template.id]?.name[locale] ?? template.name;
}
