import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEditor } from './browser';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

describe('the editor opens', () => {
  it('shows an example flow on the canvas without errors', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });
});
