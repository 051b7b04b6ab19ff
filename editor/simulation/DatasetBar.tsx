import { useState } from 'react';
import { useLiveQuery } from '../db/hooks';
import { EXAMPLE_DATASET_ID } from './data/example-dataset';
import { parseOrdersFile } from './data/parse-file';
import { addDataset, deleteDataset, listDatasets } from './db/repo';
import type { SimulationDb } from './db/simulation-db';
import type { Translate } from './i18n';

/** Which orders to simulate: the bundled examples or a file imported into the simulation database. */
export function DatasetBar({ db, value, onChange, t }: { db: SimulationDb; value: string; onChange: (id: string) => void; t: Translate }) {
  const datasets = useLiveQuery(() => listDatasets(db), [db]);
  const [message, setMessage] = useState<string | null>(null);
  const importFile = async (file: File) => {
    const parsed = await parseOrdersFile(file.name, await file.text());
    const unreadable = parsed.records.filter((r) => 'error' in r).length;
    if (parsed.records.length === 0) return setMessage(parsed.problems.join('; ') || t('imported', { orders: 0, name: file.name, bad: 0 }));
    const row = await addDataset(db, { name: file.name, format: parsed.format, records: parsed.records, orders: parsed.records.length - unreadable, unreadable });
    setMessage([t('imported', { orders: row.orders, name: file.name, bad: unreadable }), ...parsed.problems].join(' '));
    onChange(row.id);
  };
  return (
    <div className="sim-row sim-datasets">
      <label>
        {t('dataset')}{' '}
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value={EXAMPLE_DATASET_ID}>{t('exampleDataset')}</option>
          {(datasets ?? []).map((d) => <option key={d.id} value={d.id}>{d.name} ({d.orders})</option>)}
        </select>
      </label>
      <label className="sim-file">
        {t('importOrders')}
        <input type="file" accept=".json,.jsonl,.ndjson,.csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
      </label>
      {value !== EXAMPLE_DATASET_ID && <button type="button" onClick={() => { void deleteDataset(db, value); onChange(EXAMPLE_DATASET_ID); }}>{t('deleteDataset')}</button>}
      {message && <p className="sim-note" role="status">{message}</p>}
    </div>
  );
}
