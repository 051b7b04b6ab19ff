/**
 * Live and draft of the open flow: what changed since live (the versions panel's diff sentences),
 * Publish with a required note, four-eyes approvals, and rollback by publishing an older version.
 */
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import type { Flow } from '../../runtime/index';
import { describeDiff } from '../panels/versions';
import { useEditor } from '../store/EditorProvider';
import {
  draftSchema,
  enc,
  publishAnswerSchema,
  publishRequestSchema,
  ServerError,
  type Me,
  type PublishRequest,
  type ServerApi,
  type ServerProblem,
} from './api';
import { useLiveT, type LiveT } from './live.i18n';
import { formatInstant } from './time';
import type { LiveStatus } from './use-live-status';

const requestsSchema = z.object({ requests: z.array(publishRequestSchema) });

interface Refusal {
  readonly message: string;
  readonly problems: readonly ServerProblem[];
}

function refusalOf(error: unknown, t: LiveT): Refusal {
  if (error instanceof ServerError)
    return { message: error.code === 'self-approval' ? t('ownRequest') : error.message, problems: error.problems };
  return { message: error instanceof Error ? error.message : String(error), problems: [] };
}

function answerText(answer: z.infer<typeof publishAnswerSchema>, t: LiveT): string {
  if (answer.published && answer.version) return t('published', { n: answer.version.version });
  const request = answer.request;
  return t('pendingApprovals', { n: request ? request.requiredApprovals - request.approvals.length : 1 });
}

function RefusalView({ refusal, t }: { refusal: Refusal; t: LiveT }) {
  return (
    <div className="live-error" role="alert">
      <p>
        {t('refused')} {refusal.message}
      </p>
      {refusal.problems.length > 0 && (
        <ul>
          {refusal.problems.map((p, i) => (
            <li key={i}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Props {
  readonly api: ServerApi;
  readonly me: Me;
  readonly flow: Flow;
  readonly status: LiveStatus;
  readonly onChanged: () => void;
  readonly onClose: () => void;
}

export function PublishDialog({ api, me, flow, status, onChanged, onClose }: Props) {
  const t = useLiveT();
  const locale = useEditor((s) => s.locale);
  const registry = useEditor((s) => s.registry);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [requests, setRequests] = useState<PublishRequest[]>([]);
  const loadRequests = useCallback(async () => {
    const answer = await api
      .get(`/api/v1/publish-requests?flowId=${enc(flow.id)}`, requestsSchema)
      .catch(() => ({ requests: [] }));
    setRequests(answer.requests.filter((r) => r.status === 'pending'));
  }, [api, flow.id]);
  useEffect(() => void loadRequests(), [loadRequests]);

  const act = async (write: () => Promise<string>) => {
    setBusy(true);
    setRefusal(null);
    setNotice(null);
    try {
      setNotice(await write());
      setNote('');
      onChanged();
      await loadRequests();
    } catch (error) {
      setRefusal(refusalOf(error, t));
    } finally {
      setBusy(false);
    }
  };
  const withNote = (write: (note: string) => Promise<string>) => {
    if (note.trim() === '') return setRefusal({ message: t('noteRequired'), problems: [] });
    void act(() => write(note.trim()));
  };
  // The server publishes its saved draft: save what is open here first, then publish that.
  const publish = () =>
    withNote(async (text) => {
      await api.send('PUT', `/api/v1/flows/${enc(flow.id)}`, { flow }, draftSchema);
      return answerText(
        await api.send('POST', `/api/v1/flows/${enc(flow.id)}/publish`, { note: text }, publishAnswerSchema),
        t,
      );
    });
  const rollback = (version: number) =>
    withNote(async (text) =>
      answerText(
        await api.send(
          'POST',
          `/api/v1/flows/${enc(flow.id)}/versions/${version}/publish`,
          { note: text },
          publishAnswerSchema,
        ),
        t,
      ),
    );
  const approve = (request: PublishRequest) =>
    void act(async () =>
      answerText(
        await api.send('POST', `/api/v1/publish-requests/${enc(request.id)}/approve`, {}, publishAnswerSchema),
        t,
      ),
    );

  const versions = status.kind === 'draft' || status.kind === 'live' ? status.versions : [];
  const changes = status.kind === 'live' ? describeDiff(status.diff, locale, registry) : [];
  return (
    <div className="live-overlay" role="dialog" aria-modal="true" aria-label={t('liveTitle', { flow: flow.name })}>
      <div className="live-publish">
        <h2>{t('liveTitle', { flow: flow.name })}</h2>
        {status.kind === 'live' && (
          <section aria-label={t('changesSinceLive', { n: status.version })}>
            <h3>{t('changesSinceLive', { n: status.version })}</h3>
            {changes.length === 0 ? (
              <p className="muted">{t('noChangesSinceLive')}</p>
            ) : (
              <ul className="of-versions-diff">
                {changes.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </section>
        )}
        {(status.kind === 'draft' || status.kind === 'not-on-server') && <p className="muted">{t('neverPublished')}</p>}
        <label className="live-comment">
          {t('publishNote')}
          <textarea className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="live-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('close')}
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={publish}>
            {busy ? t('publishing') : t('publish')}
          </button>
        </div>
        {notice && (
          <p className="live-notice" role="status">
            {notice}
          </p>
        )}
        {refusal && <RefusalView refusal={refusal} t={t} />}
        {requests.length > 0 && (
          <section>
            <h3>{t('requests')}</h3>
            <ul>
              {requests.map((r) => (
                <li key={r.id}>
                  {t('requestLine', {
                    note: r.note,
                    author: r.author,
                    have: r.approvals.length,
                    need: r.requiredApprovals,
                  })}{' '}
                  {r.author === me.id ? (
                    <span className="muted">{t('ownRequest')}</span>
                  ) : (
                    <button type="button" className="button" disabled={busy} onClick={() => approve(r)}>
                      {t('approve')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {versions.length > 0 && (
          <section>
            <h3>{t('versions')}</h3>
            <ul className="live-versions">
              {[...versions].reverse().map((v) => (
                <li key={v.version}>
                  {t('versionLine', {
                    n: v.version,
                    at: formatInstant(v.publishedAt, locale),
                    by: v.publishedBy,
                    note: v.note,
                  })}{' '}
                  {v.live ? (
                    <strong>{t('live', { n: v.version })}</strong>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      title={t('rollbackNote', { n: v.version })}
                      onClick={() => rollback(v.version)}
                    >
                      {t('rollback', { n: v.version })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
