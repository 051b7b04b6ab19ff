import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import { editorReady } from './editor-page';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** Opens the Forecast page from the top bar and forecasts the example orders in its worker. */
async function forecastExample(page: Page, open: string, run: string): Promise<void> {
  await editorReady(page);
  await page.getByRole('banner').getByRole('button', { name: open, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('examples/data/orders.jsonl').waitFor();
  await dialog.locator('.fc-controls').getByRole('button', { name: run, exact: true }).click();
}

/** The fill colours of a drawn map's areas (ECharts' SVG renderer draws each province as a path). */
const fills = (page: Page, map: string) =>
  page
    .locator(`.fc-map[data-map="${map}"] svg path`)
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill') ?? ''));

describe('Forecast page heat map', () => {
  it('draws forecast demand on the China map by province and on the world map by country', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await forecastExample(page, 'Forecast', 'Forecast');
    const heat = page.getByRole('region', { name: 'Forecast demand by region (units over the horizon)' });
    await heat.waitFor({ timeout: 60_000 });
    await page.locator('.fc-map[data-map="china"] svg path').nth(30).waitFor();
    await page.locator('.fc-map[data-map="world"] svg path').nth(100).waitFor();
    // 34 province outlines: those with demand on the colour scale, the rest left plain.
    const china = await fills(page, 'china');
    expect(new Set(china.filter((f) => f.startsWith('rgb') || f.startsWith('#'))).size).toBeGreaterThan(5);
    expect(await heat.locator('figcaption').first().innerText()).toMatch(
      /^China by province; busiest: Guangdong \d+ · /,
    );
    expect(await heat.locator('figcaption').nth(1).innerText()).toMatch(
      /^Other countries \(all their regions together\); busiest: US \d+$/,
    );
    expect(errors).toEqual([]);
  });

  it('speaks Chinese around the map: only the regions as the orders wrote them stay in Latin letters', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'), { locale: 'zh' });
    await forecastExample(page, '预测', '开始预测');
    const heat = page.getByRole('region', { name: '各地区预测需求（预测期内件数）' });
    await heat.waitFor({ timeout: 60_000 });
    await page.locator('.fc-map[data-map="china"] svg path').nth(30).waitFor();
    const words = await heat.evaluate((section) => {
      const copy = section.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-user-text], svg').forEach((el) => el.remove());
      const labels = [...section.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
      const text = `${copy.textContent} ${labels.join(' ')}`;
      return { text, latin: text.match(/[A-Za-z][A-Za-z_-]*[A-Za-z]/g) ?? [] };
    });
    expect(words.latin, words.text).toEqual([]);
    expect(await heat.locator('figcaption').first().innerText()).toMatch(/^中国各省；需求最高：/);
    expect(errors).toEqual([]);
  });
});
