/** 待办审批: holds waiting for the user's approval roles, earliest deadline first, decided here. */
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import type { TraceStep } from '../../runtime/index';
import { valueLabel } from '../i18n/value-labels';
import { useEditor } from '../store/EditorProvider';
import { enc, inboxItemSchema, runSummarySchema, ServerError, type InboxItem, type ServerApi } from './api';
import { LivePage } from './LivePage';
import { statusText, useLiveT, type LiveT } from './live.i18n';
import { NEEDS_COMMENT, portLabel } from './ports';
import { RunCanvas } from './RunCanvas';
import { formatDuration, systemClock, useNow, type Clock } from './time';
import { useVersionFlow } from './use-version-flow';

const inboxSchema = z.object({ items: z.array(inboxItemSchema) });

/** Earliest deadline first; holds without one (QC) last, the longest waiting first. */
export function byDeadline(a: InboxItem, b: InboxItem): number {
  const due = (i: InboxItem) => (i.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(i.dueAt));
  return due(a) - due(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

/** Time left to the deadline; a hold without one (QC waits for the goods) shows how long it has waited. */
function Countdown({ item, clock, t }: { item: Pick<InboxItem, 'dueAt' | 'createdAt'>; clock: Clock; t: LiveT }) {
  const locale = useEditor((s) => s.locale);
  const now = useNow(clock);
  const { dueAt } = item;
  if (dueAt === null)
    return (
      <span className="muted">
        {t('waitingFor', { time: formatDuration(now - Date.parse(item.createdAt), locale) })}
      </span>
    );
  const left = Date.parse(dueAt) - now;
  const time = formatDuration(left, locale);
  return (
    <span className={left < 0 ? 'live-overdue' : 'live-due'}>
      {left < 0 ? t('overdue', { time }) : t('dueIn', { time })}
    </span>
  );
}

function refusalText(error: unknown, t: LiveT): string {
  if (!(error instanceof ServerError)) return error instanceof Error ? error.message : String(error);
  if (error.code === 'self-approval') return t('selfApproval', { message: error.message });
  if (error.status === 409) return t('decidedMeanwhile', { message: error.message });
  return error.message;
}

function Decide({ api, item, onDecided }: { api: ServerApi; item: InboxItem; onDecided: (message: string) => void }) {
  const t = useLiveT();
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const version = useVersionFlow(api, item.flowId, item.flowVersion);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const flow = version && 'flow' in version ? version.flow : undefined;
  const label = (port: string) => portLabel(registry, flow, item.nodeId, port, locale);
  const decide = async (decision: string) => {
    if (NEEDS_COMMENT.has(decision) && comment.trim() === '')
      return setError(t('commentRequired', { decision: label(decision) }));
    setBusy(true);
    setError(null);
    try {
      const body = comment.trim() === '' ? { decision } : { decision, comment: comment.trim() };
      const run = await api.send('POST', `/api/v1/runs/${enc(item.runId)}/decisions`, body, runSummarySchema);
      onDecided(t('decided', { decision: label(decision), status: statusText(t, run.status) }));
    } catch (caught) {
      setError(refusalText(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="live-decide">
      <label className="live-comment">
        {t('comment')}
        <textarea className="input" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="live-actions" role="group" aria-label={item.reason}>
        {item.decisions.map((port) => (
          <button
            key={port}
            type="button"
            className={`button live-decide-${port}`}
            disabled={busy}
            onClick={() => void decide(port)}
          >
            {label(port)}
          </button>
        ))}
      </div>
      {error && (
        <p className="live-error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('pathSoFar')}</h3>
      {version === null && <p className="muted">{t('loading')}</p>}
      {version && 'error' in version && (
        <p className="live-error">
          {t('flowMissing', { flow: item.flowId, n: item.flowVersion, message: version.error })}
        </p>
      )}
      {flow && <RunCanvas flow={flow} trace={item.path as unknown as TraceStep[]} />}
    </div>
  );
}

export function InboxPage({
  api,
  onClose,
  clock = systemClock,
}: {
  api: ServerApi;
  onClose: () => void;
  clock?: Clock;
}) {
  const t = useLiveT();
  const locale = useEditor((s) => s.locale);
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const answer = await api.get('/api/v1/inbox', inboxSchema);
      setItems([...answer.items].sort(byDeadline));
      setError(null);
    } catch (caught) {
      setError(t('loadFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  }, [api, t]);
  useEffect(() => void load(), [load]);
  const open = items?.find((i) => i.waitId === openId) ?? items?.[0];
  return (
    <LivePage title={t('inbox')} onClose={onClose}>
      {notice && (
        <p className="live-notice" role="status">
          {notice}
        </p>
      )}
      {error && <p className="live-error">{error}</p>}
      {items === null && !error && <p className="muted">{t('loading')}</p>}
      {items?.length === 0 && <p className="muted">{t('inboxEmpty')}</p>}
      {items && items.length > 0 && (
        <div className="live-split">
          <ul className="live-list" aria-label={t('inbox')}>
            {items.map((item) => (
              <li key={item.waitId}>
                <button
                  type="button"
                  aria-current={item === open}
                  className={item === open ? 'is-on' : ''}
                  onClick={() => setOpenId(item.waitId)}
                >
                  <strong>{item.orderId}</strong> · {valueLabel(item.channel, locale)} ·{' '}
                  <Countdown item={item} clock={clock} t={t} />
                  <br />
                  <span className="muted">{item.reason}</span>
                </button>
              </li>
            ))}
          </ul>
          {open && (
            <section className="live-detail" aria-label={`${t('order')} ${open.orderId}`}>
              <dl className="live-facts">
                <dt>{t('order')}</dt>
                <dd>{open.orderId}</dd>
                <dt>{t('reason')}</dt>
                <dd>{open.reason}</dd>
                <dt>{t('role')}</dt>
                <dd>{open.role}</dd>
                <dt>{t('flow')}</dt>
                <dd>
                  {open.flowId} v{open.flowVersion}
                </dd>
                <dt>{t('due')}</dt>
                <dd>
                  <Countdown item={open} clock={clock} t={t} />
                </dd>
              </dl>
              <Decide
                key={open.waitId}
                api={api}
                item={open}
                onDecided={(message) => {
                  setNotice(message);
                  void load();
                }}
              />
            </section>
          )}
        </div>
      )}
    </LivePage>
  );
}
