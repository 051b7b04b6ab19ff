import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelsDb, saveMapping } from '../channels/db';
import { samplePayload } from '../channels/samples/index';
import { DatasetBar } from './DatasetBar';
import { getDataset, getDatasetRecords } from './db/repo';
import { SimulationDb } from './db/simulation-db';
import { translateSim } from './i18n';

afterEach(cleanup);

const read = (path: string) => readFileSync(join(import.meta.dirname, '..', '..', path), 'utf8');
const t = (key: Parameters<typeof translateSim>[1], params?: Parameters<typeof translateSim>[2]) =>
  translateSim('en', key, params);
const id = () => Math.random().toString(36).slice(2);

function setup() {
  const db = new SimulationDb(`sim-bar-${id()}`);
  const channelsDb = new ChannelsDb(`channels-bar-${id()}`);
  const onChange = vi.fn();
  render(<DatasetBar db={db} value="example" onChange={onChange} t={t} channelsDb={channelsDb} />);
  const upload = (name: string, text: string) =>
    fireEvent.change(screen.getByLabelText('Import orders (JSON, JSONL, CSV)…'), {
      target: { files: [new File([text], name)] },
    });
  return { db, channelsDb, onChange, upload, source: () => screen.getByLabelText('File holds') as HTMLSelectElement };
}

describe('DatasetBar — importing raw channel payloads', () => {
  it('normalizes a built-in channel payload on import and stores the canonical orders', async () => {
    const { db, onChange, upload, source } = setup();
    fireEvent.change(source(), { target: { value: 'builtin:douyin' } });
    upload('douyin.json', samplePayload('douyin')!);
    expect(
      await screen.findByText(
        'Imported 1 orders from douyin.json as douyin payloads; 0 records were refused and are kept as rejected orders.',
      ),
    ).toBeTruthy();
    const row = (await getDataset(db, onChange.mock.calls[0]![0] as string))!;
    expect(row).toMatchObject({ name: 'douyin.json (douyin)', channel: 'douyin', orders: 1, unreadable: 0 });
    // Checked once on import: stored canonical, so batches run it without validating again.
    expect((await getDatasetRecords(db, row.id))[0]).toMatchObject({
      order: { id: 'douyin:6936476692437472563', currency: 'CNY' },
    });
  });

  it('offers saved mappings, and lists refused records with their problems', async () => {
    const { db, channelsDb, onChange, upload, source } = setup();
    await saveMapping(channelsDb, read('channels/testing/acme-shop.mapping.json'), '');
    await waitFor(() => expect([...source().options].map((o) => o.value)).toContain('saved:acme-shop'));
    fireEvent.change(source(), { target: { value: 'saved:acme-shop' } });
    upload('acme.json', read('channels/testing/acme-shop.orders.json'));
    expect(
      await screen.findByText(/^Imported 2 orders from acme\.json as acme-shop payloads; 1 records were refused/),
    ).toBeTruthy();
    expect(
      screen.getByText(/acme-shop \$\.orders\[2\]: status: no rule of the status table holds/).textContent,
    ).toMatch(/^line \d+: acme-shop/);
    const row = (await getDataset(db, onChange.mock.calls[0]![0] as string))!;
    expect(row).toMatchObject({ channel: 'acme-shop', orders: 2, unreadable: 1 });
    expect((await getDatasetRecords(db, row.id)).filter((r) => 'error' in r)).toHaveLength(1);
  });

  it('still imports canonical orders by default', async () => {
    const { upload } = setup();
    upload('orders.jsonl', read('examples/data/orders.jsonl').split('\n').slice(0, 3).join('\n'));
    expect(await screen.findByText(/^Imported 3 orders from orders\.jsonl; 0 could not be read\./)).toBeTruthy();
  });
});
