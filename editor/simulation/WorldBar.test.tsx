import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from './data/load-dataset';
import type { LoadedDataset } from './data/loaded-dataset';
import { addDataset, getDataset } from './db/repo';
import { SimulationDb } from './db/simulation-db';
import { translateSim } from './i18n';
import { WorldBar } from './WorldBar';

afterEach(cleanup);

const exampleWorld = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'data', 'context.json'), 'utf8');
const t = (key: Parameters<typeof translateSim>[1], params?: Parameters<typeof translateSim>[2]) =>
  translateSim('en', key, params);

/** The bar over a stored data set, reloading it when the world changes (as the panel does). */
function Harness({ db, first }: { db: SimulationDb; first: LoadedDataset }) {
  const [dataset, setDataset] = useState(first);
  return <WorldBar db={db} dataset={dataset} onChanged={() => void loadDataset(db, first.id).then(setDataset)} t={t} />;
}

async function setup() {
  const db = new SimulationDb(`sim-world-${Math.random().toString(36).slice(2)}`);
  const row = await addDataset(db, { name: 'mine.jsonl', format: 'jsonl', orders: 0, unreadable: 0 }, []);
  render(<Harness db={db} first={await loadDataset(db, row.id)} />);
  const upload = (name: string, text: string) =>
    fireEvent.change(screen.getByLabelText('Import world (warehouses, carriers, stock; JSON)…'), {
      target: { files: [new File([text], name)] },
    });
  return { db, id: row.id, upload };
}

describe('WorldBar — a data set in its own world', () => {
  it('runs in the example world until a world of its own is imported, and can go back', async () => {
    const { db, id, upload } = await setup();
    expect(screen.getByTestId('sim-world').textContent).toMatch(/example warehouses/);
    const mine = JSON.parse(exampleWorld) as { warehouses: unknown[]; carriers: unknown[]; now: string };
    mine.warehouses = mine.warehouses.slice(0, 2);
    mine.now = '2026-12-12T09:00:00+08:00';
    upload('acme-world.json', JSON.stringify(mine));
    const expected = `World: acme-world.json: 2 warehouses, ${mine.carriers.length} carriers, now = 2026-12-12T09:00:00+08:00`;
    await waitFor(() => expect(screen.getByTestId('sim-world').textContent).toBe(expected));
    expect((await loadDataset(db, id)).context.warehouses).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Use the example world' }));
    await waitFor(() => expect(screen.getByTestId('sim-world').textContent).toMatch(/example warehouses/));
    expect((await getDataset(db, id))!.context).toBeUndefined();
  });

  it('refuses a broken world with every problem and its line, keeping the world it had', async () => {
    const { db, id, upload } = await setup();
    const broken = JSON.parse(exampleWorld) as { warehouses: { id: unknown }[]; now: unknown };
    broken.warehouses[0]!.id = 7;
    broken.now = 'next tuesday';
    const text = JSON.stringify(broken, null, 2);
    upload('broken.json', text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/broken\.json was not used/);
    const idLine = text.split('\n').findIndex((l) => l.includes('"id": 7')) + 1;
    expect(alert.textContent).toContain(`line ${idLine}: warehouses.0.id`);
    expect(alert.textContent).toMatch(/now/);
    expect((await getDataset(db, id))!.context).toBeUndefined();
  });
});
