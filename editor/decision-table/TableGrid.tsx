import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Locale } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';
import { ColumnHeader } from './ColumnHeader';
import { gridKeyAction, type Cursor } from './grid-keys';
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

/** The rows as a spreadsheet: one cursor, keys like Excel, TSV copy/paste, problems on their cells. */
export function TableGrid({ table, problems, locale, matchedRows = [], onEdit }: TableGridProps) {
  const t = useDictionary(TABLE_MESSAGES);
  const cols = edit.gridColumns(table);
  const [cursor, setCursor] = useState<Cursor>({ r: 0, c: 0 });
  const [draft, setDraft] = useState<string | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const rowCount = table.rows.length;
  const at = { r: Math.min(cursor.r, Math.max(0, rowCount - 1)), c: Math.min(cursor.c, Math.max(0, cols.length - 1)) };

  const focusCell = (next: Cursor) => {
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
    if (action.kind === 'move') focusCell(action.to);
    else if (action.kind === 'edit') setDraft(action.initial ?? edit.cellText(table.rows[at.r], cols[at.c]!));
    else onEdit((tb) => edit.setCell(tb, at.r, at.c, ''));
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
  const onCopy = (e: ClipboardEvent) => {
    const col = cols[at.c];
    if (draft !== null || !col || !onCell(e)) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', toTsv([[edit.cellText(table.rows[at.r], col)]]));
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
                const text = edit.cellText(row, col);
                return (
                  <td
                    key={`${col.side}:${col.id}`}
                    role="gridcell"
                    data-cell={`${r}-${c}`}
                    tabIndex={active ? 0 : -1}
                    aria-selected={active}
                    aria-invalid={here.length > 0 || undefined}
                    title={here.map((p) => p.message).join('\n') || undefined}
                    className={`dt-cell is-${col.side}${active ? ' is-active' : ''}${here.length ? ` has-${here[0]!.severity}` : ''}`}
                    onClick={() => setCursor({ r, c })}
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
