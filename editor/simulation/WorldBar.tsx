import { useState } from 'react';
import { parseContextText, type ContextProblem } from '../../runtime/index';
import type { LoadedDataset } from './data/loaded-dataset';
import { setDatasetContext } from './db/repo';
import type { SimulationDb } from './db/simulation-db';
import type { Translate } from './i18n';

interface Refusal {
  readonly name: string;
  readonly problems: readonly ContextProblem[];
}

/**
 * The world an imported data set runs in — warehouses with stock, carriers with areas and rates,
 * customer history, the clock. A merchant's own routing only means something with their own
 * warehouses, so a context file can be imported per data set; a broken one is refused with every
 * problem and its line, and the data set keeps the world it had.
 */
export function WorldBar({
  db,
  dataset,
  onChanged,
  t,
}: {
  db: SimulationDb;
  dataset: LoadedDataset;
  onChanged: () => void;
  t: Translate;
}) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const importWorld = async (file: File) => {
    const parsed = parseContextText(await file.text());
    if (!parsed.ok) return setRefusal({ name: file.name, problems: parsed.problems });
    setRefusal(null);
    await setDatasetContext(db, dataset.id, { context: parsed.context, name: file.name });
    onChanged();
  };
  const chooseExample = async () => {
    await setDatasetContext(db, dataset.id, undefined);
    onChanged();
  };
  const { context } = dataset;
  return (
    <div className="sim-row sim-world">
      <span data-testid="sim-world">
        {t('world')}:{' '}
        {dataset.contextName
          ? t('ownWorld', {
              name: dataset.contextName,
              warehouses: context.warehouses.length,
              carriers: context.carriers.length,
              now: context.now,
            })
          : t('exampleWorld')}
      </span>
      <label className="sim-file">
        {t('importWorld')}
        <input
          type="file"
          accept=".json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importWorld(f);
            e.target.value = '';
          }}
        />
      </label>
      {dataset.contextName && (
        <button type="button" onClick={() => void chooseExample()}>
          {t('useExampleWorld')}
        </button>
      )}
      {refusal && (
        <div className="sim-error" role="alert">
          <p>{t('worldRefused', { name: refusal.name })}</p>
          <ul className="sim-list">
            {refusal.problems.map((p, i) => (
              <li key={i}>
                {p.line !== undefined && <span className="muted">{t('atLine', { line: p.line })}: </span>}
                {p.path && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
