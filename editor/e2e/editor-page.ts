import type { Locator, Page } from 'playwright-core';

/**
 * What a person sees and does in the editor, for the e2e tests: panels found by their accessible
 * names, cards by React Flow's per-type class, and real mouse gestures (palette drags, handle drags).
 */
export const palette = (page: Page) => page.getByRole('complementary', { name: 'Steps' });
export const inspector = (page: Page) => page.getByRole('complementary', { name: 'Settings' });
export const problemsPanel = (page: Page) => page.getByRole('region', { name: 'Problems' });
export const pane = (page: Page) => page.locator('.react-flow__pane');
export const cards = (page: Page) => page.locator('.react-flow__node');
export const edges = (page: Page) => page.locator('.react-flow__edge');
/** Every card of one node type ("discount", "end", …), in document order. */
export const cardsOfType = (page: Page, type: string) => page.locator(`.react-flow__node-${type}`);
export const flowName = (page: Page) => page.getByRole('textbox', { name: 'Flow name' });

/** Resolves once the editor has drawn a flow (in either language). */
export async function editorReady(page: Page): Promise<void> {
  await cards(page).first().waitFor();
  await page.locator('.react-flow__node .card').first().waitFor();
}

/** Opens the "My flows" tab in the left column (the palette is the other tab). */
export async function showFlows(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'My flows' }).click();
  const list = page.getByRole('region', { name: 'Flows' });
  await list.getByRole('button', { name: 'New flow' }).waitFor();
  return list;
}

export async function showPalette(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Steps' }).click();
  return palette(page);
}

/** Opens a saved flow by its name in "My flows", and waits until the canvas shows it. */
export async function openSavedFlow(page: Page, name: string): Promise<void> {
  const list = await showFlows(page);
  await list.getByRole('button', { name: new RegExp(`^${escape(name)}`) }).click();
  await page.waitForFunction(
    (expected) =>
      (document.querySelector('input[aria-label="Flow name"]') as HTMLInputElement | null)?.value === expected,
    name,
  );
}

/**
 * "New flow" in the flow list, then removes the steps a new flow starts with (select each card,
 * Delete), leaving an empty canvas.
 */
export async function newEmptyFlow(page: Page): Promise<void> {
  const list = await showFlows(page);
  const before = await flowName(page).inputValue();
  await list.getByRole('button', { name: 'New flow' }).click();
  await page.waitForFunction(
    (old) => (document.querySelector('input[aria-label="Flow name"]') as HTMLInputElement | null)?.value !== old,
    before,
  );
  while ((await cards(page).count()) > 0) {
    const count = await cards(page).count();
    await cards(page).first().locator('.card-title').click();
    await page.keyboard.press('Delete');
    await waitForCount(cards(page), count - 1);
  }
  await showPalette(page);
}

/** Drags a step from the palette onto the canvas with the mouse; `at` is a fraction of the pane (0..1). */
export async function dropStep(page: Page, title: string, at: { x: number; y: number }): Promise<void> {
  const box = await boxOf(pane(page));
  const item = palette(page).getByRole('button', { name: new RegExp(`^${escape(title)}\\b`) });
  await item.dragTo(pane(page), { targetPosition: { x: box.width * at.x, y: box.height * at.y } });
}

/** Drags a link from an output handle (`port`) of one card to the input handle of another. */
export async function connect(page: Page, from: Locator, port: string, to: Locator): Promise<void> {
  const before = await edges(page).count();
  await viewportSettled(page);
  const source = await boxOf(from.locator(`.react-flow__handle.source[data-handleid="${port}"]`));
  const target = await boxOf(to.locator('.react-flow__handle.target'));
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
  await waitForCount(edges(page), before + 1);
}

/** Resolves when the canvas has stopped moving (fit-view and focus animate for ~300 ms). */
export async function viewportSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
        let last = '';
        let same = 0;
        const tick = () => {
          const now = viewport?.style.transform ?? '';
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** React Flow's "Fit View" control: every card in sight. */
export async function fitView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit View' }).click();
  await viewportSettled(page);
}

/** Clicks a card's title: selects it and shows its form in the inspector. */
export async function selectCard(page: Page, card: Locator): Promise<Locator> {
  await card.locator('.card-title').click();
  await card.locator('.card.is-selected').waitFor();
  return inspector(page);
}

export async function waitForCount(locator: Locator, count: number, timeout = 10_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const now = await locator.count();
    if (now === count) return;
    if (Date.now() - start > timeout) throw new Error(`expected ${count} of ${locator} but found ${now}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.waitFor();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box on screen`);
  return box;
}

/** The flow rows as stored in the browser's IndexedDB (database "orderflow", table "flows"). */
export function storedFlows(page: Page): Promise<{ id: string; name: string; document: StoredFlow }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('orderflow');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('flows').objectStore('flows').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export interface StoredFlow {
  readonly id: string;
  readonly name: string;
  readonly nodes: readonly { id: string; type: string; name?: string; config: Record<string, unknown> }[];
  readonly edges: readonly { id: string; source: string; sourcePort: string; target: string }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
