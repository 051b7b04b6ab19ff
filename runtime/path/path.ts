import { isRecord, scalarText } from './values';

/**
 * The mapping's path language: dotted keys into a payload record, nothing more, so it runs
 * synchronously, keeps lossless numbers intact and can be checked when a mapping loads.
 *
 * - `shipping_address.city` — keys, own properties only
 * - `line_items.0.sku` — an array index
 * - `shipping_lines.*.price` — every element (or every value of an object)
 * - `district_info[address_level_name=State].address_name` — the elements whose key equals a text
 * - `$` — the record itself; `^.currency` — the order record, from inside a line row;
 *   `@items.OrderItems` — the related document "items" matched to this order;
 *   `~.CurrencyCode` — beside the value being read (money objects {Amount, CurrencyCode})
 */
export type Segment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'filter'; readonly key: string; readonly field: string; readonly equals: string };

export interface CompiledPath {
  readonly text: string;
  readonly scope: 'record' | 'order' | 'related' | 'sibling';
  readonly related?: string;
  readonly segments: readonly Segment[];
}

export interface Hit {
  readonly value: unknown;
  readonly path: readonly (string | number)[];
  /** The object or list holding the value, for `~.` paths. */
  readonly parent?: unknown;
}

const KEY = /^[^.[\]*@^$]+$|^\$$/;
const FILTER = /^([^.[\]]+)\[([^=\]]+)=([^\]]*)\]$/;

/** Compiles a path, or returns the reason it is not one. */
export function compilePath(text: string): CompiledPath | string {
  let rest = text.trim();
  let scope: CompiledPath['scope'] = 'record';
  let related: string | undefined;
  const relatedMatch = /^@([a-z][A-Za-z0-9]*)(?:\.|$)/.exec(rest);
  if (relatedMatch) {
    scope = 'related';
    related = relatedMatch[1]!;
    rest = rest.slice(relatedMatch[0].length);
  } else if (rest === '^' || rest.startsWith('^.')) {
    scope = 'order';
    rest = rest.slice(2);
  } else if (rest.startsWith('~.')) {
    scope = 'sibling';
    rest = rest.slice(2);
  } else if (rest === '$' || rest.startsWith('$.')) {
    rest = rest.slice(2);
  }
  const segments: Segment[] = [];
  for (const part of rest === '' ? [] : rest.split('.')) {
    if (part === '*') segments.push({ kind: 'any' });
    else if (FILTER.test(part)) {
      const [, key, field, equals] = FILTER.exec(part)!;
      segments.push({ kind: 'filter', key: key!, field: field!.trim(), equals: equals!.trim() });
    } else if (KEY.test(part) && part !== '$') segments.push({ kind: 'key', key: part });
    else return `"${text}" is not a path: "${part}" is not a key, "*" or key[field=text]`;
  }
  return { text, scope, ...(related ? { related } : {}), segments };
}

function ownValue(container: unknown, key: string): unknown {
  if (Array.isArray(container)) return /^\d+$/.test(key) ? container[Number(key)] : undefined;
  if (isRecord(container) && Object.hasOwn(container, key)) return container[key];
  return undefined;
}

const isKeySegment = (segment: Segment): boolean => segment.kind === 'key';

/**
 * The common path (`order.customer.email`): at most one hit, found without a hit list per step;
 * the concrete path is built once, at the end (the same hit the general walk gives).
 */
function keysOnly(segments: readonly Segment[], start: unknown, base: readonly (string | number)[]): Hit[] {
  let value = start;
  let parent: unknown;
  const steps: (string | number)[] = [];
  for (const segment of segments) {
    const key = (segment as { readonly key: string }).key;
    const next = ownValue(value, key);
    if (next === undefined) return [];
    steps.push(Array.isArray(value) ? Number(key) : key);
    parent = value;
    value = next;
  }
  return segments.length === 0 ? [{ value, path: base }] : [{ value, path: [...base, ...steps], parent }];
}

/** Every value the path reaches from `start`, with the concrete path of each (relative to `start`). */
export function evaluatePath(
  segments: readonly Segment[],
  start: unknown,
  base: readonly (string | number)[] = [],
): Hit[] {
  if (segments.every(isKeySegment)) return keysOnly(segments, start, base);
  let hits: Hit[] = [{ value: start, path: base }];
  for (const segment of segments) {
    const next: Hit[] = [];
    for (const hit of hits) {
      if (segment.kind === 'key') {
        const value = ownValue(hit.value, segment.key);
        if (value !== undefined)
          next.push({
            value,
            path: [...hit.path, Array.isArray(hit.value) ? Number(segment.key) : segment.key],
            parent: hit.value,
          });
      } else if (segment.kind === 'any') {
        if (Array.isArray(hit.value))
          hit.value.forEach((value, i) => next.push({ value, path: [...hit.path, i], parent: hit.value }));
        else if (isRecord(hit.value))
          for (const key of Object.keys(hit.value))
            next.push({ value: hit.value[key], path: [...hit.path, key], parent: hit.value });
      } else {
        const list = ownValue(hit.value, segment.key);
        const items = Array.isArray(list) ? list : list === undefined ? [] : [list];
        items.forEach((item, i) => {
          if (scalarText(ownValue(item, segment.field)) === segment.equals) {
            next.push({
              value: item,
              path: Array.isArray(list) ? [...hit.path, segment.key, i] : [...hit.path, segment.key],
              parent: list,
            });
          }
        });
      }
    }
    hits = next;
    if (hits.length === 0) break;
  }
  return hits;
}
