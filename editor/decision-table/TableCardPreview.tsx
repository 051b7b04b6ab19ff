import { useDictionary } from '../i18n/use-t';
import { useEditor } from '../store/EditorProvider';
import { cardCellText } from './card-cell';
import { TABLE_MESSAGES } from './table.i18n';
import { cellText, gridColumns, readTable } from './table-model';
import './decision-table.css';

const SHOWN_ROWS = 3;
const NONE: readonly number[] = [];

/** The canvas card's view of a table: policy, size, and its first rows (lit when a run matched them). */
export function TableCardPreview({ nodeId, config }: { nodeId: string; config: unknown }) {
  const t = useDictionary(TABLE_MESSAGES);
  const matched = useEditor((s) => s.overlay?.matchedRows?.[nodeId] ?? NONE);
  const locale = useEditor((s) => s.locale);
  const table = readTable(config);
  const cols = gridColumns(table);
  // Show the first rows, plus a matched row further down so the lit row is always visible.
  const shown = [...new Set([...table.rows.keys()].slice(0, SHOWN_ROWS).concat(matched.slice(0, 1)))].filter(
    (r) => r < table.rows.length,
  );
  return (
    <div className="dt-card">
      <p className="card-summary">
        {t(`policy_${table.hitPolicy}`)} ·{' '}
        {t('size', { rows: table.rows.length, inputs: table.inputs.length, outputs: table.outputs.length })}
        {table.perLine ? ` · ${t('perLineShort')}` : ''}
      </p>
      {shown.length > 0 && (
        <table className="dt-card-rows">
          <tbody>
            {shown.map((r) => (
              <tr key={r} className={matched.includes(r) ? 'is-matched' : undefined}>
                <th scope="row">{r + 1}</th>
                {cols.map((col) => {
                  const text = cellText(table.rows[r], col);
                  // A long cell wraps onto a second line; the full text is its tooltip.
                  const shownText = text || col.side === 'when' ? cardCellText(text, locale) : '';
                  return (
                    <td key={`${col.side}:${col.id}`} className={`is-${col.side}`} title={shownText || undefined}>
                      <span className="dt-card-cell">{shownText}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table.rows.length > shown.length && (
        <p className="dt-card-more">{t('moreRows', { n: table.rows.length - shown.length })}</p>
      )}
    </div>
  );
}
