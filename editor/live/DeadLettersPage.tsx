/**
 * Failed deliveries (the outbox's dead letters) for admins: what could not be sent after every retry
 * (a webhook, an API call), why, and Retry (attempts start over) or Discard. Both are audited by the server.
 */
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { useEditor } from '../store/EditorProvider';
import { ServerError, type ServerApi } from './api';
import { LivePage } from './LivePage';
import { eventText, useLiveT, type LiveT } from './live.i18n';
import { formatInstant } from './time';

export const deadLetterSchema = z.object({
  seq: z.number().int(),
  dedupeKey: z.string(),
  runId: z.string().nullable(),
  kind: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deadAt: z.string().nullable(),
  payload: z.unknown(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;
const listSchema = z.object({ entries: z.array(deadLetterSchema) });

const payloadOf = z.object({
  event: z.object({ type: z.string() }).optional(),
  request: z.object({ method: z.string(), url: z.string() }).optional(),
});

/** One line saying what was to be delivered: the event a webhook carried, the API a call went to. */
export function deliveryWhat(entry: DeadLetter, t: LiveT): string {
  const payload = payloadOf.safeParse(entry.payload);
  const data = payload.success ? payload.data : {};
  if (entry.kind === 'webhook' && data.event) return t('deliveryWebhook', { event: eventText(t, data.event.type) });
  if (entry.kind === 'api-call' && data.request)
    return t('deliveryApiCall', { method: data.request.method, url: data.request.url });
  return entry.kind;
}

export function DeadLettersPage({ api, onClose }: { api: ServerApi; onClose: () => void }) {
  const t = useLiveT();
  const locale = useEditor((s) => s.locale);
  const [entries, setEntries] = useState<DeadLetter[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const load = useCallback(async () => {
    try {
      setEntries((await api.get('/api/v1/outbox/dead', listSchema)).entries);
      setError(null);
    } catch (caught) {
      setError(t('loadFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  }, [api, t]);
  useEffect(() => void load(), [load]);

  const act = async (entry: DeadLetter, action: 'retry' | 'discard') => {
    setBusy(entry.seq);
    try {
      await api.send('POST', `/api/v1/outbox/${entry.seq}/${action}`, {}, deadLetterSchema);
    } catch (caught) {
      // 409: someone else retried or discarded it meanwhile; the reload shows where it is now.
      if (!(caught instanceof ServerError && caught.status === 409))
        setError(t('actionFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(null);
      await load();
    }
  };

  return (
    <LivePage title={t('deadLetters')} onClose={onClose}>
      <p className="muted">{t('deadLettersHint')}</p>
      {error && <p className="live-error">{error}</p>}
      {entries === null && !error && <p className="muted">{t('loading')}</p>}
      {entries?.length === 0 && <p className="muted">{t('noDeadLetters')}</p>}
      {entries && entries.length > 0 && (
        <table className="live-table" aria-label={t('deadLetters')}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('deliveryWhat')}</th>
              <th>{t('deliveryRun')}</th>
              <th>{t('deliveryAttempts')}</th>
              <th>{t('deliveryError')}</th>
              <th>{t('deliveryDeadAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td>{entry.seq}</td>
                <td>{deliveryWhat(entry, t)}</td>
                <td>{entry.runId ?? ''}</td>
                <td>{entry.attempts}</td>
                <td className="live-json">{entry.lastError ?? ''}</td>
                <td>{entry.deadAt ? formatInstant(entry.deadAt, locale) : ''}</td>
                <td className="live-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={busy !== null}
                    onClick={() => void act(entry, 'retry')}
                  >
                    {t('retryDelivery')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={busy !== null}
                    onClick={() => void act(entry, 'discard')}
                  >
                    {t('discardDelivery')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </LivePage>
  );
}
