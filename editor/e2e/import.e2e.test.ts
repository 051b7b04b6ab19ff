import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateFlow } from '../../runtime/index';
import { appRegistry } from '../app-registry';
import { launchBrowser, openEditor } from './browser';
import { cards, editorReady, flowName, showFlows } from './editor-page';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** A trailing comma on line 4: not JSON at all. */
const NOT_JSON = '{\n  "format": "orderflow/flow",\n  "nodes": [\n    { "id": "a", }\n  ]\n}\n';

/** Well-formed JSON, but a wrong flow in four ways: a bad setting, a reused id, an unknown step type, a broken link. */
const BROKEN_FLOW = `${JSON.stringify(
  {
    format: 'orderflow/flow',
    formatVersion: 1,
    id: 'broken',
    name: 'Broken promo',
    description: '',
    nodes: [
      {
        id: 'start',
        type: 'trigger',
        typeVersion: 1,
        config: { channels: [], statuses: ['paid'] },
        position: { x: 0, y: 0 },
      },
      {
        id: 'vip-off',
        type: 'discount',
        typeVersion: 1,
        config: { kind: 'percent', percent: 150 },
        position: { x: 300, y: 0 },
      },
      { id: 'vip-off', type: 'end', typeVersion: 1, config: {}, position: { x: 600, y: 0 } },
      { id: 'points', type: 'acme/points', typeVersion: 1, config: {}, position: { x: 600, y: 200 } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'start', target: 'vip-off' },
      { id: 'e2', source: 'points', sourcePort: 'next', target: 'nowhere' },
    ],
  },
  null,
  2,
)}\n`;

/** What the runtime's validator says about a file, with the editor's node types: the list the editor must show in full. */
const expectedProblems = (text: string) => validateFlow(text, appRegistry).problems;

/** Chooses a file through the button's real file chooser. */
async function chooseFile(page: Page, button: Locator, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** What shows the flow on screen: name, cards, links, saved state, undo history. */
async function snapshot(page: Page) {
  return {
    name: await flowName(page).inputValue(),
    cards: await cards(page).count(),
    edges: await page.locator('.react-flow__edge').count(),
    saved: await page.getByRole('button', { name: /Saved/ }).count(),
    canUndo: await page.getByRole('button', { name: /^Undo/ }).isEnabled(),
  };
}

describe('importing a broken file', () => {
  it('shows every problem of a file that is not JSON or not a valid flow, and leaves the open flow alone', async () => {
    const { page, errors } = await openEditor(browser, inject('editorUrl'));
    await editorReady(page);
    const before = await snapshot(page);
    expect(before.cards).toBeGreaterThan(3);
    const importButton = page.getByRole('banner').getByRole('button', { name: 'Import', exact: true });

    for (const [file, text] of [
      ['half-typed.flow.json', NOT_JSON],
      ['broken.flow.json', BROKEN_FLOW],
    ] as const) {
      const problems = expectedProblems(text);
      expect(problems.length, file).toBeGreaterThan(0);
      await chooseFile(page, importButton, file, text);
      const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        `${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}. Your current flow was not changed.`,
      );
      const items = dialog.getByRole('listitem');
      expect(await items.count()).toBe(problems.length);
      for (const [i, problem] of problems.entries()) {
        const item = await items.nth(i).textContent();
        expect(item).toContain(problem.message);
        expect(item).toContain(`line ${problem.line}`);
      }
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await snapshot(page)).toEqual(before);
    }
    expect(
      expectedProblems(BROKEN_FLOW)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['duplicate-id', 'edge-missing-node', 'invalid-config', 'unknown-node-type']);

    // The flow list's own import refuses it the same way and adds no flow.
    const list = await showFlows(page);
    const rows = list.locator('.of-flow');
    await rows.first().waitFor();
    const stored = await rows.count();
    await chooseFile(page, list.getByText('Import file…'), 'broken.flow.json', BROKEN_FLOW);
    const alert = list.getByRole('alert');
    await alert.waitFor();
    const shown = await alert.getByRole('listitem').allTextContents();
    expect(shown).toEqual(expectedProblems(BROKEN_FLOW).map((p) => `line ${p.line}: ${p.message} ${p.code}`));
    expect(await rows.count()).toBe(stored);
    expect(await snapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
