/**
 * VersionsPanel — named snapshots of the open flow: save, list, restore, and compare any two.
 *
 *   <VersionsPanel repo={repo} flowId={flow.id} currentFlow={flow} draftText={draft} registry={coreRegistry}
 *     locale={locale} onRestore={(restored) => replaceFlow(restored)} />
 *
 * - currentFlow: the editor's flow now (saved by "Save version"; compared as "Current flow").
 * - draftText?: pending invalid JSON; kept in the automatic backup a restore makes.
 * - onRestore(flow): the restored document, already written to the DB; put it into the editor.
 *   Before restoring, the current state is saved as a version ("Before restoring …"), so a restore
 *   can always be undone from this list.
 * - registry?: lets the diff name step types in the current language.
 */
import { useState } from 'react';
import type { Flow, Locale, NodeRegistry } from '../../../runtime/index';
import { useVersions } from '../../db/hooks';
import type { Repository } from '../../db/repository';
import { formatTime } from '../flows/flows.i18n';
import { VersionCompare } from './VersionCompare';
import { msg } from './versions.i18n';

export interface VersionsPanelProps {
  readonly repo: Repository;
  readonly flowId: string;
  readonly currentFlow: Flow;
  readonly locale: Locale;
  readonly onRestore: (flow: Flow) => void;
  readonly draftText?: string;
  readonly registry?: NodeRegistry;
}

export function VersionsPanel({
  repo,
  flowId,
  currentFlow,
  locale,
  onRestore,
  draftText,
  registry,
}: VersionsPanelProps) {
  const versions = useVersions(repo, flowId);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const save = () => {
    repo.saveVersion(flowId, label.trim() || formatTime(repo.deps.now(), locale), currentFlow, draftText).then(
      (v) => {
        setLabel('');
        setStatus(`${msg('saved', locale)} “${v.label}”.`);
      },
      (e: unknown) => setStatus(String(e)),
    );
  };
  const restore = (seq: number, versionLabel: string) => {
    // Save what the editor shows first: the backup must be this, not the last (debounced) autosave.
    repo
      .saveDraft(flowId, currentFlow, draftText)
      .then(() => repo.restoreVersion(seq, `${msg('backupLabel', locale)} “${versionLabel}”`))
      .then(
        (result) => {
          if (!result) return;
          onRestore(result.flow.document);
          setStatus(
            `${msg('restored', locale)} “${versionLabel}”. ${msg('backupNote', locale)} “${result.backup.label}”.`,
          );
        },
        (e: unknown) => setStatus(String(e)),
      );
  };

  return (
    <section className="of-versions" aria-label={msg('title', locale)}>
      <h2>{msg('title', locale)}</h2>
      <form
        className="of-versions-save"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <input
          aria-label={msg('label', locale)}
          placeholder={msg('labelPlaceholder', locale)}
          value={label}
          maxLength={120}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit">{msg('save', locale)}</button>
      </form>
      {status && (
        <p className="of-versions-status" role="status">
          {status}
        </p>
      )}
      {versions && versions.length === 0 && <p>{msg('none', locale)}</p>}
      {versions && versions.length > 0 && (
        <>
          <ol className="of-versions-list" reversed>
            {versions.map((v) => (
              <li key={v.seq}>
                <span className="of-version-label">{v.label}</span> <small>{formatTime(v.createdAt, locale)}</small>{' '}
                <button type="button" onClick={() => restore(v.seq!, v.label)}>
                  {msg('restore', locale)}
                </button>
              </li>
            ))}
          </ol>
          <VersionCompare
            key={flowId}
            versions={versions}
            current={currentFlow}
            locale={locale}
            {...(registry ? { registry } : {})}
          />
        </>
      )}
    </section>
  );
}
