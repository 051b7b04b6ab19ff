import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import type { Page } from 'playwright-core';
import { boxOf, editorReady, openSavedFlow, pane, selectCard, showPalette, viewportSettled } from './editor-page';

/** The picture at the top of README.md, retaken on every run so it shows the editor as it is. */
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

describe('README screenshot', () => {
  it('shows the VIP priority example at 1440×900, in 中文, with a discount selected', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'), { locale: 'en' });
    await editorReady(page);
    await openSavedFlow(page, '会员优先 VIP priority');
    await showPalette(page);
    // Operations staff work in 中文: the picture shows the editor as they see it.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await page.getByRole('complementary', { name: '节点' }).waitFor();
    await viewportSettled(page);
    await zoomOnto(page, /Order received|订单进入/, /11\.11 ¥30 off/);
    await selectCard(page, page.getByRole('group', { name: /VIP 10% off over ¥500/ }));
    const form = page.getByRole('complementary', { name: '属性' });
    await form.locator('.of-rule-builder').waitFor(); // the condition, drawn by the lazily loaded rule builder
    await page.mouse.move(0, 0); // no hover highlight anywhere
    await page.evaluate(() => document.fonts.ready);
    expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
    expect(await form.locator('.node-form-type').textContent()).toMatch(/^折扣优惠/);
    await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
    expect((await stat(SCREENSHOT)).size).toBeGreaterThan(50_000);
    expect(errors).toEqual([]);
  });
});

/**
 * The flow opens at a readable zoom from its trigger, showing three columns: zoom with the mouse wheel
 * so the cards from `first` to `last` fill the width, the first one near the left edge. Zooming by
 * a factor f about point P maps x to P + (x - P)·f, so P is chosen to land the cards where wanted.
 */
async function zoomOnto(page: Page, first: RegExp, last: RegExp) {
  const area = await boxOf(pane(page));
  const from = await boxOf(page.getByRole('group', { name: first }));
  const to = await boxOf(page.getByRole('group', { name: last }));
  const factor = Math.min(3, (area.width - 64) / (to.x + to.width - from.x));
  const left = area.x + 32;
  const middle = area.y + area.height * 0.4;
  const rowMiddle = (from.y + from.height / 2 + to.y + to.height / 2) / 2;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const px = clamp((left - from.x * factor) / (1 - factor), area.x + 1, area.x + area.width - 1);
  const py = clamp((middle - rowMiddle * factor) / (1 - factor), area.y + 1, area.y + area.height - 1);
  await page.mouse.move(px, py);
  // React Flow zooms by 2^(-deltaY · 0.002) per wheel event.
  await page.mouse.wheel(0, -Math.log2(factor) / 0.002);
  await viewportSettled(page);
}
