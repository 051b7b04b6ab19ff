import { useState } from 'react';
import { builtInOptions, mappingForKey, savedOptions } from '../channels/catalog';
import { listMappings, openChannelsDb, type ChannelsDb } from '../channels/db';
import { useLiveQuery } from '../db/hooks';
import { normalizePayloadFile } from './data/channel-payloads';
import { EXAMPLE_DATASET_ID } from './data/example-dataset';
import { parseOrdersFile } from './data/parse-file';
import { addDataset, deleteDataset, listDatasets } from './db/repo';
import type { SimulationDb } from './db/simulation-db';
import type { Translate } from './i18n';

const CANONICAL = 'canonical';
/** Refused records listed after an import; all of them stay in the data set as rejected orders. */
const REFUSED_SHOWN = 20;

interface ImportNote {
  readonly text: string;
  readonly refused: readonly { readonly line?: number; readonly error: string }[];
}

/**
 * Which orders to simulate: the bundled examples or a file imported into the simulation database.
 * A file holds canonical orders, or raw payloads of a channel (built-in, or a mapping saved on the
 * Channels page) that are normalized on import.
 */
export function DatasetBar({ db, value, onChange, t, channelsDb }: { db: SimulationDb; value: string; onChange: (id: string) => void; t: Translate; channelsDb?: ChannelsDb }) {
  const datasets = useLiveQuery(() => listDatasets(db), [db]);
  const [mappingsDb] = useState(() => channelsDb ?? openChannelsDb());
  const saved = useLiveQuery(() => listMappings(mappingsDb), [mappingsDb]);
  const [source, setSource] = useState(CANONICAL);
  const [note, setNote] = useState<ImportNote | null>(null);
  const importCanonical = async (file: File) => {
    const parsed = await parseOrdersFile(file.name, await file.text());
    const unreadable = parsed.records.filter((r) => 'error' in r).length;
    if (parsed.records.length === 0) return setNote({ text: parsed.problems.join('; ') || t('imported', { orders: 0, name: file.name, bad: 0 }), refused: [] });
    const row = await addDataset(db, { name: file.name, format: parsed.format, records: parsed.records, orders: parsed.records.length - unreadable, unreadable });
    setNote({ text: [t('imported', { orders: row.orders, name: file.name, bad: unreadable }), ...parsed.problems].join(' '), refused: [] });
    onChange(row.id);
  };
  const importPayloads = async (file: File) => {
    const chosen = mappingForKey(source, saved ?? []);
    if (!chosen.ok) return setNote({ text: chosen.message, refused: [] });
    const channel = typeof chosen.mapping === 'string' ? chosen.mapping : chosen.mapping.channel;
    const parsed = normalizePayloadFile(file.name, await file.text(), chosen.mapping);
    if (parsed.records.length === 0) return setNote({ text: parsed.problems.join('; ') || t('importedChannel', { orders: 0, name: file.name, channel, refused: 0 }), refused: [] });
    const row = await addDataset(db, { name: `${file.name} (${channel})`, format: parsed.format, channel, records: parsed.records, orders: parsed.records.length - parsed.refused, unreadable: parsed.refused });
    const refused = parsed.records.flatMap((r) => ('error' in r ? [r] : []));
    setNote({ text: t('importedChannel', { orders: row.orders, name: file.name, channel, refused: parsed.refused }), refused });
    onChange(row.id);
  };
  const importFile = (file: File) => (source === CANONICAL ? importCanonical(file) : importPayloads(file));
  return (
    <div className="sim-row sim-datasets">
      <label>
        {t('dataset')}{' '}
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value={EXAMPLE_DATASET_ID}>{t('exampleDataset')}</option>
          {(datasets ?? []).map((d) => <option key={d.id} value={d.id}>{d.name} ({d.orders})</option>)}
        </select>
      </label>
      <label>
        {t('importAs')}{' '}
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          <option value={CANONICAL}>{t('canonicalOrders')}</option>
          <optgroup label={t('builtInChannels')}>
            {builtInOptions().map((o) => <option key={o.key} value={o.key}>{o.channel} — {o.title}</option>)}
          </optgroup>
          {(saved ?? []).length > 0 && (
            <optgroup label={t('savedMappings')}>
              {savedOptions(saved ?? []).map((o) => <option key={o.key} value={o.key}>{o.channel} — {o.title}</option>)}
            </optgroup>
          )}
        </select>
      </label>
      <label className="sim-file">
        {t('importOrders')}
        <input type="file" accept=".json,.jsonl,.ndjson,.csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
      </label>
      {value !== EXAMPLE_DATASET_ID && <button type="button" onClick={() => { void deleteDataset(db, value); onChange(EXAMPLE_DATASET_ID); }}>{t('deleteDataset')}</button>}
      {note && (
        <div className="sim-note" role="status">
          <p>{note.text}</p>
          {note.refused.length > 0 && (
            <details open>
              <summary>{t('refusedRecords')} ({note.refused.length})</summary>
              <ul className="sim-list">
                {note.refused.slice(0, REFUSED_SHOWN).map((r, i) => (
                  <li key={i}>{r.line !== undefined && <span className="muted">{t('atLine', { line: r.line })}: </span>}{r.error}</li>
                ))}
                {note.refused.length > REFUSED_SHOWN && <li>…</li>}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
