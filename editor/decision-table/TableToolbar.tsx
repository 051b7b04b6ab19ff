import { useRef, useState } from 'react';
import { AGGREGATES, HIT_POLICIES } from '../../nodes/decision-table/table.schema';
import { useDictionary } from '../i18n/use-t';
import { fromCsv, toCsv } from './table-csv';
import { TABLE_MESSAGES } from './table.i18n';
import * as edit from './table-model';

interface Props {
  readonly table: edit.TableConfig;
  readonly fileName: string;
  readonly onEdit: (change: (table: edit.TableConfig) => edit.TableConfig) => void;
}

/** Hit policy, per-line mode, adding rows and columns, CSV in and out. */
export function TableToolbar({ table, fileName, onEdit }: Props) {
  const t = useDictionary(TABLE_MESSAGES);
  const fileRef = useRef<HTMLInputElement>(null);
  const [csvError, setCsvError] = useState<string | null>(null);

  const importFile = async (file: File) => {
    const text = await file.text();
    // Parsed against the latest table: a refused file changes nothing.
    let refused: string | null = null;
    onEdit((tb) => {
      const result = fromCsv(tb, text);
      if (result.ok) return result.table;
      refused = t('csvRefused', {
        line: result.line,
        column: result.column ? t('csvColumn', { name: result.column }) : '',
        message: result.message,
      });
      return tb;
    });
    setCsvError(refused);
  };
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className="dt-toolbar">
      <label>
        {t('hitPolicy')}{' '}
        <select
          className="input"
          value={table.hitPolicy}
          onChange={(e) => onEdit((tb) => ({ ...tb, hitPolicy: e.target.value as edit.TableConfig['hitPolicy'] }))}
        >
          {HIT_POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`policy_${p}`)}
            </option>
          ))}
        </select>
      </label>
      {table.hitPolicy === 'collect' && (
        <label>
          {t('aggregate')}{' '}
          <select
            className="input"
            value={table.aggregate}
            onChange={(e) => onEdit((tb) => ({ ...tb, aggregate: e.target.value as edit.TableConfig['aggregate'] }))}
          >
            {AGGREGATES.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={table.perLine}
          onChange={(e) => {
            const perLine = e.target.checked;
            onEdit((tb) => ({ ...tb, perLine }));
          }}
        />{' '}
        {t('perLine')}
      </label>
      <span className="dt-toolbar-gap" />
      <button type="button" className="button" onClick={() => onEdit((tb) => edit.insertRow(tb, tb.rows.length))}>
        {t('addRow')}
      </button>
      <button type="button" className="button" onClick={() => onEdit((tb) => edit.addInput(tb, 'customer.tier'))}>
        {t('addInput')}
      </button>
      <button type="button" className="button" onClick={() => onEdit((tb) => edit.addOutput(tb, 'tag'))}>
        {t('addOutput')}
      </button>
      <button type="button" className="button" onClick={() => fileRef.current?.click()}>
        {t('importCsv')}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="dt-csv-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button type="button" className="button" onClick={exportFile}>
        {t('exportCsv')}
      </button>
      {csvError && (
        <p className="dt-problem is-error" role="alert">
          {csvError}
        </p>
      )}
    </div>
  );
}
