/** Run history: live runs filtered by flow, version, status, channel and date, each opened on its canvas. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { z } from 'zod';
import type { TraceStep } from '../../runtime/index';
import { useEditor } from '../store/EditorProvider';
import { enc, RUN_STATUSES, runDetailSchema, runSummarySchema, type RunSummary, type ServerApi } from './api';
import { LivePage } from './LivePage';
import { statusText, useLiveT } from './live.i18n';
import { RunCanvas } from './RunCanvas';
import { formatInstant } from './time';
import { useVersionFlow } from './use-version-flow';

const pageSchema = z.object({ runs: z.array(runSummarySchema), nextCursor: z.string().nullable() });

export interface RunFilter {
  readonly flowId: string;
  readonly version: string;
  readonly status: string;
  readonly channel: string;
  /** yyyy-mm-dd, a day in the user's time zone. */
  readonly from: string;
  readonly to: string;
}
export const NO_FILTER: RunFilter = { flowId: '', version: '', status: '', channel: '', from: '', to: '' };

/** The query string for GET /api/v1/runs; a "to" day includes that whole day. */
export function runQuery(filter: RunFilter, cursor?: string): string {
  const query = new URLSearchParams();
  if (filter.flowId.trim()) query.set('flowId', filter.flowId.trim());
  if (/^\d+$/.test(filter.version.trim())) query.set('version', filter.version.trim());
  if (filter.status) query.set('status', filter.status);
  if (filter.channel.trim()) query.set('channel', filter.channel.trim());
  if (filter.from) query.set('from', new Date(`${filter.from}T00:00:00`).toISOString());
  if (filter.to) query.set('to', new Date(new Date(`${filter.to}T00:00:00`).getTime() + 86_400_000).toISOString());
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function RunView({ api, runId }: { api: ServerApi; runId: string }) {
  const t = useLiveT();
  const [run, setRun] = useState<z.infer<typeof runDetailSchema> | { error: string } | null>(null);
  useEffect(() => {
    let alive = true;
    api.get(`/api/v1/runs/${enc(runId)}`, runDetailSchema).then(
      (detail) => alive && setRun(detail),
      (error: unknown) => alive && setRun({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => void (alive = false);
  }, [api, runId]);
  if (run === null) return <p className="muted">{t('loading')}</p>;
  if ('error' in run) return <p className="live-error">{t('loadFailed', { message: run.error })}</p>;
  return (
    <RunTrace api={api} flowId={run.flowId} version={run.flowVersion} trace={run.trace as unknown as TraceStep[]} />
  );
}

function RunTrace({
  api,
  flowId,
  version,
  trace,
}: {
  api: ServerApi;
  flowId: string;
  version: number;
  trace: TraceStep[];
}) {
  const t = useLiveT();
  const flow = useVersionFlow(api, flowId, version);
  if (flow === null) return <p className="muted">{t('loading')}</p>;
  if ('error' in flow)
    return <p className="live-error">{t('flowMissing', { flow: flowId, n: version, message: flow.error })}</p>;
  return <RunCanvas flow={flow.flow} trace={trace} />;
}

function Filters({ value, onSearch }: { value: RunFilter; onSearch: (filter: RunFilter) => void }) {
  const t = useLiveT();
  const [draft, setDraft] = useState(value);
  const field = (key: keyof RunFilter) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="live-filters" onSubmit={submit}>
      <label>
        {t('flow')} <input className="input" {...field('flowId')} />
      </label>
      <label>
        {t('version')} <input className="input" inputMode="numeric" size={4} {...field('version')} />
      </label>
      <label>
        {t('status')}{' '}
        <select {...field('status')}>
          <option value="">{t('any')}</option>
          {RUN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusText(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('channel')} <input className="input" size={10} {...field('channel')} />
      </label>
      <label>
        {t('from')} <input className="input" type="date" {...field('from')} />
      </label>
      <label>
        {t('to')} <input className="input" type="date" {...field('to')} />
      </label>
      <button type="submit" className="button primary">
        {t('search')}
      </button>
    </form>
  );
}

export function HistoryPage({
  api,
  onClose,
  initial = NO_FILTER,
}: {
  api: ServerApi;
  onClose: () => void;
  initial?: RunFilter;
}) {
  const t = useLiveT();
  const locale = useEditor((s) => s.locale);
  const [filter, setFilter] = useState(initial);
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const load = useCallback(
    async (cursor?: string) => {
      try {
        const page = await api.get(`/api/v1/runs${runQuery(filter, cursor)}`, pageSchema);
        setRuns((before) => (cursor && before ? [...before, ...page.runs] : page.runs));
        setNext(page.nextCursor);
        setError(null);
      } catch (caught) {
        setError(t('loadFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
      }
    },
    [api, filter, t],
  );
  useEffect(() => void load(), [load]);
  return (
    <LivePage title={t('history')} onClose={onClose}>
      <Filters value={filter} onSearch={setFilter} />
      {error && <p className="live-error">{error}</p>}
      {runs?.length === 0 && <p className="muted">{t('noRuns')}</p>}
      {runs && runs.length > 0 && (
        <table className="live-table" aria-label={t('history')}>
          <thead>
            <tr>
              <th>{t('when')}</th>
              <th>{t('order')}</th>
              <th>{t('flow')}</th>
              <th>{t('channel')}</th>
              <th>{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.runId} className={run.runId === openId ? 'is-on' : ''}>
                <td>{formatInstant(run.createdAt ?? null, locale)}</td>
                <td>
                  <button type="button" className="link" onClick={() => setOpenId(run.runId)}>
                    {run.orderId ?? run.runId}
                  </button>
                </td>
                <td>
                  {run.flowId} v{run.flowVersion}
                </td>
                <td>{run.channel}</td>
                <td className={`live-status-${run.status}`}>
                  {statusText(t, run.status)}
                  {run.decision ? ` · ${run.decision}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" className="button" onClick={() => void load(next)}>
          {t('more')}
        </button>
      )}
      {openId && <RunView key={openId} api={api} runId={openId} />}
    </LivePage>
  );
}
