/** One rollout: its state and arms, the buttons a publisher may press, the guardrails and the differing orders. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { enc, ServerError, type ServerApi } from './api';
import { RunView } from './HistoryPage';
import { detailSchema, differencesSchema, formatMetric, rolloutSchema, type RolloutDetail } from './rollout-api';
import { known, useRolloutT, type RolloutT } from './rollout.i18n';
import { RolloutReasonText } from './rollout-reason';
import { z } from 'zod';

const GuardrailChart = lazy(() => import('./GuardrailChart').then((m) => ({ default: m.GuardrailChart })));

type Action = 'advance' | 'pause' | 'resume' | 'rollback' | 'complete';

function GuardrailTable({ detail, t }: { detail: RolloutDetail; t: RolloutT }) {
  return (
    <table className="live-table" aria-label={t('guardrails')}>
      <thead>
        <tr>
          <th>{t('metric')}</th>
          <th>{t('candidate')}</th>
          <th>{t('baseline')}</th>
          <th>{t('worseBy')}</th>
          <th>{t('pValue')}</th>
          <th>{t('verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.stage.checks.map((c) => (
          <tr key={`${c.metric}-${c.currency ?? ''}`} className={c.breach ? 'rollout-breach' : undefined}>
            <td>
              {known(t, 'metric', c.metric)} {c.currency ?? ''}
            </td>
            <td>
              {formatMetric(c.metric, c.candidate)} <span className="muted">({t('orders', { n: c.candidateN })})</span>
            </td>
            <td>
              {formatMetric(c.metric, c.baseline)} <span className="muted">({t('orders', { n: c.baselineN })})</span>
            </td>
            <td>{formatMetric(c.metric, c.worseBy)}</td>
            <td>{c.pValue === null ? '–' : c.pValue.toExponential(1)}</td>
            <td>{c.z === null ? t('tooFew') : c.breach ? t('breach') : t('ok')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Differences({ api, id, t }: { api: ServerApi; id: string; t: RolloutT }) {
  const [diffs, setDiffs] = useState<z.infer<typeof differencesSchema> | null>(null);
  const [openRun, setOpenRun] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void api
      .get(`/api/v1/rollouts/${enc(id)}/differences?limit=200`, differencesSchema)
      .then((d) => alive && setDiffs(d));
    return () => void (alive = false);
  }, [api, id]);
  if (!diffs) return null;
  return (
    <section aria-label={t('differences', { n: diffs.total })}>
      <h3>{t('differences', { n: diffs.total })}</h3>
      {diffs.total === 0 && <p className="muted">{t('noDifferences')}</p>}
      {diffs.differences.length > 0 && (
        <table className="live-table">
          <thead>
            <tr>
              <th>{t('field')}</th>
              <th>{t('live')}</th>
              <th>{t('candidate')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {diffs.differences.map((d) => (
              <tr key={d.liveRunId}>
                <td>
                  <code>{d.orderId}</code>{' '}
                  {d.diffs.map((f) => (
                    <code key={f.field}>{f.field} </code>
                  ))}
                </td>
                <td>
                  <code>{d.diffs.map((f) => String(f.before)).join(' · ')}</code>
                </td>
                <td>
                  <code>{d.diffs.map((f) => String(f.after)).join(' · ')}</code>
                </td>
                <td>
                  <button type="button" className="link" onClick={() => setOpenRun(d.liveRunId)}>
                    {t('openOnCanvas')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {openRun && <RunView key={openRun} api={api} runId={openRun} />}
    </section>
  );
}

export function RolloutDetailView({
  api,
  id,
  canAct,
  onChanged,
}: {
  api: ServerApi;
  id: string;
  canAct: boolean;
  onChanged: () => void;
}) {
  const t = useRolloutT();
  const [detail, setDetail] = useState<RolloutDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const load = useCallback(async () => {
    try {
      setDetail(await api.get(`/api/v1/rollouts/${enc(id)}`, detailSchema));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, [api, id]);
  useEffect(() => void load(), [load]);
  const act = async (action: Action) => {
    if (action === 'rollback' && !note.trim()) return setError(t('rollbackNote'));
    try {
      const body = action === 'rollback' ? { note: note.trim() } : {};
      await api.send('POST', `/api/v1/rollouts/${enc(id)}/${action}`, body, rolloutSchema);
      setError(null);
      await load();
      onChanged();
    } catch (caught) {
      setError(t('failed', { message: caught instanceof ServerError ? caught.message : String(caught) }));
    }
  };
  if (!detail) return error ? <p className="live-error">{error}</p> : <p className="muted">…</p>;
  const active = detail.state === 'running' || detail.state === 'paused';
  const ab = detail.stage.ab;
  return (
    <div className="rollout-detail">
      <p>
        <strong>{known(t, 'state', detail.state)}</strong> · {known(t, 'mode', detail.mode)}
        {detail.mode === 'canary' && ` · ${t('stage', { n: detail.stageIndex + 1, of: detail.plan.length })}`}
      </p>
      <p>
        {detail.mode === 'shadow'
          ? t('shadowArms', { candidate: detail.candidateVersion, base: detail.baseVersion })
          : t('arms', { candidate: detail.candidateVersion, base: detail.baseVersion, percent: detail.percent })}
      </p>
      {detail.mode === 'shadow' && <p>{t('capturedEffects', { n: detail.capturedEffects })}</p>}
      {detail.reasonDetail ? (
        <p className="live-error">
          {t('reasonLine')}
          <RolloutReasonText reason={detail.reasonDetail} />
        </p>
      ) : (
        detail.reason && (
          // An older server: only the English line.
          <p className="live-error">
            {t('reasonLine')}
            <span lang="en">{detail.reason}</span>
          </p>
        )
      )}
      {canAct && active && (
        <div className="live-actions">
          {detail.mode === 'canary' && detail.stageIndex < detail.plan.length - 1 && (
            <button type="button" className="button" onClick={() => void act('advance')}>
              {t('advance')}
            </button>
          )}
          {detail.state === 'running' ? (
            <button type="button" className="button" onClick={() => void act('pause')}>
              {t('pause')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void act('resume')}>
              {t('resume')}
            </button>
          )}
          <button type="button" className="button primary" onClick={() => void act('complete')}>
            {t('complete')}
          </button>
          <input
            aria-label={t('rollbackNote')}
            placeholder={t('rollbackNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="button" className="button danger" onClick={() => void act('rollback')}>
            {t('rollback')}
          </button>
        </div>
      )}
      {error && <p className="live-error">{error}</p>}
      <h3>{t('guardrails')}</h3>
      <GuardrailTable detail={detail} t={t} />
      <Suspense fallback={<p className="muted">{t('chartLoading')}</p>}>
        <GuardrailChart checks={detail.stage.checks} t={t} />
      </Suspense>
      {ab && (
        <section>
          <h3>{t('abTitle', { metric: known(t, 'metric', ab.metric) })}</h3>
          <p>
            {ab.interval
              ? t('abLine', {
                  diff: formatMetric(ab.metric, ab.difference),
                  low: formatMetric(ab.metric, ab.interval[0]),
                  high: formatMetric(ab.metric, ab.interval[1]),
                })
              : t('abTooFew')}
          </p>
        </section>
      )}
      {detail.mode === 'shadow' && <Differences api={api} id={id} t={t} />}
    </div>
  );
}
