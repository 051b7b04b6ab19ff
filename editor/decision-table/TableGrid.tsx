import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Locale } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';
import { ColumnHeader } from './ColumnHeader';
import { blockBetween, gridKeyAction, inBlock, type Cursor } from './grid-keys';
import type { TableProblems } from './row-problems';
import { RowHeader } from './RowHeader';
import { parseTsv, toTsv } from './table-csv';
import { TABLE_MESSAGES } from './table.i18n';
import * as edit from './table-model';

/** Keys and clipboard events from header fields, notes and buttons are theirs, not the grid's. */
const onCell = (e: { target: EventTarget }) =>
  e.target instanceof HTMLElement &&
  e.target.closest('[role=gridcell]') !== null &&
  !(e.target instanceof HTMLInputElement);

export interface TableGridProps {
  readonly table: edit.TableConfig;
  readonly problems: TableProblems;
  readonly locale: Locale;
  /** 0-based rows the last single-order simulation matched; lit in the grid. */
  readonly matchedRows?: readonly number[];
  /** Every change goes through here, as a function of the latest table, so it is one undo step. */
  readonly onEdit: (change: (table: edit.TableConfig) => edit.TableConfig) => void;
}

/**
 * The rows as a spreadsheet: a cursor and a selected block (Shift+arrows or Shift+click), keys like Excel, TSV
 * copy of the block and paste at the cursor, problems on their cells.
 */
export function TableGrid({ table, problems, locale, matchedRows = [], onEdit }: TableGridProps) {
  const t = useDictionary(TABLE_MESSAGES);
  const cols = edit.gridColumns(table);
  const [cursor, setCursor] = useState<Cursor>({ r: 0, c: 0 });
  /** The block's first corner; null = the block is the cursor's cell. */
  const [anchor, setAnchor] = useState<Cursor | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const rowCount = table.rows.length;
  const clampCell = (x: Cursor) => ({
    r: Math.min(x.r, Math.max(0, rowCount - 1)),
    c: Math.min(x.c, Math.max(0, cols.length - 1)),
  });
  const at = clampCell(cursor);
  const block = blockBetween(anchor ? clampCell(anchor) : at, at);

  const focusCell = (next: Cursor, extend = false) => {
    setAnchor(extend ? (anchor ?? at) : null);
    setCursor(next);
    // After React re-renders, put focus on the cell so the keyboard keeps working.
    queueMicrotask(() => gridRef.current?.querySelector<HTMLElement>(`[data-cell="${next.r}-${next.c}"]`)?.focus());
  };
  const commitDraft = () => {
    if (draft === null) return;
    const text = draft;
    setDraft(null);
    if (text !== edit.cellText(table.rows[at.r], cols[at.c]!)) onEdit((tb) => edit.setCell(tb, at.r, at.c, text));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (draft !== null || rowCount === 0 || cols.length === 0 || !onCell(e)) return;
    const action = gridKeyAction(e, at, rowCount, cols.length);
    if (action.kind === 'none') return;
    e.preventDefault();
    if (action.kind === 'move') focusCell(action.to, action.extend);
    else if (action.kind === 'edit') {
      setAnchor(null);
      setDraft(action.initial ?? edit.cellText(table.rows[at.r], cols[at.c]!));
    } else onEdit((tb) => clearBlock(tb));
  };
  const onEditorKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
      focusCell(at);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      commitDraft();
      const move = gridKeyAction(e.key === 'Enter' ? { key: 'ArrowDown' } : e, at, rowCount, cols.length);
      focusCell(move.kind === 'move' ? move.to : at);
    }
  };
  const clearBlock = (tb: edit.TableConfig) => {
    let out = tb;
    for (let r = block.top; r <= block.bottom; r++)
      for (let c = block.left; c <= block.right; c++) out = edit.setCell(out, r, c, '');
    return out;
  };
  const onCopy = (e: ClipboardEvent) => {
    if (draft !== null || cols.length === 0 || rowCount === 0 || !onCell(e)) return;
    e.preventDefault();
    const rows = table.rows.slice(block.top, block.bottom + 1);
    const picked = cols.slice(block.left, block.right + 1);
    e.clipboardData.setData('text/plain', toTsv(rows.map((row) => picked.map((col) => edit.cellText(row, col)))));
  };
  const onPaste = (e: ClipboardEvent) => {
    if (draft !== null || !onCell(e)) return;
    const block = parseTsv(e.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    e.preventDefault();
    onEdit((tb) => edit.pasteGrid(tb, at.r, at.c, block));
  };

  return (
    <table
      ref={gridRef}
      className="dt-grid"
      role="grid"
      aria-label={t('gridLabel')}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
    >
      <thead>
        <tr>
          <th />
          {table.inputs.length > 0 && <th colSpan={table.inputs.length}>{t('when')}</th>}
          {table.outputs.length > 0 && <th colSpan={table.outputs.length}>{t('then')}</th>}
          <th />
        </tr>
        <tr>
          <th />
          {cols.map((col) => {
            const index =
              col.side === 'when'
                ? table.inputs.indexOf(col.column as never)
                : table.outputs.indexOf(col.column as never);
            return (
              <ColumnHeader
                key={`${col.side}:${col.id}`}
                side={col.side}
                index={index}
                count={col.side === 'when' ? table.inputs.length : table.outputs.length}
                column={col.column}
                locale={locale}
                perLine={table.perLine}
                problems={problems.column(col.side, index)}
                onChange={(patch) => onEdit((tb) => edit.updateColumn(tb, col.side, index, patch))}
                onMove={(to) => onEdit((tb) => edit.moveColumn(tb, col.side, index, to))}
                onDuplicate={() => onEdit((tb) => edit.duplicateColumn(tb, col.side, index))}
                onDelete={() => onEdit((tb) => edit.deleteColumn(tb, col.side, index))}
              />
            );
          })}
          <th scope="col">{t('note')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => {
          const matched = matchedRows.includes(r);
          return (
            <tr key={r} className={matched ? 'is-matched' : undefined} aria-label={t('row', { n: r + 1 })}>
              <RowHeader r={r} count={rowCount} matched={matched} problems={problems.row(r)} onEdit={onEdit} />
              {cols.map((col, c) => {
                const here = problems.cell(r, col.side, col.id);
                const active = at.r === r && at.c === c;
                const selected = inBlock(block, r, c);
                const text = edit.cellText(row, col);
                return (
                  <td
                    key={`${col.side}:${col.id}`}
                    role="gridcell"
                    data-cell={`${r}-${c}`}
                    tabIndex={active ? 0 : -1}
                    aria-selected={selected}
                    aria-current={active || undefined}
                    aria-invalid={here.length > 0 || undefined}
                    title={here.map((p) => p.message).join('\n') || undefined}
                    className={`dt-cell is-${col.side}${active ? ' is-active' : ''}${selected && !active ? ' is-in-block' : ''}${here.length ? ` has-${here[0]!.severity}` : ''}`}
                    onClick={(e) => focusCell({ r, c }, e.shiftKey)}
                    onDoubleClick={() => setDraft(text)}
                  >
                    {active && draft !== null ? (
                      <input
                        className="dt-cell-input"
                        aria-label={`${t('row', { n: r + 1 })} · ${col.column.label || col.id}`}
                        autoFocus
                        value={draft}
                        onChange={(e) => setDraft(e.target.value)}
                        onKeyDown={onEditorKey}
                        onBlur={commitDraft}
                      />
                    ) : (
                      <span className={text === '' ? 'dt-any' : undefined}>
                        {text === '' && col.side === 'when' ? '-' : text}
                      </span>
                    )}
                    {here.length > 0 && <span className="dt-cell-problem">{here[0]!.message}</span>}
                  </td>
                );
              })}
              <td className="dt-note">
                <input
                  className="input"
                  aria-label={`${t('note')} · ${t('row', { n: r + 1 })}`}
                  value={row.note}
                  maxLength={200}
                  onChange={(e) => {
                    const note = e.target.value;
                    onEdit((tb) => ({ ...tb, rows: tb.rows.map((x, i) => (i === r ? { ...x, note } : x)) }));
                  }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
