import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { liveQuery } from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Flow, Locale } from '../../runtime/index';
import { OrderflowDb } from '../db/db';
import { createRepository } from '../db/repository';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { listCases, listRuns } from './db/repo';
import { SimulationDb } from './db/simulation-db';
import { loadExampleDataset } from './data/example-dataset';
import { SimulationPanel, type SimulationPanelProps } from './SimulationPanel';

// Monaco cannot run in jsdom: a textarea with MonacoJson's props stands in.
vi.mock('../json-view/MonacoJson', () => ({
  MonacoJson: (props: { value: string; onChange: (t: string) => void; ariaLabel?: string }) => (
    <textarea
      aria-label={props.ariaLabel ?? 'json'}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  ),
}));

afterEach(cleanup);

/**
 * These tests wait for real events (the data set loaded, a row written to IndexedDB, a batch finished),
 * never for a guessed delay. On a loaded 2-core machine such work can take many seconds, so the only
 * time limit is a hang detector far above any honest duration: a slow run passes, a stuck one fails.
 */
const HANG = { timeout: 60_000 };
vi.setConfig({ testTimeout: 120_000 });

// The example data set is imported and parsed once per module (example-dataset.ts caches it): do that
// here, awaited, instead of inside the first test's render.
beforeAll(async () => {
  await loadExampleDataset();
});

/** Resolves when the simulation database first holds what `done` wants: the write itself is the signal. */
function whenStored<T>(query: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        if (!done(value)) return;
        queueMicrotask(() => subscription.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });
}

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exampleFlow = (name: string) => JSON.parse(read(`examples/flows/${name}.flow.json`)) as Flow;
const caseOrder = (flow: string, index: number) =>
  (JSON.parse(read(`examples/flows/${flow}.cases.json`)) as { cases: { order: unknown }[] }).cases[index]!.order;
/** A fresh flow library (for versions); the panel only reads it. */
const library = () =>
  createRepository({
    db: new OrderflowDb(`lib-${Math.random().toString(36).slice(2)}`),
    now: () => new Date().toISOString(),
    newId: () => 'flow-x',
  });
const exampleOrders = read('examples/data/orders.jsonl')
  .split('\n')
  .filter((l) => l.trim() !== '').length;

async function setup(flow: Flow, props: SimulationPanelProps = {}, locale: Locale = 'en') {
  const store = createEditorStore({ registry: coreRegistry, flow, locale, persistLocale: false });
  const db = new SimulationDb(`sim-panel-${Math.random().toString(36).slice(2)}`);
  render(
    <EditorProvider store={store}>
      <SimulationPanel db={db} repository={library()} {...props} />
    </EditorProvider>,
  );
  // The example data set (already loaded by beforeAll) reaches the panel through a promise and a render.
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull(), HANG);
  return { store, db };
}

function runOrder(order: unknown) {
  fireEvent.change(screen.getByLabelText('Order JSON'), { target: { value: JSON.stringify(order, null, 2) } });
  fireEvent.click(screen.getByRole('button', { name: 'Run' }));
}

describe('SimulationPanel — single order', () => {
  it('runs an order and shows the total, the discount reason, the route candidates and the lit path', async () => {
    const { store } = await setup(exampleFlow('vip-priority'));
    runOrder(caseOrder('vip-priority', 0));
    expect(screen.getByTestId('sim-status').textContent).toBe('completed');
    expect(screen.getByTestId('sim-total').textContent).toBe('¥538.20');
    expect(screen.getByText(/VIP 9折（满¥500）VIP 10% off over ¥500/, { selector: 'li' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Candidates' })).toBeTruthy();
    const overlay = store.getState().overlay!;
    expect(overlay.highlightedNodeIds).toEqual([
      'order-received',
      'member-tier',
      'vip-10-off',
      'double11',
      'gift-bag',
      'route',
      'accept',
    ]);
    expect(overlay.currentNodeId).toBe('accept');
    expect(overlay.edgeHits?.['e-order-received-start']).toBe(1);
  });

  it("explains the run in the UI's language, and a run on screen follows a switch of language", async () => {
    const { store } = await setup(exampleFlow('vip-priority'));
    runOrder(caseOrder('vip-priority', 0));
    const explanation = () => screen.getByRole('region', { name: 'Fulfilment plan' }).querySelector('p')!.textContent!;
    expect(explanation()).toMatch(/best score/);
    expect(screen.getByRole('status').textContent).toContain('accept');
    act(() => store.getState().setLocale('zh'));
    expect(screen.getByTestId('sim-status').textContent).toBe('已完成');
    expect(screen.getByRole('status').textContent).toContain('接受');
    const zh = screen.getByRole('region', { name: '履约方案' }).querySelector('p')!.textContent!;
    expect(zh).not.toMatch(/best score|eligible|within/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    // Same total in both languages: only the words changed.
    expect(screen.getByTestId('sim-total').textContent).toBe('¥538.20');
  });

  it('steps back and forward through the trace, showing the port and the changes', async () => {
    const { store } = await setup(exampleFlow('vip-priority'));
    runOrder(caseOrder('vip-priority', 0));
    expect(screen.getByText('Step 7 of 7')).toBeTruthy();
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: '◀ Back' }));
    expect(screen.getByText('Step 3 of 7')).toBeTruthy();
    expect(screen.getByTestId('sim-step').textContent).toContain('took “Next”');
    expect(screen.getByTestId('sim-step').textContent).toContain('−¥59.80 VIP 9折');
    expect(store.getState().overlay?.currentNodeId).toBe('vip-10-off');
    fireEvent.click(screen.getByRole('button', { name: 'Forward ▶' }));
    expect(store.getState().overlay?.currentNodeId).toBe('double11');
  });

  it('shows decision buttons while waiting, and resuming completes the run', async () => {
    await setup(exampleFlow('trade-in'));
    runOrder(caseOrder('trade-in', 0));
    expect(screen.getByTestId('sim-status').textContent).toBe('waiting');
    expect(screen.getByRole('button', { name: 'Fail' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pass' }));
    expect(screen.getByTestId('sim-status').textContent).toBe('completed');
    expect(screen.queryByRole('button', { name: 'Pass' })).toBeNull();
    expect(screen.getByText('trade-in-verified')).toBeTruthy();
  });

  it('opens an order picked from the data set and reports JSON that does not parse', async () => {
    await setup(exampleFlow('vip-priority'));
    fireEvent.change(screen.getByLabelText('Order from the data set'), { target: { value: '0' } });
    expect(await screen.findByTestId('sim-status', {}, HANG)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Order JSON'), { target: { value: '{"id": ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Not valid JSON \(line 1\)/);
  });

  it('speaks Chinese when the editor does', async () => {
    await setup(exampleFlow('vip-priority'), {}, 'zh');
    expect(screen.getByRole('tab', { name: '单个订单' })).toBeTruthy();
  });
});

describe('SimulationPanel — test cases', () => {
  it('saves the single run as a case and runs it: PASS, then FAIL with a readable diff after the flow changes', async () => {
    const { store, db } = await setup(exampleFlow('vip-priority'));
    runOrder(caseOrder('vip-priority', 0));
    fireEvent.click(screen.getByRole('tab', { name: 'Test cases' }));
    fireEvent.change(screen.getByLabelText('Case name'), { target: { value: 'VIP gets 10% off' } });
    const saved = whenStored(
      () => listCases(db, 'vip-priority'),
      (rows) => rows.length === 1,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await saved;
    await screen.findByText('VIP gets 10% off', {}, HANG);
    fireEvent.click(screen.getByRole('button', { name: 'Run all cases' }));
    expect(await screen.findByText('1 passed, 0 failed', {}, HANG)).toBeTruthy();

    act(() =>
      store.getState().updateConfig('vip-10-off', {
        ...store.getState().flow.nodes.find((n) => n.id === 'vip-10-off')!.config,
        percent: 20,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run all cases' }));
    expect(await screen.findByText('total: expected ¥538.20, got ¥478.40', {}, HANG)).toBeTruthy();
  });
});

describe('SimulationPanel — batch and compare', () => {
  it('runs the data set in chunks and shows the summary, charts and canvas hits', async () => {
    const { store, db } = await setup(exampleFlow('vip-priority'));
    const stored = whenStored(
      () => listRuns(db, 'vip-priority'),
      (rows) => rows.length === 1,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Batch' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run on all orders' }));
    expect(await screen.findByTestId('sim-orders', {}, HANG)).toBeTruthy();
    expect(screen.getByTestId('sim-orders').textContent).toBe(String(exampleOrders));
    expect(screen.getByRole('img', { name: /^Shipments by warehouse: WH-/ })).toBeTruthy();
    // The heat map follows once the summary is painted.
    await waitFor(() => expect(store.getState().overlay?.hits?.['order-received']).toBeGreaterThan(0), HANG);
    await stored; // the run is written to IndexedDB after the summary shows
    expect(await screen.findByText(/Saved runs of this flow \(1\)/, {}, HANG)).toBeTruthy();
  });

  it('lets orders use up stock as they run, which changes where later orders ship', async () => {
    const { db } = await setup(exampleFlow('multi-warehouse'));
    fireEvent.click(screen.getByRole('tab', { name: 'Batch' }));
    // A run counts as finished when it is stored (after its summary shows), not when a button looks idle.
    let runs = 0;
    const shipments = async () => {
      runs += 1;
      const stored = whenStored(
        () => listRuns(db, 'multi-warehouse'),
        (rows) => rows.length === runs,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Run on all orders' }));
      await stored;
      await waitFor(
        () => expect(screen.getByRole('button', { name: 'Run on all orders' }).hasAttribute('disabled')).toBe(false),
        HANG,
      );
      return (await screen.findByRole('img', { name: /^Shipments by warehouse: / }, HANG)).getAttribute('aria-label');
    };
    const asWritten = await shipments();
    fireEvent.click(screen.getByLabelText('Orders use up stock and gift limits'));
    const usedUp = await shipments();
    expect(usedUp).not.toBe(asWritten);
    await waitFor(
      async () => expect((await db.runs.toArray()).map((r) => r.carryOver ?? false).sort()).toEqual([false, true]),
      HANG,
    );
  });

  it('compares the current flow with a given version and lists the orders that change', async () => {
    const flow = exampleFlow('vip-priority');
    const live = {
      ...flow,
      nodes: flow.nodes.map((n) => (n.id === 'vip-10-off' ? { ...n, config: { ...n.config, percent: 5 } } : n)),
    };
    await setup(flow, { compareFlow: live, compareLabel: 'Live' });
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run both on all orders' }));
    const heading = await screen.findByTestId('sim-differing', {}, HANG);
    expect(heading.textContent).toMatch(new RegExp(`^[1-9]\\d* of ${exampleOrders} orders have a different outcome$`));
    // The changed discount is named after its step, not the node id.
    expect(screen.getAllByText(/Discount · VIP 9折/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/vip-10-off/)).toEqual([]);
  });

  it('saves a comparison with both versions and reopens it later', async () => {
    const flow = exampleFlow('vip-priority');
    const live = {
      ...flow,
      nodes: flow.nodes.map((n) => (n.id === 'vip-10-off' ? { ...n, config: { ...n.config, percent: 5 } } : n)),
    };
    const { db } = await setup(flow, { compareFlow: live, compareLabel: 'Live' });
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run both on all orders' }));
    const differing = (await screen.findByTestId('sim-differing', {}, HANG)).textContent;
    await screen.findByTestId('sim-compare-saved', {}, HANG);
    const [row] = (await db.runs.toArray()).filter((r) => r.kind === 'compare');
    expect(row!.compare!.flows!.before.nodes.find((n) => n.id === 'vip-10-off')!.config).toMatchObject({ percent: 5 });
    expect(row!.compare!.flows!.after.nodes.find((n) => n.id === 'vip-10-off')!.config).toMatchObject({ percent: 10 });

    // Later: the panel opens afresh on the same database; the comparison is listed and shows again.
    cleanup();
    const store = createEditorStore({ registry: coreRegistry, flow, locale: 'en', persistLocale: false });
    render(
      <EditorProvider store={store}>
        <SimulationPanel db={db} repository={library()} compareFlow={live} compareLabel="Live" />
      </EditorProvider>,
    );
    await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull(), HANG);
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    expect(screen.queryByTestId('sim-differing')).toBeNull();
    const saved = await screen.findByRole('list', { name: 'Saved comparisons of this flow' }, HANG);
    fireEvent.click(saved.querySelector('button')!);
    expect((await screen.findByTestId('sim-differing', {}, HANG)).textContent).toBe(differing);
    expect(screen.getByTestId('sim-compare-saved').textContent).toMatch(/this flow against .*Live/);
    // It ran on the data set that is selected, so its orders open as single runs.
    expect(screen.getAllByRole('button', { name: 'Open' }).length).toBeGreaterThan(0);
  });
});
