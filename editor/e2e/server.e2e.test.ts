/**
 * The editor with the real OrderFlow server (issue 13): log in, publish with a note, an order sent
 * through the API waits for approval, a second person approves it in the inbox, run history shows it
 * completed (see live-server.ts for how the server and the editor share one origin).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';
import { startLiveServer, type LiveServer } from './live-server';

const REPO = join(import.meta.dirname, '..', '..');
const ADMIN_PASSWORD = 'e2e-admin-password-1';
/** Set E2E_SCREENSHOTS=<dir> to keep a picture of every server page, in English and Chinese. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let browser: Browser;
let server: LiveServer;
let url: string;

beforeAll(async () => {
  server = await startLiveServer(inject('editorDir'), ADMIN_PASSWORD);
  url = server.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function api(method: string, path: string, body: unknown, auth: Record<string, string>) {
  const response = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...auth },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

async function logIn(page: Page, username: string, password: string) {
  await page.getByRole('button', { name: 'Log in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log in to the OrderFlow server' });
  await dialog.getByLabel('User name').fill(username);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: `Account: ${username}` }).waitFor();
}

/** History, Audit log and Log out live in the user's menu in the top bar. */
async function fromAccountMenu(page: Page, username: string, item: string) {
  await page.getByRole('button', { name: `Account: ${username}` }).click();
  await page
    .getByRole('menu', { name: `Account: ${username}` })
    .getByRole('menuitem', { name: item })
    .click();
}

/** Every control of the top bar is inside it (nothing pushed out or cut off) at the test's 1440 px. */
const topBarOverflow = (page: Page) =>
  page.locator('header.topbar').evaluate((bar) => {
    const edge = bar.getBoundingClientRect().right;
    return [...bar.querySelectorAll('button, input, [role="group"]')]
      .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent);
  });

/** The language switch sits under the open page's overlay: its click is dispatched on the button itself. */
const language = (page: Page, locale: 'en' | 'zh') =>
  page.getByRole('button', { name: locale === 'en' ? 'EN' : '中文', exact: true }).dispatchEvent('click');

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  for (const locale of ['en', 'zh'] as const) {
    await language(page, locale);
    await page.screenshot({ path: join(SHOTS, `${name}-${locale}.png`) });
  }
  await language(page, 'en');
}

describe('the editor with the OrderFlow server', () => {
  it('logs in, publishes with a note, approves an API order in the inbox and finds it completed in run history', async () => {
    const { page, errors } = await openEditor(browser, url);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    const badge = page.getByTestId('live-badge');
    await expect.poll(() => badge.textContent(), { timeout: 20_000 }).toMatch(/^Live v1/);

    // An edit makes the open flow differ from live: the badge says so, and Publish makes it v2.
    await page.getByRole('textbox', { name: 'Flow name' }).fill('Multi-warehouse (E2E)');
    await expect.poll(() => badge.textContent()).toBe('Live v1 · changed since');
    await badge.click();
    const dialog = page.getByRole('dialog', { name: /Live and draft/ });
    await dialog.getByText('Name: "多仓路由 Multi-warehouse routing" → "Multi-warehouse (E2E)"').waitFor();
    await dialog.getByLabel('Why are you publishing? (required)').fill('E2E: remote orders need the fulfilment lead');
    await shoot(page, 'publish');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByText('Published: v2 is live.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => badge.textContent()).toBe('Live v2');

    // A second person decides: whoever published v2 may not approve its holds.
    const adminLogin = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const admin = { cookie: adminLogin.headers.get('set-cookie')!.split(';')[0]! };
    const lead = {
      username: 'lead',
      password: 'lead-password-12',
      roles: ['approver', 'viewer'],
      approvalRoles: ['fulfilment-lead'],
    };
    expect((await api('POST', '/api/v1/users', lead, admin)).status).toBe(201);
    const token = await api('POST', '/api/v1/tokens', { name: 'shop', roles: ['intake'] }, admin);
    const cases = JSON.parse(await readFile(join(REPO, 'examples', 'flows', 'multi-warehouse.cases.json'), 'utf8'));
    const order = cases.cases.find((c: { name: string }) => c.name.startsWith('remote Xinjiang')).order;
    const intake = await api('POST', '/api/v1/orders', order, { authorization: `Bearer ${String(token.json.token)}` });
    expect(intake.status).toBeLessThan(300);
    expect(JSON.stringify(intake.json)).toContain('"status":"waiting"');

    await fromAccountMenu(page, 'admin', 'Log out');
    await logIn(page, 'lead', lead.password);
    await page.getByRole('button', { name: 'Inbox' }).click();
    const inbox = page.getByRole('dialog', { name: 'Inbox' });
    await inbox.getByText(order.id).first().waitFor();
    await inbox.locator('.react-flow__node').first().waitFor();
    await shoot(page, 'inbox');
    await inbox.getByRole('button', { name: 'Approved' }).click();
    await inbox.getByText('Decided “Approved”: the run is now completed.').waitFor();
    await inbox.getByRole('button', { name: 'Close' }).click();

    await fromAccountMenu(page, 'lead', 'Run history');
    const history = page.getByRole('dialog', { name: 'Run history' });
    // The order ran through every live flow its trigger matches: filter to the one just published.
    await history.getByLabel('Flow').fill('multi-warehouse');
    await history.getByRole('button', { name: 'Search' }).click();
    const row = history.getByRole('row').filter({ hasText: order.id }).filter({ hasText: 'multi-warehouse v2' });
    await expect.poll(() => history.getByRole('row').count()).toBe(2);
    await expect.poll(() => row.textContent()).toContain('completed');
    await row.getByRole('button', { name: order.id }).click();
    await history.locator('.react-flow__node').first().waitFor();
    await shoot(page, 'history');
    await history.getByRole('button', { name: 'Close' }).click();

    await fromAccountMenu(page, 'lead', 'Log out');
    await logIn(page, 'admin', ADMIN_PASSWORD);
    // The top bar at 1440 px, signed in as an admin (the most buttons), in both languages.
    await shoot(page, 'topbar');
    for (const locale of ['en', 'zh'] as const) {
      await language(page, locale);
      expect(await topBarOverflow(page)).toEqual([]);
    }
    await language(page, 'en');
    await fromAccountMenu(page, 'admin', 'Audit log');
    const audit = page.getByRole('dialog', { name: 'Audit log' });
    await audit.getByText('flow.publish').first().waitFor();
    await shoot(page, 'audit');
    await audit.getByRole('button', { name: 'Close' }).click();

    // A webhook to a port nobody listens on: its deliveries fail and (one attempt allowed here) become dead
    // letters, which the admin sees and discards on the Failed deliveries page.
    const hook = { url: 'http://127.0.0.1:9/hooks', events: ['order.accepted', 'order.held', 'order.routed'] };
    expect((await api('POST', '/api/v1/webhooks', hook, admin)).status).toBe(201);
    const another = { ...order, id: `${order.id}-2`, channelOrderId: `${order.channelOrderId}-2` };
    expect(
      (await api('POST', '/api/v1/orders', another, { authorization: `Bearer ${String(token.json.token)}` })).status,
    ).toBeLessThan(300);
    await fromAccountMenu(page, 'admin', 'Failed deliveries');
    const dead = page.getByRole('dialog', { name: 'Failed deliveries' });
    const rows = dead.getByRole('row');
    // The relay runs every 200 ms; reopening the page reloads the list until the letters are there.
    await expect
      .poll(
        async () => {
          await dead.getByRole('button', { name: 'Close' }).click();
          await fromAccountMenu(page, 'admin', 'Failed deliveries');
          return rows.count();
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(1);
    await dead
      .getByText(/Webhook: order (accepted|held|routed)/)
      .first()
      .waitFor();
    const before = await rows.count();
    await shoot(page, 'dead-letters');
    await rows.nth(1).getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => rows.count()).toBe(before === 2 ? 0 : before - 1);
    await dead.getByRole('button', { name: 'Close' }).click();
    await fromAccountMenu(page, 'admin', 'Audit log');
    await page.getByRole('dialog', { name: 'Audit log' }).getByText('outbox.discard').first().waitFor();

    // The signed-out probe answers 200 (GET /api/v1/auth/session): any console error is a defect.
    expect(errors).toEqual([]);
  });
});
