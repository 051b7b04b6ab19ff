import type { FieldShape } from '../order/facts';

/*
 * Following a var path through a FieldShape, with the same rules as evaluation: object fields
 * by name, list and text items by index, `length` of lists and texts, anything below a record.
 */

/** Where a path leads: a shape (null = unknown, anything goes), or the first segment that fails. */
export type ShapeLookup =
  | { readonly ok: true; readonly shape: FieldShape | null }
  | { readonly ok: false; readonly index: number; readonly parent: FieldShape };

const INDEX = /^(0|[1-9][0-9]*)$/;
const LENGTH: FieldShape = { kind: 'number', label: { en: 'Length', zh: '长度' } };
const TEXT_ITEM: FieldShape = { kind: 'string', label: { en: 'List item', zh: '列表项' } };
const CHARACTER: FieldShape = { kind: 'string', label: { en: 'Character', zh: '字符' } };

export function lookupShape(shape: FieldShape | null, segments: readonly string[]): ShapeLookup {
  let current = shape;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || current.kind === 'record') return { ok: true, shape: null };
    const next = step(current, segments[i]!);
    if (next === undefined) return { ok: false, index: i, parent: current };
    current = next;
  }
  return { ok: true, shape: current };
}

function step(shape: FieldShape, segment: string): FieldShape | undefined {
  switch (shape.kind) {
    case 'object':
      return Object.hasOwn(shape.fields, segment) ? shape.fields[segment] : undefined;
    case 'array':
      return INDEX.test(segment) ? shape.of : segment === 'length' ? LENGTH : undefined;
    case 'strings':
      return INDEX.test(segment) ? TEXT_ITEM : segment === 'length' ? LENGTH : undefined;
    case 'string':
    case 'datetime':
      return INDEX.test(segment) ? CHARACTER : segment === 'length' ? LENGTH : undefined;
    default:
      // number, money, boolean: no fields below.
      return undefined;
  }
}

/** The shape of one item of a list (what `var` means inside `some`, `map`, …), if known. */
export function itemShapeOf(shape: FieldShape | null): FieldShape | null {
  if (shape?.kind === 'array') return shape.of;
  if (shape?.kind === 'strings') return TEXT_ITEM;
  return null;
}

/** Money in the facts is `{amount, currency}`; conditions should compare `.amount`. */
export function isMoneyObject(shape: FieldShape | null): boolean {
  return shape?.kind === 'object' && shape.fields.amount?.kind === 'money';
}

/** Every field path reachable through objects (not lists), for "did you mean" across the shape. */
export function fieldPaths(
  shape: FieldShape,
  maxDepth = 5,
): { readonly path: readonly string[]; readonly shape: FieldShape }[] {
  const out: { path: readonly string[]; shape: FieldShape }[] = [];
  const walk = (at: FieldShape, path: readonly string[]): void => {
    if (at.kind !== 'object' || path.length >= maxDepth) return;
    for (const [name, field] of Object.entries(at.fields)) {
      const next = [...path, name];
      out.push({ path: next, shape: field });
      walk(field, next);
    }
  };
  walk(shape, []);
  return out;
}
