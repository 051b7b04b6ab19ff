import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import {
  cards,
  cardsOfType,
  connect,
  dropStep,
  edges,
  editorReady,
  fitView,
  flowName,
  inspector,
  newEmptyFlow,
  pane,
  problemsPanel,
  selectCard,
  showFlows,
  storedFlows,
  waitForCount,
} from './editor-page';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FLOW_NAME = 'VIP 10% e2e';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** A new flow, emptied, then "Order received", "Discount" and "End" dragged in from the palette. */
async function dropThreeSteps(page: Page) {
  await newEmptyFlow(page);
  await dropStep(page, 'Order received', { x: 0.2, y: 0.15 });
  await dropStep(page, 'Discount', { x: 0.45, y: 0.45 });
  await dropStep(page, 'End', { x: 0.75, y: 0.2 });
  await waitForCount(cards(page), 3);
  return {
    trigger: cardsOfType(page, 'trigger'),
    discount: cardsOfType(page, 'discount'),
    end: cardsOfType(page, 'end'),
  };
}

/** The whole gesture sequence: three steps linked in a row, the discount set to 10% (reason, cap ¥200 in CNY). */
async function buildVipDiscountFlow(page: Page) {
  await editorReady(page);
  const steps = await dropThreeSteps(page);
  await flowName(page).fill(FLOW_NAME);
  await connect(page, steps.trigger, 'start', steps.discount);
  await connect(page, steps.discount, 'next', steps.end);
  const form = await selectCard(page, steps.discount);
  await form.getByLabel('Kind', { exact: true }).selectOption('percent');
  await form.getByLabel('Percent off', { exact: true }).fill('10');
  await form.getByLabel('Reason', { exact: true }).fill('VIP 10%');
  await form.getByLabel('Maximum discount', { exact: true }).fill('200');
  // A cap is money: without a currency it would be $200 on a USD order (a money-currency-unpinned warning).
  await form.getByLabel('Currency', { exact: true }).selectOption('CNY');
  return steps;
}

const storedVipFlow = async (page: Page) => (await storedFlows(page)).find((row) => row.name === FLOW_NAME)?.document;

describe('building a flow on an empty canvas', () => {
  it('drags steps in, links them and fills the discount form; the card and the stored flow follow', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    const { discount } = await buildVipDiscountFlow(page);
    expect(await edges(page).count()).toBe(2);
    // The card's one-line summary is written from the form: 10 %, and the cap typed in yuan, said in yuan.
    await expect.poll(() => discount.locator('.card-summary').textContent()).toBe('10% off, cap ¥200');
    await expect.poll(() => problemsPanel(page).textContent()).toContain('No problems');

    // Autosave writes the document to IndexedDB once editing pauses; money is stored in fen (minor units).
    await expect
      .poll(async () => (await storedVipFlow(page))?.nodes.find((n) => n.type === 'discount')?.config.cap, {
        timeout: 5000,
      })
      .toBe(20000);
    const stored = await storedVipFlow(page);
    expect(stored?.nodes.map((n) => n.type)).toEqual(['trigger', 'discount', 'end']);
    expect(stored?.nodes[1]?.config).toMatchObject({
      kind: 'percent',
      percent: 10,
      reason: 'VIP 10%',
      cap: 20000,
      currency: 'CNY',
    });
    const id = (type: string) => stored?.nodes.find((n) => n.type === type)?.id;
    expect(stored?.edges.map((e) => [e.source, e.sourcePort, e.target])).toEqual([
      [id('trigger'), 'start', id('discount')],
      [id('discount'), 'next', id('end')],
    ]);
    expect(errors).toEqual([]);
  });

  it('lists a problem, marks the card, selects it from the list, and clears it once fixed', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    const { trigger, discount } = await dropThreeSteps(page);
    const problems = problemsPanel(page);

    // The start's one output leads nowhere yet.
    const unconnected = problems.getByRole('button', { name: /Output not connected.*Order received/ });
    await unconnected.waitFor();
    await expect.poll(() => trigger.locator('.card').getAttribute('class')).toContain('is-invalid');
    await unconnected.click();
    await trigger.locator('.card.is-selected').waitFor();
    expect(await inspector(page).locator('.node-form-type').textContent()).toMatch(/^Order received/);
    await expect.poll(() => inspector(page).getByRole('alert').first().textContent()).toMatch(/Output not connected/);

    await fitView(page); // the click zoomed in on the start
    await connect(page, trigger, 'start', discount);
    await unconnected.waitFor({ state: 'detached' });
    await expect.poll(() => trigger.locator('.card').getAttribute('class')).not.toContain('is-invalid');

    // A value out of range: 150 % off.
    const form = await selectCard(page, discount);
    await form.getByLabel('Percent off', { exact: true }).fill('150');
    const invalid = problems.getByRole('button', { name: /Invalid setting.*Discount/ });
    await invalid.waitFor();
    expect(await discount.locator('.card-summary').textContent()).toBe('Settings need attention');
    expect(await discount.locator('.card').getAttribute('class')).toContain('is-invalid');
    expect(await form.locator('[data-field="percent"] [role="alert"]').textContent()).toMatch(/100/);
    await pane(page).click({ position: { x: 10, y: 10 } });
    await discount.locator('.card.is-selected').waitFor({ state: 'detached' });
    await invalid.click();
    await discount.locator('.card.is-selected').waitFor();

    await form.getByLabel('Percent off', { exact: true }).fill('15');
    await invalid.waitFor({ state: 'detached' });
    expect(await discount.locator('.card-summary').textContent()).toBe('15% off');
    expect(await discount.locator('.card').getAttribute('class')).not.toContain('is-invalid');
    expect(errors).toEqual([]);
  });

  it('saves with Ctrl+S and finds the flow intact after a reload', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await buildVipDiscountFlow(page);
    await page.keyboard.press('Control+s');
    // Saved means written: wait until IndexedDB holds the last edit (the currency), however long the write takes
    // under load — the "Saved" label alone can still be the one from before the last edit.
    await expect
      .poll(async () => (await storedVipFlow(page))?.nodes.find((n) => n.type === 'discount')?.config.currency, {
        timeout: 30_000,
      })
      .toBe('CNY');
    await page.getByRole('button', { name: /Saved/ }).waitFor();

    await page.reload();
    // The editor reopens the flow edited last.
    await page.waitForFunction(
      (name) => (document.querySelector('input[aria-label="Flow name"]') as HTMLInputElement | null)?.value === name,
      FLOW_NAME,
    );
    await waitForCount(cards(page), 3);
    expect(await edges(page).count()).toBe(2);
    expect(await cardsOfType(page, 'discount').locator('.card-summary').textContent()).toBe('10% off, cap ¥200');
    const form = await selectCard(page, cardsOfType(page, 'discount'));
    expect(await form.getByLabel('Kind', { exact: true }).inputValue()).toBe('percent');
    expect(await form.getByLabel('Percent off', { exact: true }).inputValue()).toBe('10');
    expect(await form.getByLabel('Reason', { exact: true }).inputValue()).toBe('VIP 10%');
    expect(await form.getByLabel('Maximum discount', { exact: true }).inputValue()).toBe('200.00');
    const list = await showFlows(page);
    expect(await list.locator('[aria-current="true"] .of-flow-name').textContent()).toBe(FLOW_NAME);
    expect(errors).toEqual([]);
  });

  it('exports a file the CLI runs to the expected discount', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await buildVipDiscountFlow(page);
    const dir = await mkdtemp(join(tmpdir(), 'orderflow-e2e-'));
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${FLOW_NAME}.flow.json`);
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const exported = JSON.parse(await readFile(file, 'utf8'));
      expect(exported).toMatchObject({ format: 'orderflow/flow', name: FLOW_NAME });
      const discountId: string = exported.nodes.find((n: { type: string }) => n.type === 'discount').id;

      // One order under the ¥200 cap (10 % applies) and one over it (the cap applies).
      for (const orderFile of ['remote-xinjiang.json', 'vip-big-order.json']) {
        const orderPath = join(REPO, 'examples/data/orders', orderFile);
        const order = JSON.parse(await readFile(orderPath, 'utf8'));
        const subtotal: number = order.lines.reduce(
          (sum: number, line: { quantity: number; unitPrice: { amount: number } }) =>
            sum + line.quantity * line.unitPrice.amount,
          0,
        );
        const expected = Math.min(Math.round(subtotal / 10), 200_00);
        const result = await runCli(['run', file, orderPath, '--context', 'examples/data/context.json']);
        expect(result.status, `${orderFile}: ${JSON.stringify(result.outcome)}`).toBe('completed');
        expect(result.outcome.adjustments).toEqual([
          expect.objectContaining({
            nodeId: discountId,
            reason: 'VIP 10%',
            amount: { amount: expected, currency: order.currency },
          }),
        ]);
        expect(result.totals.discount.amount).toBe(expected);
        expect(result.totals.total.amount).toBe(subtotal - expected);
        expect(result.outcome.decision).toBe('accept');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
  });
});

/** `node bin/orderflow.mjs …` from the repository root; the RunResult it prints as JSON. */
async function runCli(args: readonly string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/orderflow.mjs', ...args], {
    cwd: REPO,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}
