/** Rollouts (灰度发布): start one for the open flow, follow its arms and guardrails, act on it. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Flow } from '../../runtime/index';
import { useEditor } from '../store/EditorProvider';
import { draftSchema, enc, ServerError, type ServerApi } from './api';
import { LivePage } from './LivePage';
import { listSchema, parsePlan, rolloutSchema, type Rollout } from './rollout-api';
import { known, useRolloutT } from './rollout.i18n';
import { RolloutDetailView } from './RolloutDetailView';
import { formatInstant } from './time';

type Mode = Rollout['mode'];

function StartForm({ api, flow, onStarted }: { api: ServerApi; flow: Flow; onStarted: (id: string) => void }) {
  const t = useRolloutT();
  const [mode, setMode] = useState<Mode>('canary');
  const [plan, setPlan] = useState('5, 25, 50, 100');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const steps = parsePlan(plan);
    if (mode === 'canary' && !steps) return setError(t('badPlan'));
    if (!note.trim()) return setError(t('noteRequired'));
    try {
      await api.send('PUT', `/api/v1/flows/${enc(flow.id)}`, { flow }, draftSchema);
      const body = { mode, note: note.trim(), ...(mode === 'canary' ? { plan: steps } : {}) };
      const started = await api.send('POST', `/api/v1/flows/${enc(flow.id)}/rollouts`, body, rolloutSchema);
      setError(null);
      onStarted(started.id);
    } catch (caught) {
      const problems = caught instanceof ServerError ? caught.problems.map((p) => p.message).join('; ') : '';
      setError(t('failed', { message: `${caught instanceof Error ? caught.message : String(caught)} ${problems}` }));
    }
  };
  return (
    <form className="rollout-start" onSubmit={(e) => void submit(e)} aria-label={t('start')}>
      <h3>{t('start')}</h3>
      <p className="muted">{t('startHint')}</p>
      <label>
        {t('mode')}
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          {(['shadow', 'canary', 'ab'] as const).map((m) => (
            <option key={m} value={m}>
              {known(t, 'mode', m)}
            </option>
          ))}
        </select>
      </label>
      {mode === 'canary' && (
        <label>
          {t('plan')}
          <input value={plan} onChange={(e) => setPlan(e.target.value)} />
        </label>
      )}
      <label>
        {t('note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button primary">
        {t('startButton')}
      </button>
      {error && <p className="live-error">{error}</p>}
    </form>
  );
}

export function RolloutPage({ api, canAct, onClose }: { api: ServerApi; canAct: boolean; onClose: () => void }) {
  const t = useRolloutT();
  const flow = useEditor((s) => s.flow);
  const locale = useEditor((s) => s.locale);
  const [rollouts, setRollouts] = useState<Rollout[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const load = useCallback(async () => {
    const list = await api.get('/api/v1/rollouts?limit=50', listSchema);
    setRollouts(list.rollouts);
    setSelected((current) => current ?? list.rollouts[0]?.id ?? null);
  }, [api]);
  useEffect(() => void load().catch(() => setRollouts([])), [load]);
  return (
    <LivePage title={t('rollouts')} onClose={onClose}>
      {canAct && (
        <StartForm
          api={api}
          flow={flow}
          onStarted={(id) => {
            setSelected(id);
            void load();
          }}
        />
      )}
      {rollouts?.length === 0 && <p className="muted">{t('none')}</p>}
      {rollouts && rollouts.length > 0 && (
        <ul className="rollout-list">
          {rollouts.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className={r.id === selected ? 'link is-selected' : 'link'}
                aria-pressed={r.id === selected}
                onClick={() => setSelected(r.id)}
              >
                <span data-user-text>{r.flowId}</span> v{r.candidateVersion} · {known(t, 'mode', r.mode)} ·{' '}
                {known(t, 'state', r.state)} · {r.percent}% · {formatInstant(r.createdAt, locale)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected && (
        <RolloutDetailView key={selected} api={api} id={selected} canAct={canAct} onChanged={() => void load()} />
      )}
    </LivePage>
  );
}
