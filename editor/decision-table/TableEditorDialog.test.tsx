import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Flow } from '../../runtime/index';
import { NodeForm } from '../inspector/NodeForm';
import { EditorProvider } from '../store/EditorProvider';
import { sampleFlow, sampleStore } from '../store/test-support';
import { setContextTables } from '../rule-builder/context-tables';
import { TableEditorDialog } from './TableEditorDialog';

afterEach(cleanup);

/** Keys go to the cell with the cursor, as in the browser where it has focus. */
const active = () => document.querySelector<HTMLElement>('[role=gridcell][aria-current=true]')!;

function tableFlow(): Flow {
  const flow = sampleFlow();
  return {
    ...flow,
    nodes: [
      ...flow.nodes,
      {
        id: 'tiers',
        type: 'decision-table',
        typeVersion: 1,
        name: 'Tier discounts',
        config: {
          hitPolicy: 'unique',
          inputs: [
            { id: 'tier', label: '', field: 'customer.tier' },
            { id: 'channel', label: '', field: 'channel' },
          ],
          outputs: [{ id: 'off', label: '', kind: 'discount', currency: 'CNY' }],
          rows: [
            { when: { tier: 'vip', channel: '-' }, then: { off: '10%' } },
            { when: { tier: 'gold' }, then: { off: '5%' } },
          ],
        },
        position: { x: 0, y: 300 },
      },
    ],
  };
}

function setup(locale: 'en' | 'zh' = 'en') {
  const store = sampleStore(tableFlow(), locale);
  render(
    <EditorProvider store={store}>
      <TableEditorDialog nodeId="tiers" onClose={() => {}} />
    </EditorProvider>,
  );
  const rows = () => (store.getState().flow.nodes.find((n) => n.id === 'tiers')!.config as { rows: unknown[] }).rows;
  const cell = (r: number, c: number) => document.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)!;
  return { store, rows, cell };
}

// Rendering the whole dialog takes seconds on a loaded machine; this is room, not a speed check.
describe('decision table grid editor', { timeout: 30_000 }, () => {
  it('edits a cell with Enter, commits on Enter, and the edit can be undone', () => {
    const { store, rows, cell } = setup();
    fireEvent.click(cell(1, 2));
    fireEvent.keyDown(active(), { key: 'Enter' });
    const input = screen.getByRole('textbox', { name: /Row 2 · off/ });
    expect(input).toHaveProperty('value', '5%');
    fireEvent.change(input, { target: { value: '6%' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(rows()[1]).toMatchObject({ then: { off: '6%' } });
    act(() => store.getState().undo());
    expect(rows()[1]).toMatchObject({ then: { off: '5%' } });
  });

  it('Escape cancels an edit and typing replaces a cell, as in Excel', () => {
    const { rows, cell } = setup();
    fireEvent.click(cell(0, 0));
    fireEvent.keyDown(active(), { key: 'g' });
    const input = screen.getByRole('textbox', { name: /Row 1 · tier/ });
    expect(input).toHaveProperty('value', 'g');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(rows()[0]).toMatchObject({ when: { tier: 'vip' } });
    expect(screen.queryByRole('textbox', { name: /Row 1 · tier/ })).toBeNull();
  });

  it('moves with arrows and Tab, Tab wrapping to the next row', async () => {
    const { cell } = setup();
    fireEvent.click(cell(0, 0));
    fireEvent.keyDown(active(), { key: 'ArrowRight' });
    fireEvent.keyDown(active(), { key: 'Tab' });
    await act(async () => {});
    expect(cell(0, 2).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(active(), { key: 'Tab' });
    await act(async () => {});
    expect(cell(1, 0).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(cell(1, 0));
    fireEvent.keyDown(active(), { key: 'ArrowUp' });
    await act(async () => {});
    expect(cell(0, 0).getAttribute('aria-selected')).toBe('true');
  });

  it('pastes an Excel block as TSV into many cells, adding rows, in one undo step', () => {
    const { store, rows, cell } = setup();
    fireEvent.click(cell(1, 0));
    fireEvent.paste(cell(1, 0), { clipboardData: { getData: () => 'silver\tjd\t3%\nregular\t-\t¥10\n' } });
    expect(rows()).toEqual([
      { when: { tier: 'vip', channel: '-' }, then: { off: '10%' }, note: '' },
      { when: { tier: 'silver', channel: 'jd' }, then: { off: '3%' }, note: '' },
      { when: { tier: 'regular', channel: '-' }, then: { off: '¥10' }, note: '' },
    ]);
    act(() => store.getState().undo());
    expect(rows()).toHaveLength(2);
  });

  it('leaves keys and paste in header fields and notes to those fields', () => {
    const { rows, cell } = setup();
    fireEvent.click(cell(0, 0));
    const label = screen.getByRole('textbox', { name: 'Header (tier)' });
    expect(fireEvent.keyDown(label, { key: 'x' })).toBe(true); // not prevented: the letter goes in the field
    expect(fireEvent.keyDown(label, { key: 'Backspace' })).toBe(true);
    fireEvent.paste(screen.getByRole('textbox', { name: 'Note · Row 1' }), {
      clipboardData: { getData: () => 'a\tb' },
    });
    expect(rows()[0]).toMatchObject({ when: { tier: 'vip' } });
    expect(rows()).toHaveLength(2);
  });

  it('copies the active cell as TSV', () => {
    const { cell } = setup();
    fireEvent.click(cell(0, 2));
    let copied = '';
    fireEvent.copy(cell(0, 2), { clipboardData: { setData: (_: string, text: string) => (copied = text) } });
    expect(copied).toBe('10%');
  });

  it('copies a block picked with Shift+arrows or Shift+click as TSV, and Delete clears the block', () => {
    const { cell, rows } = setup();
    fireEvent.click(cell(0, 0));
    fireEvent.keyDown(active(), { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(active(), { key: 'ArrowDown', shiftKey: true });
    const selected = () => document.querySelectorAll('[role=gridcell][aria-selected=true]').length;
    expect(selected()).toBe(4);
    let copied = '';
    const clipboardData = { setData: (_: string, text: string) => (copied = text) };
    fireEvent.copy(active(), { clipboardData });
    expect(copied).toBe('vip\t-\ngold\t');
    // Shift+click stretches from the block's first corner; a plain click or arrow starts again from one cell.
    fireEvent.click(cell(1, 2), { shiftKey: true });
    fireEvent.copy(active(), { clipboardData });
    expect(copied).toBe('vip\t-\t10%\ngold\t\t5%');
    fireEvent.keyDown(active(), { key: 'ArrowLeft' });
    expect(selected()).toBe(1);
    fireEvent.click(cell(0, 1));
    fireEvent.click(cell(1, 2), { shiftKey: true });
    fireEvent.keyDown(active(), { key: 'Delete' });
    type Row = { when: Record<string, string>; then: Record<string, string> };
    const cleared = (rows() as Row[]).map((r) => [r.when.tier, r.when.channel ?? '', r.then.off ?? '']);
    expect(cleared).toEqual([
      ['vip', '', ''],
      ['gold', '', ''],
    ]);
  });

  it('moves, duplicates and deletes rows and columns from their buttons', () => {
    const { rows, store } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Move down: Row 1' }));
    expect(rows().map((r) => (r as { when: { tier: string } }).when.tier)).toEqual(['gold', 'vip']);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Row 2' }));
    expect(rows()).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Delete: channel' }));
    const config = store.getState().flow.nodes.find((n) => n.id === 'tiers')!.config as {
      inputs: { id: string }[];
      rows: { when: Record<string, string> }[];
    };
    expect(config.inputs.map((c) => c.id)).toEqual(['tier']);
    expect(config.rows.every((r) => !('channel' in r.when))).toBe(true);
  });

  it('shows the validation problem on the cell it is about, live', () => {
    const { cell } = setup();
    fireEvent.click(cell(1, 2));
    fireEvent.keyDown(active(), { key: 'Enter' });
    const input = screen.getByRole('textbox', { name: /Row 2 · off/ });
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(cell(1, 2).getAttribute('aria-invalid')).toBe('true');
    expect(cell(0, 2).getAttribute('aria-invalid')).toBeNull();
  });

  it('changes the hit policy through the store', () => {
    const { store } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Hit policy' }), { target: { value: 'first' } });
    expect(store.getState().flow.nodes.find((n) => n.id === 'tiers')!.config).toMatchObject({ hitPolicy: 'first' });
  });

  it("reads a lookup table picked from the context's tables, with its key field and value type", () => {
    setContextTables({
      regionReturnRate: { description: '', keyField: 'shippingAddress.province', value: 'number', rows: { x: 0.1 } },
    });
    const { store } = setup();
    const config = () =>
      store.getState().flow.nodes.find((n) => n.id === 'tiers')!.config as {
        inputs: { field?: string; lookup?: unknown; type?: string }[];
      };
    fireEvent.change(screen.getByRole('combobox', { name: 'Reads (channel)' }), { target: { value: 'lookup' } });
    const tables = screen.getByRole('combobox', { name: 'Lookup table (channel)' });
    fireEvent.change(tables, { target: { value: 'regionReturnRate' } });
    expect(config().inputs[1]).toMatchObject({
      lookup: { table: 'regionReturnRate', key: 'shippingAddress.province' },
      type: 'number',
    });
    setContextTables({});
  });

  it('picks column fields from the order model, and line fields in a per-line table', () => {
    const { store } = setup();
    const config = () =>
      store.getState().flow.nodes.find((n) => n.id === 'tiers')!.config as { inputs: { field?: string }[] };
    fireEvent.change(screen.getByRole('combobox', { name: 'Field (channel)' }), {
      target: { value: 'shippingAddress.province' },
    });
    expect(config().inputs[1]!.field).toBe('shippingAddress.province');
    expect(screen.queryByRole('combobox', { name: 'Of (tier)' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Run once per order line' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Of (tier)' }), { target: { value: 'line' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Field (tier)' }), { target: { value: 'sku' } });
    expect(config().inputs[0]!.field).toBe('line.sku');
  });

  it('speaks Chinese', () => {
    setup('zh');
    expect(screen.getByRole('combobox', { name: '命中策略' })).toBeTruthy();
    expect(within(screen.getByRole('grid')).getByRole('button', { name: '上移: 第 2 行' })).toBeTruthy();
  });

  it('lights the rows a simulation matched', () => {
    const { store, cell } = setup();
    act(() => store.getState().setOverlay({ matchedRows: { tiers: [1] } }));
    expect(cell(1, 0).closest('tr')!.className).toContain('is-matched');
    expect(cell(0, 0).closest('tr')!.className).not.toContain('is-matched');
  });

  it('opens from the inspector of a decision-table node', () => {
    const store = sampleStore(tableFlow());
    render(
      <EditorProvider store={store}>
        <NodeForm nodeId="tiers" definition={coreRegistry.get('decision-table')!} />
      </EditorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit table…' }));
    expect(screen.getByRole('dialog', { name: 'Decision table: Tier discounts' })).toBeTruthy();
  });
});
