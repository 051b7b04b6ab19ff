import { createServer } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';

const server = await createServer({ configFile: false, root: '/work/main/.smoke-tmp', logLevel: 'error', plugins: [react()], worker: { format: 'es' }, server: { port: 5399, fs: { allow: ['/work/main'] } } });
await server.listen();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
const external = [];
const workers = [];
const errors = [];
page.on('request', (r) => { if (!r.url().startsWith('http://localhost:5399')) external.push(r.url()); });
page.on('worker', (w) => workers.push(w.url()));
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
const step = (s) => console.log('•', s);
try {
  await page.goto('http://localhost:5399/');
  await page.waitForSelector('.of-flows-list li', { timeout: 60000 });
  step(`flows listed: ${await page.locator('.of-flows-list li').count()}`);
  await page.locator('.of-flow-open').first().click();
  await page.waitForSelector('#json .monaco-editor', { timeout: 60000 });
  step('monaco mounted');
  await page.waitForTimeout(1500);
  step(`workers: ${workers.map((w) => w.split('/').pop()).join(', ')}`);
  // Schema autocomplete: inside a node object, ask for suggestions.
  await page.locator('#json .view-line').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
  await page.waitForTimeout(500);
  step(`focused: ${await page.evaluate(() => document.activeElement?.className)}; text line: ${await page.locator('#json .view-line').nth(1).textContent()}`);
  await page.screenshot({ path: '/tmp/ofcheck/smoke-0.png' });
  await page.keyboard.press('Control+Space');
  await page.waitForSelector('.suggest-widget .monaco-list-row', { timeout: 15000 }).then(async () => {
    step(`suggestions: ${(await page.locator('.suggest-widget .monaco-list-row').allTextContents()).slice(0, 6).join(' | ')}`);
  }, () => step('NO suggestions'));
  await page.keyboard.press('Escape');
  await page.keyboard.type('bogus": 1,');
  await page.waitForTimeout(1500);
  const hovers = await page.locator('#json .squiggly-warning, #json .squiggly-error').count();
  step(`schema+our markers after unknown root key: ${hovers}`);
  step(`problems now: ${(await page.locator('.of-json-problem').allTextContents()).slice(0, 2).join(' | ')}`);
  // Config autocomplete: find "config": { of the trigger and ask inside it.
  await page.keyboard.press('Control+z'); await page.keyboard.press('Control+z'); await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('"channels"');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.type('"');
  await page.keyboard.press('Control+Space');
  await page.waitForSelector('.suggest-widget .monaco-list-row', { timeout: 15000 }).then(async () => {
    step(`config suggestions: ${(await page.locator('.suggest-widget .monaco-list-row').allTextContents()).slice(0, 6).join(' | ')}`);
  }, () => step('NO config suggestions'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('x');
  await page.waitForTimeout(800);
  step(`status: ${await page.locator('.of-json-status').textContent()} / ${await page.locator('#draft').textContent()}`);
  step(`problems: ${(await page.locator('.of-json-problem').allTextContents()).slice(0, 3).join(' | ')}`);
  step(`error markers in editor: ${await page.locator('#json .squiggly-error').count()}`);
  await page.screenshot({ path: '/tmp/ofcheck/smoke-1.png' });
  // Undo the broken edit -> valid again
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(800);
  step(`after undo: ${await page.locator('.of-json-status').textContent()} / ${await page.locator('#draft').textContent()}`);
  // Rule builder: money input
  const money = page.locator('#rules input[inputmode=decimal]').first();
  step(`money shows: ${await money.inputValue()}`);
  await money.fill('88.8');
  step(`logic: ${await page.locator('#logic').textContent()}`);
  await page.locator('#rules button[role=tab]').nth(1).click();
  await page.waitForSelector('#rules .monaco-editor', { timeout: 30000 });
  step('rule raw mode monaco mounted');
  await page.screenshot({ path: '/tmp/ofcheck/smoke-2.png' });
  // versions
  await page.locator('.of-versions-save input').fill('before test');
  await page.locator('.of-versions-save button').click();
  await page.waitForSelector('.of-version-label');
  step(`versions: ${await page.locator('.of-version-label').allTextContents()}`);
} catch (e) {
  console.log('FAILED', e.message);
  await page.screenshot({ path: '/tmp/ofcheck/smoke-fail.png' });
} finally {
  console.log('external requests:', external.length ? external : 'none');
  console.log('page errors:', errors.length ? errors.slice(0, 5) : 'none');
  await browser.close();
  await server.close();
}
