import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateOrders } from '../../examples/generate-data';
import { coreRegistry } from '../../nodes/index';
import { runContextSchema, compileFlow, runBatch, parseJsonl } from '../../runtime/index';
import { launchBrowser, openEditor } from './browser';
import { cards, cardsOfType, editorReady, fitView, openSavedFlow, selectCard, waitForCount } from './editor-page';

/**
 * The Simulate tab in a real browser: single runs light the path on the canvas, waiting runs are
 * decided with the buttons, batches and comparisons go through the real Web Worker.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const VIP = '会员优先 VIP priority';
const TRADE_IN = '以旧换新 Appliance trade-in';
const EXAMPLE_ORDERS = readFileSync(`${REPO}examples/data/orders.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '').length;

interface Case {
  readonly order: { id: string };
  readonly expect: { status: string; total?: { amount: number } };
}
const firstCase = (flow: string): Case =>
  JSON.parse(readFileSync(`${REPO}examples/flows/${flow}.cases.json`, 'utf8')).cases[0];
/** ¥538.20, as the panel writes CNY amounts (fen in the files). */
const yuan = (fen: number) =>
  `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const panel = (page: Page) => page.getByRole('region', { name: 'Simulation' });

/** The bottom panel's "Simulate" tab, once its data set has loaded, on one of its own tabs. */
async function openSimulation(page: Page, tab: 'Single order' | 'Batch' | 'Compare'): Promise<Locator> {
  await page.getByRole('tab', { name: 'Simulate', exact: true }).click();
  const sim = panel(page);
  await sim.getByRole('tab', { name: tab, exact: true }).click();
  await expect.poll(() => sim.getByText('Loading…').count(), { timeout: 15_000 }).toBe(0);
  return sim;
}

/** Pastes an order into the Monaco "Order JSON" editor (as a clipboard paste) and clicks Run. */
async function runOrder(page: Page, sim: Locator, order: unknown): Promise<void> {
  const editor = sim.getByRole('textbox', { name: 'Order JSON' });
  await editor.waitFor({ timeout: 15_000 }); // Monaco is loaded on demand
  await editor.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await editor.evaluate(
    (textarea, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    JSON.stringify(order, null, 2),
  );
  const run = sim.getByRole('button', { name: 'Run', exact: true });
  await expect.poll(() => run.isEnabled()).toBe(true);
  await run.click();
}

const status = (within: Locator | Page) => within.getByTestId('sim-status');

describe('simulation in the browser', () => {
  it('runs one order: completed, the expected total, and its path lit on the canvas', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    await openSavedFlow(page, VIP);
    await fitView(page);
    const testCase = firstCase('vip-priority');
    const sim = await openSimulation(page, 'Single order');
    await runOrder(page, sim, testCase.order);

    await expect.poll(() => status(sim).textContent()).toBe(testCase.expect.status);
    expect(testCase.expect.status).toBe('completed');
    expect(await sim.getByTestId('sim-total').textContent()).toBe(yuan(testCase.expect.total!.amount));
    // The stepper shows the last step of the trace: "Step 7 of 7".
    const stepText = (await sim.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
    const traceLength = Number(/of (\d+)$/.exec(stepText)?.[1]);
    expect(traceLength).toBeGreaterThan(2);
    // Every node of the path is lit and carries a hit badge; the others are not.
    await waitForCount(page.locator('.react-flow__node .card.is-highlighted'), traceLength);
    expect(await page.locator('.react-flow__node .badge-hits').count()).toBe(traceLength);
    expect(await cards(page).count()).toBeGreaterThan(traceLength);
    expect(await page.locator('.react-flow__node .card.is-current').count()).toBe(1);

    // Switched to 中文, the run on screen explains itself in Chinese; the decision and total stay.
    const explanation = (name: string) =>
      page.getByRole('region', { name, exact: true }).locator('p').first().textContent();
    expect(await explanation('Fulfilment plan')).toMatch(/best score/);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await expect.poll(() => status(page).textContent()).toBe('已完成');
    const chinese = (await explanation('履约方案')) ?? '';
    expect(chinese).toMatch(/综合得分/);
    expect(chinese).not.toMatch(/best score|eligible|within|promise/);
    expect(await page.getByTestId('sim-total').textContent()).toBe(yuan(testCase.expect.total!.amount));
    expect(errors).toEqual([]);
  });

  it('Ctrl+Z in the order editor stops at the order picked from the data set, never an empty editor', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    const sim = await openSimulation(page, 'Single order');
    const editor = sim.getByRole('textbox', { name: 'Order JSON' });
    await editor.waitFor({ timeout: 15_000 });
    const text = () =>
      page.evaluate(() => document.querySelector('.sim-panel .monaco-editor .view-lines')?.textContent ?? '');
    const picker = sim.getByRole('combobox', { name: 'Order from the data set' });
    await picker.selectOption({ index: 1 });
    await expect.poll(text).toMatch(/"id"/);
    const loaded = await text();
    // A typed change is undone; further Ctrl+Z keeps the picked order.
    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await expect.poll(text).not.toBe(loaded);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Home'); // the text compared is what the editor shows from the top
    await expect.poll(text).toBe(loaded);
    // Picking another order: undo never goes back to the first one (nor to nothing).
    await picker.selectOption({ index: 2 });
    await expect.poll(text).not.toBe(loaded);
    const second = await text();
    await editor.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(300);
    expect(await text()).toBe(second);
    expect(errors).toEqual([]);
  });

  it('decides a waiting run with its button: waiting, Pass, completed', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    await openSavedFlow(page, TRADE_IN);
    const testCase = firstCase('trade-in');
    const sim = await openSimulation(page, 'Single order');
    await runOrder(page, sim, testCase.order);

    await expect.poll(() => status(sim).textContent()).toBe('waiting');
    expect(testCase.expect.status).toBe('waiting');
    expect(await sim.getByTestId('sim-total').textContent()).toBe(yuan(testCase.expect.total!.amount));
    const decide = sim.getByRole('group', { name: /^Waiting at / });
    await decide.getByRole('button', { name: 'Pass', exact: true }).click();
    await expect.poll(() => status(sim).textContent()).toBe('completed');
    expect(await sim.getByRole('button', { name: 'Pass', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs the whole data set in the worker with progress, the page staying responsive', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    await openSavedFlow(page, VIP);
    const sim = await openSimulation(page, 'Batch');
    const started = Date.now();
    await sim.getByRole('button', { name: 'Run on all orders' }).click();
    await sim.locator('progress').waitFor({ timeout: 10_000 });

    // While the worker runs, the page keeps answering (how fast it answers is measured by npm run bench, not here).
    const orders = sim.getByTestId('sim-orders');
    let answered = 0;
    do {
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      answered += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    } while ((await orders.count()) === 0 && Date.now() - started < 60_000);
    await orders.waitFor();
    expect(answered).toBeGreaterThan(0);
    expect(await orders.textContent()).toBe(String(EXAMPLE_ORDERS));
    expect(await sim.locator('progress').getAttribute('value')).toBe(String(EXAMPLE_ORDERS));
    // The batch paints hit counts on the canvas.
    await expect.poll(() => page.locator('.react-flow__node .badge-hits').count()).toBeGreaterThan(0);
    await sim.getByText(/Saved runs of this flow \(1\)/).waitFor();
    expect(errors).toEqual([]);
  });

  it('imports 20,000 orders, runs them in a worker per core reading the stored data set, then opens a rejected one and exports every result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderflow-e2e-sim-'));
    try {
      const orders = generateOrders({ seed: 4242, count: 20_000, now: '2026-11-11T10:00:00+08:00' });
      const text = `${orders.map((o) => JSON.stringify(o)).join('\n')}\n{"id": \n`;
      const file = join(dir, 'orders-20000.jsonl');
      writeFileSync(file, text);
      // What `orderflow simulate` reports for this file (batch.test.ts holds runBatch equal to it).
      const compiled = compileFlow(
        JSON.parse(readFileSync(`${REPO}examples/flows/vip-priority.flow.json`, 'utf8')),
        coreRegistry,
      );
      if (!compiled.ok) throw new Error('the VIP example does not compile');
      const context = runContextSchema.parse(JSON.parse(readFileSync(`${REPO}examples/data/context.json`, 'utf8')));
      const expected = (await runBatch(compiled.plan, parseJsonl(text), context, { pause: () => Promise.resolve() }))
        .summary;

      const { page, errors } = await openEditor(browser, inject('editorUrl'));
      await editorReady(page);
      await openSavedFlow(page, VIP);
      const sim = await openSimulation(page, 'Batch');
      await sim.locator('.sim-datasets input[type="file"]').setInputFiles(file);
      await sim
        .getByRole('status')
        .filter({ hasText: /^Imported 20000 orders from orders-20000\.jsonl; 1 could not be read\./ })
        .waitFor({ timeout: 60_000 });
      await expect.poll(() => sim.getByText('Loading…').count(), { timeout: 30_000 }).toBe(0);

      await sim.getByRole('button', { name: 'Run on all orders' }).click();
      const count = sim.getByTestId('sim-orders');
      await count.waitFor({ timeout: 60_000 });
      expect(await count.textContent()).toBe(String(expected.orders));
      const problems = sim.getByRole('region', { name: 'Failed and rejected orders' });
      expect(await problems.getByRole('heading').textContent()).toBe(
        `Failed and rejected orders (${expected.status.rejected + expected.status.failed})`,
      );

      // Export is offered once the workers have stored every order's result and the run is saved.
      const exportCsv = sim.getByRole('button', { name: 'Export CSV' });
      await expect.poll(() => exportCsv.isEnabled(), { timeout: 30_000 }).toBe(true);
      await sim.getByText(/Saved runs of this flow \(1\)/).waitFor();
      // One worker per core (two at most for 20,000 orders), each with its share of the stored pages.
      const workers = await page.evaluate(
        () =>
          (
            (performance.getEntriesByName('orderflow-simulation-batch').at(-1) as PerformanceMark | undefined)
              ?.detail as { workers?: unknown[] } | undefined
          )?.workers?.length,
      );
      expect(workers).toBe(Math.min(2, await page.evaluate(() => navigator.hardwareConcurrency)));
      const [download] = await Promise.all([page.waitForEvent('download'), exportCsv.click()]);
      await download.saveAs(join(dir, 'results.csv'));
      const rows = readFileSync(join(dir, 'results.csv'), 'utf8').trimEnd().split('\r\n');
      expect(rows).toHaveLength(expected.orders + 1);
      expect(rows.at(-1)).toMatch(/^20001,20001,,rejected,/);

      // A rejected order opens as a single run, rejected again with its problems.
      await problems.getByRole('button', { name: 'Open' }).first().click();
      await expect.poll(() => status(sim).textContent(), { timeout: 15_000 }).toBe('rejected');
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compares the edited flow with a saved version and lists the orders that change', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    await openSavedFlow(page, VIP);
    await fitView(page);

    // A version to compare with, saved from the Versions tab.
    await page.getByRole('tab', { name: 'Versions', exact: true }).click();
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('textbox', { name: 'Version name' }).fill('before e2e');
    await versions.getByRole('button', { name: 'Save version' }).click();
    await versions.getByText('before e2e', { exact: true }).waitFor();

    // Then VIP 10 % off becomes 20 % off in the inspector.
    const vip = cardsOfType(page, 'discount').and(page.locator('[data-id="vip-10-off"]'));
    const form = await selectCard(page, vip);
    const percent = form.getByLabel('Percent off', { exact: true });
    expect(await percent.inputValue()).toBe('10');
    await percent.fill('20');
    await expect.poll(() => vip.locator('.card-summary').textContent()).toMatch(/^20% off/);

    const sim = await openSimulation(page, 'Compare');
    await expect
      .poll(() => sim.getByRole('combobox', { name: /^Compare the current flow with/ }).inputValue())
      .toBe('v1');
    await sim.getByRole('button', { name: 'Run both on all orders' }).click();
    const heading = sim.getByTestId('sim-differing');
    await heading.waitFor({ timeout: 30_000 });
    expect(await heading.textContent()).toMatch(
      new RegExp(`^[1-9]\\d* of ${EXAMPLE_ORDERS} orders have a different outcome$`),
    );
    const rows = sim.getByRole('table', { name: 'Differences' }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toMatch(/discount|total/);
    expect(errors).toEqual([]);
  });
});
