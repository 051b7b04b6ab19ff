import type { LogicExpression } from '../../runtime/node/index';
import { isMoneyObject, lookupShape, FACTS_SHAPE, type FieldShape } from '../../runtime/node/index';
import type { InputColumn, InputType } from './table.schema';
import type { TableWords } from './words';

/** An input column with its type known and the JSONLogic that reads its value from the facts. */
export interface ResolvedInput {
  readonly column: InputColumn;
  readonly type: InputType;
  /** Money (minor units) and dates (ms) count in whole units. */
  readonly integer: boolean;
  /** Values the field can take, when the order model lists them (tiers, channels), else []. */
  readonly known: readonly string[];
  readonly read: LogicExpression;
  /** The header people see: the label, else the field or lookup. */
  readonly header: string;
}

export type Resolved =
  | { readonly ok: true; readonly input: ResolvedInput }
  | { readonly ok: false; readonly message: string; readonly at: string };

const LINE_SHAPE = (FACTS_SHAPE as Extract<FieldShape, { kind: 'object' }>).fields.lines as Extract<
  FieldShape,
  { kind: 'array' }
>;

/** The shape of a field path; per-line tables read `line.<field>` from the line being decided. */
function shapeOf(path: string, perLine: boolean): { ok: true; shape: FieldShape | null } | { ok: false } {
  const segments = path.split('.');
  if (segments[0] === 'line') {
    if (!perLine) return { ok: false };
    const found = lookupShape(LINE_SHAPE.of, segments.slice(1));
    return found.ok ? found : { ok: false };
  }
  const found = lookupShape(FACTS_SHAPE, segments);
  return found.ok ? found : { ok: false };
}

type Kind = { type: InputType | null; money: boolean; known: readonly string[] } | 'list';

function kindOf(shape: FieldShape | null): Kind {
  if (shape === null || shape.kind === 'record') return { type: null, money: false, known: [] };
  if (isMoneyObject(shape)) return { type: 'money', money: true, known: [] };
  switch (shape.kind) {
    case 'string':
      return { type: 'string', money: false, known: shape.options ?? [] };
    case 'number':
      return { type: 'number', money: false, known: [] };
    case 'money':
      return { type: 'money', money: false, known: [] };
    case 'boolean':
      return { type: 'boolean', money: false, known: ['true', 'false'] };
    case 'datetime':
      return { type: 'datetime', money: false, known: [] };
    default:
      return 'list';
  }
}

/** Finds the column's type and how to read it; a problem names the column part (`field`, `lookup.key`, `type`). */
export function resolveInput(column: InputColumn, perLine: boolean, say: TableWords): Resolved {
  const fail = (message: string, at: string): Resolved => ({ ok: false, message, at });
  if ((column.field === undefined) === (column.lookup === undefined)) return fail(say.fieldOrLookup(), 'field');
  const path = column.field ?? column.lookup!.key;
  const at = column.field !== undefined ? 'field' : 'lookup';
  if (path.startsWith('line.') && !perLine) return fail(say.lineFieldNeedsPerLine(path), at);
  const shape = shapeOf(path, perLine);
  if (!shape.ok) return fail(say.unknownField(path), at);
  const kind = kindOf(shape.shape);
  if (kind === 'list') return fail(say.notComparable(path), at);

  let type: InputType;
  let read: LogicExpression;
  let known = kind.known;
  if (column.lookup !== undefined) {
    if (kind.type !== null && kind.type !== 'string' && kind.type !== 'number')
      return fail(say.notComparable(path), at);
    if (column.type === undefined) return fail(say.needsType(`tables.${column.lookup.table}`), 'type');
    type = column.type;
    known = type === 'boolean' ? ['true', 'false'] : [];
    read = { var: { cat: [`tables.${column.lookup.table}.`, { var: path }] } };
  } else {
    if (kind.type === null) {
      if (column.type === undefined) return fail(say.needsType(path), 'type');
      type = column.type;
    } else {
      if (column.type !== undefined && column.type !== kind.type)
        return fail(say.typeDisagrees(path, column.type, kind.type), 'type');
      type = kind.type;
    }
    read = { var: kind.money ? `${path}.amount` : path };
  }
  if (type === 'money' && column.currency === undefined) return fail(say.needsCurrency(), 'currency');
  return {
    ok: true,
    input: {
      column,
      type,
      integer: type === 'money' || type === 'datetime',
      known,
      read,
      header: column.label || (column.field ?? `${column.lookup!.table}[${column.lookup!.key}]`),
    },
  };
}
