import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import { cards, cardsOfType, edges, editorReady, viewportSettled, waitForCount } from './editor-page';
import { seriousViolations, untranslatedWords, type AxeFinding } from './screen-checks';

/**
 * Operations staff working in 中文: a flow is built on screen (steps added, one linked from the
 * keyboard), then every main screen is checked — no English word or raw value/id in sight (brands and
 * codes aside), and axe-core finds nothing serious or critical, in both languages.
 */
let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

type Findings = Record<string, { axe?: AxeFinding[]; words?: string[] }>;

async function check(page: Page, findings: Findings, screen: string, scanWords: boolean): Promise<void> {
  await page.waitForTimeout(300); // let panels finish drawing
  const axe = await seriousViolations(page);
  const words = scanWords ? await untranslatedWords(page) : [];
  if (axe.length > 0 || words.length > 0)
    findings[screen] = { ...(axe.length ? { axe } : {}), ...(words.length ? { words } : {}) };
}

/** The main screens, each opened the way a person would; `checkWords` in 中文 only. */
async function visitScreens(page: Page, findings: Findings, names: Names, checkWords: boolean) {
  const prefix = checkWords ? 'zh' : 'en';
  await check(page, findings, `${prefix}: canvas`, checkWords);
  await page.getByRole('tab', { name: names.flows, exact: true }).click();
  await page.getByRole('region', { name: names.flowList }).waitFor();
  await check(page, findings, `${prefix}: my flows`, checkWords);
  await page.getByRole('tab', { name: names.palette, exact: true }).click();
  await page.getByRole('tab', { name: names.versions, exact: true }).click();
  await check(page, findings, `${prefix}: versions`, checkWords);
  await page.getByRole('tab', { name: names.simulate, exact: true }).click();
  await page.getByRole('region', { name: names.simulation }).waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('.of-json-loading').count(), { timeout: 20_000 }).toBe(0);
  await check(page, findings, `${prefix}: simulate`, checkWords);
  await page.getByRole('tab', { name: names.problems, exact: true }).click();
  await page.getByRole('button', { name: names.channels, exact: true }).click();
  const channels = page.getByRole('dialog');
  await channels.waitFor();
  // Words are not scanned here: the page shows pasted payloads and mapping files as they are, and the
  // channels/ normalizer words its warnings in English only (its own i18n is still to come).
  await check(page, findings, `${prefix}: channels`, false);
  await page.keyboard.press('Escape');
  await channels.waitFor({ state: 'detached' });
}

interface Names {
  readonly flows: string;
  readonly flowList: string;
  readonly palette: string;
  readonly versions: string;
  readonly simulate: string;
  readonly simulation: string;
  readonly problems: string;
  readonly channels: string;
}
const ZH: Names = {
  flows: '我的流程',
  flowList: '流程',
  palette: '节点',
  versions: '版本',
  simulate: '模拟测试',
  simulation: '模拟',
  problems: '问题',
  channels: '渠道',
};
const EN: Names = {
  flows: 'My flows',
  flowList: 'Flows',
  palette: 'Steps',
  versions: 'Versions',
  simulate: 'Simulate',
  simulation: 'Simulation',
  problems: 'Problems',
  channels: 'Channels',
};

describe('中文 everywhere, and accessible', () => {
  it(
    'builds a flow in 中文 with the keyboard connecting steps; every screen is Chinese and passes axe',
    { timeout: 300_000 },
    async () => {
      const { page, errors } = await openEditor(browser, inject('editorUrl'), { locale: 'zh' });
      await editorReady(page);
      const findings: Findings = {};

      // A new flow from "我的流程", then a condition and a discount from the palette (click adds at the centre).
      await page.getByRole('tab', { name: ZH.flows, exact: true }).click();
      await page.getByRole('button', { name: '新建流程' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: '流程名称' }).inputValue()).toBe('未命名流程');
      await page.getByRole('tab', { name: ZH.palette, exact: true }).click();
      const before = await cards(page).count();
      await page.getByRole('button', { name: /^条件判断/ }).click();
      await page.getByRole('button', { name: /^折扣优惠/ }).click();
      await waitForCount(cards(page), before + 2);
      await viewportSettled(page);

      // Select the condition and link its "是" output to the discount from the keyboard: C, pick, Enter.
      const condition = cardsOfType(page, 'condition').first();
      await condition.locator('.card-title').click();
      const links = await edges(page).count();
      await page.keyboard.press('c');
      const dialog = page.getByRole('dialog', { name: /连接到/ });
      await dialog.waitFor();
      await dialog.getByLabel('下一步').selectOption({ label: '折扣优惠' });
      await dialog.getByRole('button', { name: '连接', exact: true }).click();
      await waitForCount(edges(page), links + 1);
      await dialog.waitFor({ state: 'detached' });

      // The discount's form: every label, help text and choice in Chinese.
      await cardsOfType(page, 'discount').first().locator('.card-title').click();
      await page.getByRole('complementary', { name: '属性' }).getByText('优惠适用的商品范围').waitFor();
      await check(page, findings, 'zh: discount form', true);

      // The shortcut sheet opens with ?, traps focus and closes with Escape, giving focus back.
      await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
      await sheet.waitFor();
      await check(page, findings, 'zh: shortcut sheet', true);
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });

      await visitScreens(page, findings, ZH, true);

      await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'EN' }).click();
      await page.getByRole('complementary', { name: 'Steps' }).waitFor();
      await visitScreens(page, findings, EN, false);

      expect(findings).toEqual({});
      expect(errors).toEqual([]);
    },
  );

  it('passes axe in dark mode too', async () => {
    const { page } = await openEditor(browser, inject('editorUrl'), { locale: 'zh' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await editorReady(page);
    const findings: Findings = {};
    await check(page, findings, 'zh dark: canvas', false);
    expect(findings).toEqual({});
  });
});
