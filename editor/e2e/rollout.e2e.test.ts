/**
 * The Rollout page with the real server (issue 15): start a shadow rollout of the open flow from the
 * page, send orders through the API, read the guardrails and that no order differs, roll back with a
 * note — and every screen of it in 中文 without an untranslated word.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import { startLiveServer, type LiveServer } from './live-server';
import { untranslatedWords } from './screen-checks';

const REPO = join(import.meta.dirname, '..', '..');
const ADMIN_PASSWORD = 'e2e-admin-password-2';

let browser: Browser;
let server: LiveServer;

beforeAll(async () => {
  server = await startLiveServer(inject('editorDir'), ADMIN_PASSWORD);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function post(path: string, body: unknown, auth: Record<string, string>) {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...auth },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function logIn(page: Page) {
  await page.getByRole('button', { name: 'Log in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log in to the OrderFlow server' });
  await dialog.getByLabel('User name').fill('admin');
  await dialog.getByLabel('Password').fill(ADMIN_PASSWORD);
  await dialog.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Account: admin' }).waitFor();
}

/** Rollouts sit in the user's menu in the top bar. */
async function openRollouts(page: Page) {
  await page.getByRole('button', { name: 'Account: admin' }).click();
  await page.getByRole('menu', { name: 'Account: admin' }).getByRole('menuitem', { name: 'Rollouts' }).click();
}

const language = (page: Page, locale: 'en' | 'zh') =>
  page.getByRole('button', { name: locale === 'en' ? 'EN' : '中文', exact: true }).dispatchEvent('click');

describe('the Rollout page', () => {
  it('starts a shadow rollout, shows guardrails and no differing order, rolls back; in both languages', async () => {
    const { page, errors } = await openEditor(browser, server.url);
    await logIn(page);
    await expect.poll(() => page.getByTestId('live-badge').textContent(), { timeout: 20_000 }).toMatch(/^Live v1/);
    // The candidate: the open flow renamed (same behaviour, so shadow must find no difference).
    await page.getByRole('textbox', { name: 'Flow name' }).fill('Multi-warehouse (rollout E2E)');
    const flow = JSON.parse(await readFile(join(REPO, 'examples', 'flows', 'multi-warehouse.flow.json'), 'utf8'));
    const cases = JSON.parse(await readFile(join(REPO, 'examples', 'flows', 'multi-warehouse.cases.json'), 'utf8'));

    await openRollouts(page);
    // Found by its class: its accessible name follows the language (Rollouts / 灰度发布).
    const dialog = page.locator('.live-page');
    await dialog.getByText('No rollout yet.').waitFor();
    const form = dialog.getByRole('form', { name: 'Start a rollout of the open flow' });
    await form.getByLabel('Mode').selectOption('shadow');
    await form.getByLabel('Why (required)').fill('E2E: shadow of the open flow');
    await form.getByRole('button', { name: 'Start' }).click();
    await dialog.getByText(/Every order runs on live v1; candidate v\d+ runs beside it/).waitFor();

    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const admin = { cookie: login.headers.get('set-cookie')!.split(';')[0]! };
    const token = await post('/api/v1/tokens', { name: 'shop', roles: ['intake'] }, admin);
    const shop = { authorization: `Bearer ${String(token.json.token)}` };
    for (const c of cases.cases as { order: { id: string } }[])
      expect((await post('/api/v1/orders', c.order, shop)).status).toBe(201);
    expect(flow.id).toBe('multi-warehouse');

    // Reopen: the figures are read when the page opens.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await openRollouts(page);
    await dialog.getByRole('table', { name: 'Guardrails (this stage)' }).waitFor();
    await dialog.getByRole('cell', { name: 'Review/hold rate' }).waitFor(); // the chart's legend says it too
    await dialog.getByText(/Orders the candidate would decide differently \(0\)/).waitFor();
    await dialog.getByText('No order differs.').waitFor();

    await language(page, 'zh');
    await dialog.getByText('护栏指标（本阶段）').first().waitFor();
    expect(await untranslatedWords(page, '.live-page')).toEqual([]);
    await language(page, 'en');

    await dialog.getByLabel('Why roll back? (required)').fill('E2E: enough');
    await dialog.getByRole('button', { name: 'Roll back now' }).click();
    await dialog.getByText(/rolled back by admin: E2E: enough/).waitFor();
    await language(page, 'zh');
    await dialog.getByText('已回滚').first().waitFor();
    expect(await untranslatedWords(page, '.live-page')).toEqual([]);

    expect(errors).toEqual([]);
  });
});
