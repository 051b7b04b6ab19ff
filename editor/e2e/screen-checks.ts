import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core from node_modules, injected into the page under test (never a CDN). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A/AA and best practice). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    interface AxeResults {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
  });
}

/**
 * Words that may appear in the 中文 UI: brands, codes and file formats people use as they are.
 * Everything else in Latin letters is an untranslated word or a raw value/id.
 */
export const ALLOWED_LATIN = new Set([
  'OrderFlow',
  'JSON',
  'JSONLogic',
  'JSONL',
  'CSV',
  'CNY',
  'USD',
  'SKU',
  'VIP',
  'CRM',
  'SLA',
  'POS',
  'Shopify',
  'WooCommerce',
  'BigCommerce',
  'Amazon',
  'TikTok',
  'Shop',
  'Webhook',
  'Slack',
  'React',
  'Flow',
  'Ctrl',
  'Shift',
  'Delete',
  'Tab',
  'Enter',
  'Esc',
  'EN',
  'API',
  // Systems and HTTP words an API-call step names as they are.
  'ERP',
  'WMS',
  'TMS',
  'HTTP',
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'ID',
  'QC',
  'ISO',
  // Fulfilment metrics named by their industry acronyms beside the 中文 name (准时送达率（OTDR）).
  'OTDR',
  'OTIF',
]);

/**
 * Latin-letter words visible on the page (or inside `within`, a selector) that are not allowed: text nodes and the accessible texts
 * people meet (placeholders, titles, aria-labels). Skipped: what people typed or imported (marked
 * `data-user-text`), text declared English on purpose (`lang="en"`), code (Monaco, <code>, <kbd>), and React
 * Flow's credit link (a brand).
 */
export async function untranslatedWords(page: Page, within = 'body'): Promise<string[]> {
  // `within`: a selector to scan one screen only (a page over the canvas), not the flow behind it.
  const words = await page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector) ?? document.body;
    const skip = (el: Element | null) =>
      !!el?.closest(
        '[data-user-text], [lang="en"], .monaco-editor, code, pre, kbd, script, style, noscript, svg, .react-flow__attribution',
      );
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent) || !visible(parent)) continue;
      found.push(node.textContent ?? '');
    }
    for (const el of root.querySelectorAll('[placeholder], [title], [aria-label]')) {
      if (skip(el) || !visible(el)) continue;
      for (const attr of ['placeholder', 'title', 'aria-label']) found.push(el.getAttribute(attr) ?? '');
    }
    return found.join('\n').match(/[A-Za-z][A-Za-z_-]*[A-Za-z]/g) ?? [];
  }, within);
  return [...new Set(words)].filter((word) => !ALLOWED_LATIN.has(word));
}
