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

/** `within`: scan only this part for words (a dialog over an example flow whose own names are English). */
async function check(page: Page, findings: Findings, screen: string, scanWords: boolean, within?: string) {
  await page.waitForTimeout(300); // let panels finish drawing
  const axe = await seriousViolations(page);
  const words = scanWords ? await untranslatedWords(page, within) : [];
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
  // The trash, opened: a flow deleted earlier in the test waits there.
  await page.getByText(names.trash).click();
  await check(page, findings, `${prefix}: trash`, checkWords);
  await page.getByText(names.trash).click();
  await page.getByRole('button', { name: names.templates }).click();
  const gallery = page.getByRole('dialog', { name: names.templatesTitle });
  await gallery.waitFor();
  await check(page, findings, `${prefix}: template gallery`, checkWords);
  await page.keyboard.press('Escape');
  await gallery.waitFor({ state: 'detached' });
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
  // The normalizer's warnings are said in 中文 too; payloads and mappings are shown as pasted (the user's text).
  await check(page, findings, `${prefix}: channels`, checkWords);
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
  readonly trash: RegExp;
  readonly templates: string;
  readonly templatesTitle: string;
  readonly close: string;
  readonly flowName: string;
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
  trash: /^回收站（\d+）$/,
  templates: '模板库…',
  templatesTitle: '模板',
  close: '关闭',
  flowName: '流程名称',
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
  trash: /^Trash \(\d+\)$/,
  templates: 'Templates…',
  templatesTitle: 'Templates',
  close: 'Close',
  flowName: 'Flow name',
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

      // Delete one saved flow: it moves to the trash, which the screens below open.
      await page.getByRole('tab', { name: ZH.flows, exact: true }).click();
      const list = page.getByRole('region', { name: ZH.flowList });
      const rows = list.locator('.of-flows-list > li');
      await rows.first().waitFor(); // the list loads from IndexedDB after the tab opens
      const saved = await rows.count();
      await rows.last().getByRole('button', { name: '删除', exact: true }).click();
      await waitForCount(rows, saved - 1);
      await page.getByRole('tab', { name: ZH.palette, exact: true }).click();

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

  it('welcomes a first start in 中文: three sentences, a searchable gallery; a template opens as a new flow', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'), { locale: 'zh', welcome: true });
    const welcome = page.getByRole('dialog', { name: '欢迎使用 OrderFlow 订单流程工作台' });
    await welcome.waitFor();
    await expect.poll(() => welcome.getByRole('img', { name: /预览/ }).count(), { timeout: 20_000 }).toBeGreaterThan(4);
    const findings: Findings = {};
    await check(page, findings, 'zh: welcome', true, '[role=dialog]');
    await welcome.getByRole('searchbox', { name: '搜索模板' }).fill('决策表');
    await waitForCount(welcome.getByRole('button', { name: '使用此模板' }), 1);
    await welcome.getByRole('button', { name: '使用此模板' }).click();
    await welcome.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('textbox', { name: '流程名称' }).inputValue()).toBe('会员×渠道折扣');
    await waitForCount(cards(page), 3);
    // A returning visit does not welcome again.
    await page.reload();
    await editorReady(page);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(findings).toEqual({});
    expect(errors).toEqual([]);
  });

  for (const [locale, names] of [
    ['en', EN],
    ['zh', ZH],
  ] as const)
    it(
      `opens every example (${locale}, 1440×900, after the welcome) readable: no overlaps, no link behind a card, the trigger in view, no card under the map`,
      { timeout: 240_000 },
      async () => {
        const { page, errors } = await openEditor(browser, inject('editorUrl'), { locale, welcome: true });
        const welcome = page.getByRole('dialog');
        await welcome.waitFor();
        await welcome.getByRole('button', { name: names.close, exact: true }).click();
        await welcome.waitFor({ state: 'detached' });
        await editorReady(page);
        await page.getByRole('tab', { name: names.flows, exact: true }).click();
        const list = page.getByRole('region', { name: names.flowList });
        await list.locator('.of-flow-open').first().waitFor();
        const count = await list.locator('.of-flow-open').count();
        expect(count).toBeGreaterThanOrEqual(7);
        const bad: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) {
          const name = (await list.locator('.of-flow-name').nth(i).textContent()) ?? String(i);
          await list.locator('.of-flow-open').nth(i).click();
          await expect.poll(() => page.getByRole('textbox', { name: names.flowName }).inputValue()).toBe(name);
          await canvasStill(page);
          if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${locale}-${i}.png` });
          const found = {
            ...(await page.evaluate(layoutFaults)),
            ...(await page.evaluate(firstScreenFaults)),
            ...(await page.evaluate(roomFaults)),
          };
          if (Object.values(found).some((list) => list.length > 0)) bad[name] = found;
        }
        expect(bad).toEqual({});
        expect(errors).toEqual([]);
      },
    );
});

/** Opening may lay the flow out (once its cards are measured), route its links and fit it: wait until all is still. */
async function canvasStill(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              '.react-flow__viewport, .react-flow__node, .react-flow__edge-path, .react-flow__minimap',
            ),
          ]
            .map((el) =>
              el instanceof SVGPathElement
                ? el.getAttribute('d')
                : `${(el as HTMLElement).style.transform}${JSON.stringify(el.getBoundingClientRect())}`,
            )
            .join('|'),
        );
        const settled = now === last;
        last = now;
        return settled;
      },
      { timeout: 20_000, interval: 700 },
    )
    .toBe(true);
}

/**
 * In the page, what a person sees first: the start (trigger) card wholly inside the canvas, no card under the
 * overview map or the zoom controls, and text readable — zoom at least 0.8, unless the whole flow is in view.
 */
function firstScreenFaults(): { triggerCut: string[]; covered: string[]; unreadable: string[] } {
  const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
  const cardsOnScreen = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({
    id: el.dataset.id ?? '',
    type: [...el.classList].find((c) => c.startsWith('react-flow__node-'))?.slice('react-flow__node-'.length),
    box: el.getBoundingClientRect(),
  }));
  const inside = (b: DOMRect) =>
    b.left >= canvas.left && b.right <= canvas.right && b.top >= canvas.top && b.bottom <= canvas.bottom;
  const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const triggerCut = cardsOnScreen.filter((c) => c.type === 'trigger' && !inside(c.box)).map((c) => c.id);
  const covers = [...document.querySelectorAll('.react-flow__minimap, .react-flow__controls')]
    .map((el) => el.getBoundingClientRect())
    .filter((b) => b.width > 0 && b.height > 0);
  const covered = cardsOnScreen.filter((c) => covers.some((m) => meet(m, c.box))).map((c) => c.id);
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
  const zoom = Number(/scale\((-?[\d.]+)\)/.exec(viewport.style.transform)?.[1]);
  const allInView = cardsOnScreen.every((c) => inside(c.box));
  const unreadable = zoom >= 0.8 || allInView ? [] : [`zoom ${zoom.toFixed(2)} with cards out of view`];
  return { triggerCut, covered, unreadable };
}

/**
 * In the page, with nothing selected: the canvas gets the room (the settings panel folded to its rail, the bottom
 * panel to its status bar unless there are problems), no decision-table cell on a card is cut off, and a map that
 * stepped aside says so.
 */
function roomFaults(): { cramped: string[]; cutCells: string[]; silentMap: string[] } {
  const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
  const problems = document.querySelectorAll('.problem-list li').length;
  const cramped = [
    ...(canvas.width < 1100 ? [`canvas ${Math.round(canvas.width)} px wide`] : []),
    ...(problems === 0 && canvas.height < 720 ? [`canvas ${Math.round(canvas.height)} px high, no problems`] : []),
  ];
  const cutCells = [...document.querySelectorAll<HTMLElement>('.dt-card-cell')]
    .filter((cell) => cell.scrollHeight > cell.clientHeight + 1 || cell.scrollWidth > cell.clientWidth + 1)
    .map((cell) => cell.textContent ?? '');
  // The map switched on but not drawn (no free corner) must say so beside its toggle.
  const mapOn = document.querySelector('.react-flow__controls [aria-pressed="true"]') !== null;
  const mapDrawn = document.querySelector('.react-flow__minimap') !== null;
  const said = document.querySelector('.minimap-stepped-aside') !== null;
  const silentMap = mapOn && !mapDrawn && !said ? ['map on, not drawn, nothing says why'] : [];
  return { cramped, cutCells, silentMap };
}

/**
 * In the page: cards as boxes in flow coordinates (React Flow's transform and their size), every pair checked
 * for overlap; every link's drawn path sampled every 4 px (its ends, on the cards' handles, left out) and each
 * point checked against the inside of every card.
 */
function layoutFaults(): { overlaps: string[]; behind: string[] } {
  const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
    const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(el.style.transform);
    return { id: el.dataset.id ?? '', x: Number(m?.[1]), y: Number(m?.[2]), w: el.offsetWidth, h: el.offsetHeight };
  });
  const overlaps: string[] = [];
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h) overlaps.push(`${p.id}/${q.id}`);
    }
  const behind: string[] = [];
  for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
    const length = path.getTotalLength();
    const edge = path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '?';
    for (let at = 6; at < length - 6; at += 4) {
      const pt = path.getPointAtLength(at);
      const hit = boxes.find((b) => pt.x > b.x + 3 && pt.x < b.x + b.w - 3 && pt.y > b.y + 3 && pt.y < b.y + b.h - 3);
      if (hit) {
        behind.push(`${edge} behind ${hit.id}`);
        break;
      }
    }
  }
  return { overlaps, behind };
}
