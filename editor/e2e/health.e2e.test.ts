/**
 * The Order health page with the real server (issue 15): orders and fulfilment events posted through the API,
 * the page opened from the account menu shows the API's KPI figures, draws the weekly trends with ECharts,
 * follows its filters, opens the printable audit report — in English and 中文, with axe finding nothing serious.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headline, type Kpi } from '../live/health-api';
import { launchBrowser, openEditor } from './browser';
import { startLiveServer, type LiveServer } from './live-server';
import { seriousViolations, untranslatedWords } from './screen-checks';

const REPO = join(import.meta.dirname, '..', '..');
const ADMIN_PASSWORD = 'e2e-admin-password-3';

let browser: Browser;
let server: LiveServer;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startLiveServer(inject('editorDir'), ADMIN_PASSWORD);
  browser = await launchBrowser();
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  admin = { cookie: login.headers.get('set-cookie')!.split(';')[0]! };
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function api(method: string, path: string, body?: unknown, auth = admin) {
  const response = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...auth },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const kpisOf = async (query = '') => (await api('GET', `/api/v1/health/kpis${query}`)).kpis as Kpi[];

/**
 * Twelve orders of the multi-warehouse example (live on the seeded server) over three weeks, half in Xinjiang;
 * carriers scanned half of them, one on time per week, and two had an exception that was resolved.
 */
async function sendOrdersAndEvents() {
  const cases = JSON.parse(await readFile(join(REPO, 'examples', 'flows', 'multi-warehouse.cases.json'), 'utf8'));
  const template = cases.cases[0].order as Record<string, unknown>;
  const shop = {
    authorization: `Bearer ${String((await api('POST', '/api/v1/tokens', { name: 'shop', roles: ['intake'] })).token)}`,
  };
  const events: Record<string, string>[] = [];
  for (let i = 0; i < 12; i++) {
    const week = Math.floor(i / 4);
    const placed = new Date(Date.parse('2026-10-05T10:00:00+08:00') + (week * 7 + (i % 4)) * 86_400_000);
    const id = `HE2E-${i}`;
    const xinjiang = i % 2 === 1;
    await api(
      'POST',
      '/api/v1/orders',
      {
        ...template,
        id,
        channelOrderId: `HE2E-CH-${i}`,
        createdAt: placed.toISOString(),
        payment: { ...(template.payment as object), paidAt: placed.toISOString() },
        shippingAddress: xinjiang
          ? { country: 'CN', province: 'Xinjiang', city: 'Urumqi', remote: true }
          : { country: 'CN', province: 'Shanghai', city: 'Shanghai', remote: false },
      },
      shop,
    );
    const hours = (h: number) => new Date(placed.getTime() + h * 3_600_000).toISOString();
    if (i % 4 === 0) events.push({ type: 'carrier-scan', orderId: id, at: hours(6) }); // before the handover promise
    if (i % 4 === 1) events.push({ type: 'carrier-scan', orderId: id, at: hours(60) }); // after it
    if (i === 2 || i === 7) {
      events.push({ type: 'exception', orderId: id, at: hours(30) });
      events.push({ type: 'exception-resolved', orderId: id, at: hours(30 + (i === 2 ? 5 : 9)) });
    }
  }
  expect(await api('POST', '/api/v1/events', { events }, shop)).toEqual({ stored: events.length });
}

async function logIn(page: Page) {
  await page.getByRole('button', { name: 'Log in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log in to the OrderFlow server' });
  await dialog.getByLabel('User name').fill('admin');
  await dialog.getByLabel('Password').fill(ADMIN_PASSWORD);
  await dialog.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Account: admin' }).waitFor();
}

const language = (page: Page, locale: 'en' | 'zh') =>
  page.getByRole('button', { name: locale === 'en' ? 'EN' : '中文', exact: true }).dispatchEvent('click');

/** Each KPI card shows the API's figure (the page's headline of the same answer), under the KPI's name. */
async function expectFigures(dialog: Locator, kpis: readonly Kpi[], locale: 'en' | 'zh') {
  const empty = locale === 'en' ? 'nothing to measure yet' : '暂无可计算的数据';
  for (const kpi of kpis) {
    const card = dialog.getByRole('region', { name: kpi.name[locale], exact: true });
    await expect.poll(() => card.locator('.health-figure').textContent()).toBe(headline(kpi) ?? empty);
  }
}

describe('the Order health page', () => {
  it('shows the API’s KPIs with ECharts trends, follows its filters, opens the printable report; in both languages', async () => {
    await sendOrdersAndEvents();
    const all = await kpisOf();
    const onTime = all.find((k) => k.id === 'first-touch-on-time')!;
    // By hand: 12 orders due, 3 scanned before the promise (one a week).
    expect([onTime.numerator, onTime.denominator]).toEqual([3, 12]);
    expect(onTime.trend.length).toBe(3);

    const { page, errors } = await openEditor(browser, server.url);
    await logIn(page);
    await page.getByRole('button', { name: 'Account: admin' }).click();
    await page.getByRole('menu', { name: 'Account: admin' }).getByRole('menuitem', { name: 'Order health' }).click();
    const dialog = page.locator('.live-page');
    await dialog.getByText(/\d+ live runs as of/).waitFor();
    await expectFigures(dialog, all, 'en');

    // ECharts draws each trend (SVG renderer): bars for the three weeks.
    const chart = dialog.getByRole('img', { name: `Weekly trend: ${onTime.name.en}` });
    await expect.poll(() => chart.locator('svg path').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => chart.locator('svg text').allTextContents())
      .toEqual(expect.arrayContaining(onTime.trend.map((b) => b.bucket)));
    expect(await seriousViolations(page)).toEqual([]);

    // A filter asks the server again: Xinjiang's figures, not everyone's.
    const xinjiang = await kpisOf('?province=Xinjiang');
    const xOnTime = xinjiang.find((k) => k.id === 'first-touch-on-time')!;
    expect([xOnTime.numerator, xOnTime.denominator]).toEqual([0, 6]);
    await dialog.getByLabel('Province', { exact: true }).fill('Xinjiang');
    await dialog.getByRole('button', { name: 'Show' }).click();
    await dialog.getByText(/6 live runs as of/).waitFor();
    await expectFigures(dialog, xinjiang, 'en');
    // And a period: the first week only.
    const firstWeek = await kpisOf('?province=Xinjiang&from=2026-10-01&to=2026-10-12');
    await dialog.getByLabel('From', { exact: true }).fill('2026-10-01');
    await dialog.getByLabel('To', { exact: true }).fill('2026-10-12');
    await dialog.getByRole('button', { name: 'Show' }).click();
    await expectFigures(dialog, firstWeek, 'en');
    expect(firstWeek.find((k) => k.id === 'first-touch-on-time')!.denominator).toBe(2);

    // The printable report: downloaded from the page with the filters, opened, printed to PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Download the audit report' }).click(),
    ]);
    expect(download.url()).toContain('province=Xinjiang');
    const html = await readFile((await download.path())!, 'utf8');
    const report = await page.context().newPage();
    await report.setContent(html);
    await report.getByText('首触达准时率').first().waitFor();
    expect(await report.textContent('body')).toContain('0.00% (0/2)');
    expect((await report.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
    await report.close();

    await language(page, 'zh');
    await dialog.getByText('订单健康').first().waitFor();
    await expectFigures(dialog, firstWeek, 'zh');
    await dialog.getByLabel('省份', { exact: true }).fill('');
    await dialog.getByLabel('开始日期', { exact: true }).fill('');
    await dialog.getByLabel('结束日期', { exact: true }).fill('');
    await dialog.getByRole('button', { name: '查看' }).click();
    await expectFigures(dialog, all, 'zh');
    await expect
      .poll(() =>
        dialog
          .getByRole('img', { name: `每周趋势：${onTime.name.zh}` })
          .locator('svg path')
          .count(),
      )
      .toBeGreaterThanOrEqual(3);
    expect(await untranslatedWords(page, '.live-page')).toEqual([]);
    // The pointer still rests on the Show button just clicked: its hover state is checked too.
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
  });
});
