import { useState } from 'react';
import { builtInOptions, mappingForKey, savedOptions } from '../channels/catalog';
import { listMappings, openChannelsDb, type ChannelsDb } from '../channels/db';
import { useLiveQuery } from '../db/hooks';
import { EXAMPLE_DATASET_ID } from './data/example-dataset';
import { deleteDataset, listDatasets } from './db/repo';
import type { SimulationDb } from './db/simulation-db';
import type { Translate } from './i18n';
import { importInWorker } from './worker/job-client';
import { REFUSED_SHOWN, type WorkerLike } from './worker/protocol';

const CANONICAL = 'canonical';

interface ImportNote {
  readonly text: string;
  readonly refused: readonly { readonly line?: number; readonly error: string }[];
  /** All refused records (more than listed when there are over REFUSED_SHOWN). */
  readonly refusedCount: number;
}

export interface DatasetBarProps {
  readonly db: SimulationDb;
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly t: Translate;
  readonly channelsDb?: ChannelsDb;
  /** How the import worker is made (default: a module worker, in-thread where Workers are unavailable). */
  readonly createWorker?: () => WorkerLike;
}

/**
 * Which orders to simulate: the bundled examples or a file imported into the simulation database.
 * A file holds canonical orders, or raw payloads of a channel (built-in, or a mapping saved on the
 * Channels page) that are normalized on import. Files are read, checked and stored in a worker.
 */
export function DatasetBar({ db, value, onChange, t, channelsDb, createWorker }: DatasetBarProps) {
  const datasets = useLiveQuery(() => listDatasets(db), [db]);
  const [mappingsDb] = useState(() => channelsDb ?? openChannelsDb());
  const saved = useLiveQuery(() => listMappings(mappingsDb), [mappingsDb]);
  const [source, setSource] = useState(CANONICAL);
  const [note, setNote] = useState<ImportNote | null>(null);
  const [importing, setImporting] = useState(false);
  const importFile = async (file: File) => {
    const chosen = source === CANONICAL ? undefined : mappingForKey(source, saved ?? []);
    if (chosen && !chosen.ok) return setNote({ text: chosen.message, refused: [], refusedCount: 0 });
    const mapping = chosen?.mapping;
    const channel = mapping === undefined ? undefined : typeof mapping === 'string' ? mapping : mapping.channel;
    setImporting(true);
    try {
      const {
        dataset: row,
        problems,
        refused,
        refusedShown,
      } = await importInWorker(db, file, file.name, mapping, createWorker ? { createWorker } : {});
      const orders = row?.orders ?? 0;
      const imported =
        channel === undefined
          ? [t('imported', { orders, name: file.name, bad: row?.unreadable ?? 0 }), ...problems].join(' ')
          : t('importedChannel', { orders, name: file.name, channel, refused });
      // A file with no records says what is wrong with it, when it can.
      setNote({ text: row ? imported : problems.join('; ') || imported, refused: refusedShown, refusedCount: refused });
      if (row) onChange(row.id);
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), refused: [], refusedCount: 0 });
    } finally {
      setImporting(false);
    }
  };
  return (
    <div className="sim-row sim-datasets">
      <label>
        {t('dataset')}{' '}
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value={EXAMPLE_DATASET_ID}>{t('exampleDataset')}</option>
          {(datasets ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.orders})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('importAs')}{' '}
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          <option value={CANONICAL}>{t('canonicalOrders')}</option>
          <optgroup label={t('builtInChannels')}>
            {builtInOptions().map((o) => (
              <option key={o.key} value={o.key}>
                {o.channel} — {o.title}
              </option>
            ))}
          </optgroup>
          {(saved ?? []).length > 0 && (
            <optgroup label={t('savedMappings')}>
              {savedOptions(saved ?? []).map((o) => (
                <option key={o.key} value={o.key}>
                  {o.channel} — {o.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="sim-file">
        {t('importOrders')}
        <input
          type="file"
          accept=".json,.jsonl,.ndjson,.csv"
          disabled={importing}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = '';
          }}
        />
      </label>
      {value !== EXAMPLE_DATASET_ID && (
        <button
          type="button"
          onClick={() => {
            void deleteDataset(db, value);
            onChange(EXAMPLE_DATASET_ID);
          }}
        >
          {t('deleteDataset')}
        </button>
      )}
      {note && (
        <div className="sim-note" role="status">
          <p>{note.text}</p>
          {note.refused.length > 0 && (
            <details open>
              <summary>
                {t('refusedRecords')} ({note.refusedCount})
              </summary>
              <ul className="sim-list">
                {note.refused.map((r, i) => (
                  <li key={i}>
                    {r.line !== undefined && <span className="muted">{t('atLine', { line: r.line })}: </span>}
                    {r.error}
                  </li>
                ))}
                {note.refusedCount > REFUSED_SHOWN && <li>…</li>}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
