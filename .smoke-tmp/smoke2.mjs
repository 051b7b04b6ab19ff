import { createServer } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
const server = await createServer({ configFile: false, root: '/work/main/.smoke-tmp', logLevel: 'error', plugins: [react()], worker: { format: 'es' }, server: { port: 5398, fs: { allow: ['/work/main'] } } });
await server.listen();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
const step = (s) => console.log('•', s);
try {
  await page.goto('http://localhost:5398/');
  await page.click('#locale');
  await page.waitForFunction(() => document.querySelectorAll('.of-flows-list li').length === 5, null, { timeout: 60000 });
  await page.locator('.of-flow-open', { hasText: 'Returns QC' }).click();
  await page.waitForSelector('#json .monaco-editor', { timeout: 60000 });
  await page.locator('#json .view-line').first().click();
  const flow = {
    format: 'orderflow/flow', formatVersion: 1, id: 'smoke', name: 'Smoke', description: '', bogus: 1,
    nodes: [{ id: 't', type: 'trigger', config: { nope: true }, position: { x: 0, y: 0 } }, { id: 'e', type: 'end', config: {} }],
    edges: [{ id: 'x', source: 't', sourcePort: 'start', target: 'e' }],
  };
  await page.keyboard.press('Control+Home'); await page.keyboard.press('Control+Shift+End'); await page.keyboard.press('Delete');
  await page.keyboard.insertText(JSON.stringify(flow));
  await page.waitForTimeout(2000);
  await page.screenshot({ path: '/tmp/ofcheck/smoke-3a.png' });
  step(`warnings (schema): ${await page.locator('#json .squiggly-warning').count()}, errors (ours): ${await page.locator('#json .squiggly-error').count()}`);
  step(`problems: ${(await page.locator('.of-json-problem').allTextContents()).join(' | ')}`);
  step(`draft: ${await page.locator('#draft').textContent()}`);
  await page.screenshot({ path: '/tmp/ofcheck/smoke-3.png' });
  delete flow.bogus; flow.nodes[0].config = {};
  await page.keyboard.press('Control+Home'); await page.keyboard.press('Control+Shift+End'); await page.keyboard.press('Delete');
  await page.keyboard.insertText(JSON.stringify(flow));
  await page.waitForTimeout(1500);
  step(`after fix: ${await page.locator('.of-json-status').textContent()} / draft: ${await page.locator('#draft').textContent()}`);
  // Hover the "type" value to see the schema doc
  await page.locator('#json .view-line', { hasText: '"trigger"' }).first().hover();
} catch (e) { console.log('FAILED', e.message); await page.screenshot({ path: '/tmp/ofcheck/smoke-fail.png' }); }
await browser.close(); await server.close();
