import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import {
  cardsOfType,
  connect,
  dropStep,
  editorReady,
  edges,
  flowName,
  newEmptyFlow,
  selectCard,
  storedFlows,
  waitForCount,
  cards,
} from './editor-page';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** Order received → Discount → End, dropped from the palette and linked by dragging handles. */
async function dropThreeSteps(page: Page) {
  await newEmptyFlow(page);
  await dropStep(page, 'Order received', { x: 0.18, y: 0.2 });
  await dropStep(page, 'Discount', { x: 0.5, y: 0.5 });
  await dropStep(page, 'End', { x: 0.82, y: 0.8 });
  await waitForCount(cards(page), 3);
  return { trigger: cardsOfType(page, 'trigger'), discount: cardsOfType(page, 'discount'), end: cardsOfType(page, 'end') };
}

describe('building a flow on an empty canvas', () => {
  it('drags steps in, links them and fills the discount form; the card and the stored flow follow', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    const { trigger, discount, end } = await dropThreeSteps(page);
    await flowName(page).fill('VIP 10% e2e');

    await connect(page, trigger, 'start', discount);
    await connect(page, discount, 'next', end);
    expect(await edges(page).count()).toBe(2);

    const form = await selectCard(page, discount);
    await form.getByLabel('Kind', { exact: true }).selectOption('percent');
    await form.getByLabel('Percent off', { exact: true }).fill('10');
    await form.getByLabel('Reason', { exact: true }).fill('VIP 10%');
    await form.getByLabel('Maximum discount', { exact: true }).fill('200');
    await expect.poll(() => discount.locator('.card-summary').textContent()).toBe('10% off, cap 200');

    // Autosave writes the document to IndexedDB once editing pauses; the money field is stored in fen.
    await page.getByRole('button', { name: /Saved/ }).waitFor();
    const stored = (await storedFlows(page)).find((row) => row.name === 'VIP 10% e2e');
    expect(stored?.document.nodes.map((n) => n.type)).toEqual(['trigger', 'discount', 'end']);
    expect(stored?.document.nodes.find((n) => n.type === 'discount')?.config).toMatchObject({ kind: 'percent', percent: 10, reason: 'VIP 10%', cap: 20000 });
    expect(stored?.document.edges.map((e) => e.sourcePort)).toEqual(['start', 'next']);
    await page.screenshot({ path: '/tmp/e2e-a.png' });
    expect(errors).toEqual([]);
  });
});
