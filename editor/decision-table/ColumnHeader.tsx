import { CURRENCY_CODES } from '../../runtime/index';
import type { Locale, Problem } from '../../runtime/index';
import type { InputColumn, OutputColumn } from '../../nodes/decision-table/table.schema';
import { INPUT_TYPES, OUTPUT_KINDS } from '../../nodes/decision-table/table.schema';
import { FieldPicker } from '../rule-builder/FieldPicker';
import { useContextTables } from '../rule-builder/context-tables';
import { findField } from '../rule-builder/fields';
import { useDictionary } from '../i18n/use-t';
import { TABLE_MESSAGES } from './table.i18n';
import type { Side } from './table-model';

interface Props {
  readonly side: Side;
  readonly index: number;
  readonly count: number;
  readonly column: InputColumn | OutputColumn;
  readonly locale: Locale;
  /** Per-line tables also read the line being decided (`line.category`). */
  readonly perLine: boolean;
  readonly problems: readonly Problem[];
  readonly onChange: (patch: Partial<InputColumn> | Partial<OutputColumn>) => void;
  readonly onMove: (to: number) => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

/** One column's header: what it reads (a field picker or a lookup table) or what it sets, and its actions. */
export function ColumnHeader(props: Props) {
  const t = useDictionary(TABLE_MESSAGES);
  const { column, side, index, count } = props;
  const name = column.label || column.id;
  return (
    <th scope="col" className={`dt-col is-${side}`} aria-invalid={props.problems.length > 0 || undefined}>
      <input
        className="input dt-col-label"
        aria-label={`${t('label')} (${column.id})`}
        value={column.label}
        placeholder={column.id}
        maxLength={80}
        onChange={(e) => props.onChange({ label: e.target.value })}
      />
      {side === 'when' ? (
        <InputSource
          column={column as InputColumn}
          locale={props.locale}
          perLine={props.perLine}
          onChange={props.onChange}
        />
      ) : (
        <OutputKind column={column as OutputColumn} onChange={props.onChange} />
      )}
      <div className="dt-col-actions">
        <button
          type="button"
          aria-label={`${t('moveLeft')}: ${name}`}
          disabled={index === 0}
          onClick={() => props.onMove(index - 1)}
        >
          ←
        </button>
        <button
          type="button"
          aria-label={`${t('moveRight')}: ${name}`}
          disabled={index === count - 1}
          onClick={() => props.onMove(index + 1)}
        >
          →
        </button>
        <button type="button" aria-label={`${t('duplicate')}: ${name}`} onClick={props.onDuplicate}>
          ×2
        </button>
        <button type="button" aria-label={`${t('delete')}: ${name}`} disabled={count === 1} onClick={props.onDelete}>
          ✕
        </button>
      </div>
      {props.problems.map((p, i) => (
        <p key={i} className={`dt-problem is-${p.severity}`}>
          {p.message}
        </p>
      ))}
    </th>
  );
}

const LINE = 'line.';

function InputSource({
  column,
  locale,
  perLine,
  onChange,
}: {
  column: InputColumn;
  locale: Locale;
  perLine: boolean;
  onChange: (patch: Partial<InputColumn>) => void;
}) {
  const t = useDictionary(TABLE_MESSAGES);
  const isLookup = column.lookup !== undefined;
  const onLine = column.field?.startsWith(LINE) ?? false;
  const known = column.field
    ? onLine
      ? findField(column.field.slice(LINE.length), 'lines')
      : findField(column.field)
    : undefined;
  return (
    <>
      <select
        className="input"
        aria-label={`${t('source')} (${column.id})`}
        value={isLookup ? 'lookup' : 'field'}
        onChange={(e) =>
          onChange(
            e.target.value === 'lookup'
              ? {
                  lookup: { table: '', key: column.field ?? 'shippingAddress.province' },
                  field: undefined,
                  type: 'string',
                }
              : { field: column.lookup?.key ?? 'customer.tier', lookup: undefined },
          )
        }
      >
        <option value="field">{t('sourceField')}</option>
        <option value="lookup">{t('sourceLookup')}</option>
      </select>
      {isLookup ? (
        <>
          <TablePicker column={column} onChange={onChange} />
          <FieldPicker
            scope={undefined}
            lookups={false}
            value={column.lookup?.key ?? ''}
            locale={locale}
            label={`${t('lookupKey')} (${column.id})`}
            onChange={(f) => onChange({ lookup: { table: column.lookup?.table ?? '', key: f.path } })}
          />
          <select
            className="input"
            aria-label={`${t('type')} (${column.id})`}
            value={column.type ?? 'string'}
            onChange={(e) => onChange({ type: e.target.value as InputColumn['type'] })}
          >
            {INPUT_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </>
      ) : (
        <>
          {perLine && (
            <select
              className="input"
              aria-label={`${t('reads')} (${column.id})`}
              value={onLine ? 'line' : 'order'}
              onChange={(e) => onChange({ field: e.target.value === 'line' ? `${LINE}category` : 'customer.tier' })}
            >
              <option value="order">{t('readsOrder')}</option>
              <option value="line">{t('readsLine')}</option>
            </select>
          )}
          <FieldPicker
            scope={onLine ? 'lines' : undefined}
            lookups={false}
            value={onLine ? (column.field ?? '').slice(LINE.length) : (column.field ?? '')}
            locale={locale}
            label={`${t('field')} (${column.id})`}
            onChange={(f) =>
              onChange({
                field: onLine ? LINE + f.path : f.path,
                ...(f.kind === 'money' ? { currency: column.currency ?? 'CNY' } : {}),
              })
            }
          />
          {column.field && !known && <code className="dt-col-path">{column.field}</code>}
          {known?.kind === 'money' && (
            <CurrencyPicker id={column.id} value={column.currency} onChange={(currency) => onChange({ currency })} />
          )}
        </>
      )}
    </>
  );
}

/**
 * The lookup tables of the context (the simulation's data set), by name; picking one reads it with its key field
 * and its value type. A name the context lacks stays shown (validation names the problem).
 */
function TablePicker({ column, onChange }: { column: InputColumn; onChange: (patch: Partial<InputColumn>) => void }) {
  const t = useDictionary(TABLE_MESSAGES);
  const tables = useContextTables();
  const name = column.lookup?.table ?? '';
  const names = tables.map((table) => table.name);
  if (name && !names.includes(name)) names.push(name);
  return (
    <select
      className="input"
      aria-label={`${t('lookup')} (${column.id})`}
      value={name}
      onChange={(e) => {
        const table = tables.find((x) => x.name === e.target.value);
        onChange({
          lookup: { table: e.target.value, key: table?.keyField || column.lookup?.key || '' },
          ...(table ? { type: table.value } : {}),
        });
      }}
    >
      <option value="" disabled>
        {names.length > 0 ? t('pickTable') : t('noTables')}
      </option>
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

function OutputKind({ column, onChange }: { column: OutputColumn; onChange: (patch: Partial<OutputColumn>) => void }) {
  const t = useDictionary(TABLE_MESSAGES);
  return (
    <>
      <select
        className="input"
        aria-label={`${t('kind')} (${column.id})`}
        value={column.kind}
        onChange={(e) => onChange({ kind: e.target.value as OutputColumn['kind'] })}
      >
        {OUTPUT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind_${kind}`)}
          </option>
        ))}
      </select>
      {(column.kind === 'attribute' || column.kind === 'note') && (
        <input
          className="input"
          aria-label={`${t('attributeName')} (${column.id})`}
          placeholder={column.id}
          value={column.name}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      )}
      {column.kind === 'discount' && (
        <CurrencyPicker id={column.id} value={column.currency} onChange={(currency) => onChange({ currency })} />
      )}
    </>
  );
}

function CurrencyPicker({ id, value, onChange }: { id: string; value?: string; onChange: (v?: string) => void }) {
  const t = useDictionary(TABLE_MESSAGES);
  return (
    <select
      className="input"
      aria-label={`${t('currency')} (${id})`}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">—</option>
      {CURRENCY_CODES.map((code) => (
        <option key={code}>{code}</option>
      ))}
    </select>
  );
}
