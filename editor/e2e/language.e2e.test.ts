import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import { cardsOfType, editorReady } from './editor-page';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** The words on screen that show which language the editor speaks. */
async function visibleWords(page: Page) {
  const banner = page.getByRole('banner');
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    brand: await banner.locator('.brand').textContent(),
    buttons: await banner.getByRole('button').allInnerTexts(),
    tabs: await page.getByRole('tab').allInnerTexts(),
    paletteGroups: await page.locator('.palette-group-title').allInnerTexts(),
    paletteNames: await page.locator('.palette-name').allInnerTexts(),
    triggerCard: await cardsOfType(page, 'trigger').first().locator('.card-type, .card-port-label').allInnerTexts(),
    inspector: await page.locator('.inspector .panel-title').innerText(),
  };
}

describe('language', () => {
  it('switches the whole UI to 中文, keeps the choice after a reload, and switches back', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    const english = await visibleWords(page);
    expect(english.lang).toBe('en');
    expect(english.buttons).toEqual(
      expect.arrayContaining([expect.stringContaining('Validate'), 'Import', 'Export', 'Auto-layout', 'EN', '中文']),
    );
    expect(english.triggerCard).toEqual(['Order received', 'start']);
    expect(english.tabs).toEqual(expect.arrayContaining(['Steps', 'My flows', 'Problems', 'Versions']));
    expect(english.paletteNames).toEqual(expect.arrayContaining(['Order received', 'Condition', 'Discount', 'End']));

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await page.getByRole('complementary', { name: '节点' }).waitFor();
    const chinese = await visibleWords(page);
    expect(chinese.lang).toBe('zh-CN');
    expect(chinese.brand).toBe('OrderFlow 流程工作台');
    expect(chinese.buttons).toEqual(
      expect.arrayContaining([expect.stringContaining('校验'), '导入', '导出', '自动排布']),
    );
    expect(chinese.tabs).toEqual(expect.arrayContaining(['节点', '我的流程', '问题', '版本']));
    expect(chinese.paletteGroups).toEqual(expect.arrayContaining(['起点', '逻辑', '促销', '审核', '履约', '动作']));
    expect(chinese.paletteNames).toEqual(
      expect.arrayContaining(['订单进入', '条件判断', '多路分支', '折扣优惠', '结束']),
    );
    expect(chinese.inspector).toBe('属性');
    expect(chinese.triggerCard).toEqual(['订单进入', '开始']);
    // No English word is left in the labels that were translated.
    for (const word of ['Validate', 'Import', 'Export', 'Auto-layout', 'Steps', 'Settings', 'Problems']) {
      expect(Object.values(chinese).flat().join(' '), word).not.toContain(word);
    }

    // The choice is remembered.
    await page.reload();
    await editorReady(page);
    await page.getByRole('complementary', { name: '节点' }).waitFor();
    expect((await visibleWords(page)).tabs).toEqual(chinese.tabs);

    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('complementary', { name: 'Steps' }).waitFor();
    expect(await visibleWords(page)).toEqual(english);
    expect(errors).toEqual([]);
  });
});
