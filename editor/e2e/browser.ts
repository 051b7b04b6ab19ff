import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium: tests never download a browser of their own. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The machine has no network but the registries: keep Chromium from trying to reach Google.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh page (own storage) that fails the test on any uncaught page error. */
export async function openEditor(
  browser: Browser,
  url: string,
  /** `welcome`: show the first-run welcome (other tests start as a returning user, with it seen). */
  options: { locale?: 'en' | 'zh'; welcome?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  // English unless a test picks the language: the UI follows navigator.language on first start.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  if (!options.welcome) await page.addInitScript(() => localStorage.setItem('orderflow.welcome', 'seen'));
  if (options.locale)
    await page.addInitScript((locale) => localStorage.setItem('orderflow.locale', locale), options.locale);
  await page.goto(url);
  return { page, errors };
}
