/** The audit log for admins (append-only on the server), with CSV and JSONL export links. */
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { useEditor } from '../store/EditorProvider';
import { auditEntrySchema, type AuditEntry, type ServerApi } from './api';
import { LivePage } from './LivePage';
import { rolloutReasonSchema } from './rollout-api';
import { RolloutReasonText } from './rollout-reason';
import { useLiveT } from './live.i18n';
import { formatInstant } from './time';

const pageSchema = z.object({ entries: z.array(auditEntrySchema), nextAfter: z.number().nullable() });
const PAGE = 200;

/** The server writes the export (same query, another format), so the file is the log itself. */
export const exportHref = (format: 'csv' | 'jsonl') => `/api/v1/audit?format=${format}&limit=100000`;

/** A rollout's stop reason (an auto-rollback's guardrail breach) said in the editor's language under the raw change. */
function AuditReason({ after }: { after: unknown }) {
  const reason = rolloutReasonSchema.safeParse((after as { reason?: unknown } | null)?.reason);
  if (!reason.success) return null;
  return (
    <div className="audit-reason">
      <RolloutReasonText reason={reason.data} />
    </div>
  );
}

const compact = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export function AuditPage({ api, onClose }: { api: ServerApi; onClose: () => void }) {
  const t = useLiveT();
  const locale = useEditor((s) => s.locale);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [nextAfter, setNextAfter] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    async (after = 0) => {
      try {
        const page = await api.get(`/api/v1/audit?after=${after}&limit=${PAGE}`, pageSchema);
        setEntries((before) => (after > 0 && before ? [...before, ...page.entries] : page.entries));
        setNextAfter(page.nextAfter);
      } catch (caught) {
        setError(t('loadFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
      }
    },
    [api, t],
  );
  useEffect(() => void load(), [load]);
  return (
    <LivePage title={t('audit')} onClose={onClose}>
      <div className="live-actions">
        <a className="button" href={exportHref('csv')} download="orderflow-audit.csv">
          {t('exportCsv')}
        </a>
        <a className="button" href={exportHref('jsonl')} download="orderflow-audit.jsonl">
          {t('exportJsonl')}
        </a>
      </div>
      {error && <p className="live-error">{error}</p>}
      {entries === null && !error && <p className="muted">{t('loading')}</p>}
      {entries && (
        <table className="live-table" aria-label={t('audit')}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('when')}</th>
              <th>{t('actor')}</th>
              <th>{t('action')}</th>
              <th>{t('subject')}</th>
              <th>{t('change')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{formatInstant(e.at, locale)}</td>
                <td title={e.actor}>{e.actorName ?? e.actor}</td>
                <td>{e.action}</td>
                <td title={e.subject ?? undefined}>{e.subjectName ?? e.subject}</td>
                <td className="live-json">
                  {compact(e.before)}
                  {e.before !== null && e.before !== undefined && ' → '}
                  {compact(e.after)}
                  <AuditReason after={e.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextAfter !== null && (
        <button type="button" className="button" onClick={() => void load(nextAfter)}>
          {t('more')}
        </button>
      )}
    </LivePage>
  );
}
