import type { LocalText } from '../../runtime/index';
import { FACTS_SHAPE, type FieldShape } from '../../runtime/node/index';
import { knownTable } from './context-tables';

export type RuleFieldKind = 'string' | 'number' | 'money' | 'boolean' | 'datetime' | 'strings' | 'array';

/** A field the builder offers, flattened from FACTS_SHAPE, with the heading it is listed under. */
export interface Field {
  /** The JSONLogic `var` path, e.g. "customer.tier" or "totals.subtotal.amount". */
  readonly path: string;
  readonly kind: RuleFieldKind;
  readonly label: LocalText;
  readonly group: LocalText;
  readonly options?: readonly string[];
  /** For arrays of objects (order lines): the item's fields, with paths relative to the item. */
  readonly itemFields?: readonly Field[];
}

type ObjectShape = Extract<FieldShape, { kind: 'object' }>;

/** `{amount, currency}` objects are one money field to people: they type "500", not minor units. */
function isMoneyObject(shape: ObjectShape): boolean {
  return (
    shape.fields.amount?.kind === 'money' && Object.keys(shape.fields).every((k) => k === 'amount' || k === 'currency')
  );
}

function flatten(shape: ObjectShape, prefix: string, group: LocalText): Field[] {
  const out: Field[] = [];
  for (const [key, field] of Object.entries(shape.fields)) {
    const path = prefix + key;
    switch (field.kind) {
      case 'object':
        if (isMoneyObject(field)) out.push({ path: `${path}.amount`, kind: 'money', label: field.label, group });
        else out.push(...flatten(field, `${path}.`, field.label));
        break;
      case 'array':
        // Only arrays of objects get a nested builder; the facts have no other kind of array.
        if (field.of.kind === 'object')
          out.push({
            path,
            kind: 'array',
            label: field.label,
            group,
            itemFields: flatten(field.of, '', field.of.label),
          });
        break;
      case 'record':
        break; // free-form keys: the raw JSON mode handles these
      case 'string':
        out.push({
          path,
          kind: 'string',
          label: field.label,
          group,
          ...(field.options ? { options: field.options } : {}),
        });
        break;
      default:
        out.push({ path, kind: field.kind, label: field.label, group });
    }
  }
  return out;
}

/** Every order field a condition can test, in FACTS_SHAPE order. */
export const ORDER_FIELDS: readonly Field[] = flatten(FACTS_SHAPE as ObjectShape, '', FACTS_SHAPE.label);

const byPath = (fields: readonly Field[]) => new Map(fields.map((f) => [f.path, f]));
const ORDER_INDEX = byPath(ORDER_FIELDS);
const ITEM_INDEX = new Map(ORDER_FIELDS.filter((f) => f.itemFields).map((f) => [f.path, byPath(f.itemFields!)]));

/**
 * A context lookup table read with a key taken from the order: "return rate of the shipping province". The
 * builder writes it as the path `tables.<name>[<key field>]`; in JSONLogic it is
 * `{"var": {"cat": ["tables.<name>.", {"var": "<key field>"}]}}`.
 */
const LOOKUP_PATH = /^tables\.([A-Za-z][A-Za-z0-9_]*)\[([^\]]+)\]$/;

export const lookupPath = (table: string, key: string) => `tables.${table}[${key}]`;

export function parseLookupPath(path: string): { table: string; key: string } | null {
  const m = LOOKUP_PATH.exec(path);
  return m ? { table: m[1]!, key: m[2]! } : null;
}

const LOOKUP_GROUP: LocalText = { en: 'Lookup tables (context)', zh: '查找表（上下文）' };
type LookupKind = 'number' | 'string' | 'boolean';

/**
 * The field a lookup path stands for. Its kind is the table's declared value type when the context knows the
 * table; `kind` decides otherwise (reading logic: the kind of the value it is compared with), else number.
 */
export function lookupField(path: string, kind?: LookupKind): Field | undefined {
  const parsed = parseLookupPath(path);
  const keyField = parsed && ORDER_INDEX.get(parsed.key);
  if (!parsed || !keyField || keyField.kind !== 'string') return undefined;
  const table = knownTable(parsed.table);
  const by = keyField.label;
  return {
    path,
    kind: kind ?? table?.value ?? 'number',
    label: { en: `${parsed.table} (by ${by.en})`, zh: `查找表 ${parsed.table}（按${by.zh}）` },
    group: LOOKUP_GROUP,
  };
}

/** `scope` is undefined for order fields, or the array field's path for fields of its items. */
export function findField(path: string, scope?: string): Field | undefined {
  if (scope === undefined && path.startsWith('tables.')) return lookupField(path);
  return (scope === undefined ? ORDER_INDEX : ITEM_INDEX.get(scope))?.get(path);
}

export function fieldsIn(scope?: string): readonly Field[] {
  return scope === undefined ? ORDER_FIELDS : (findField(scope)?.itemFields ?? []);
}
