import { formatJsonPath } from '../json/parse-payload';
import { isRecord } from '../json/values';
import { evaluatePath, type CompiledPath } from '../path/path';

/** A value and where it sits: which document ("$" the payload, or a related one) and the path in it. */
export interface Located {
  readonly value: unknown;
  readonly doc: string;
  readonly path: readonly (string | number)[];
  /** The object holding the value, for `~.` paths. */
  readonly parent?: unknown;
}

/** What paths are read against: the current record (an order, or a line row), its order and related records. */
export interface Scope {
  readonly record: Located;
  readonly order: Located;
  readonly related: ReadonlyMap<string, readonly Located[]>;
}

/**
 * The keys of a path made of keys only (`order.customer.email`, the usual path), or null for one with `*` or
 * a filter; worked out once per path.
 */
const keyPaths = new WeakMap<CompiledPath, readonly string[] | null>();
function keysOf(path: CompiledPath): readonly string[] | null {
  let keys = keyPaths.get(path);
  if (keys === undefined) {
    keys = path.segments.every((s) => s.kind === 'key') ? path.segments.map((s) => (s as { key: string }).key) : null;
    keyPaths.set(path, keys);
  }
  return keys;
}

/** An own property, or an element by its digits: the path language's step (runtime/path/path.ts ownValue). */
export function ownValue(container: unknown, key: string): unknown {
  if (Array.isArray(container)) return /^\d+$/.test(key) ? container[Number(key)] : undefined;
  if (isRecord(container) && Object.hasOwn(container, key)) return container[key];
  return undefined;
}

/**
 * The hit of a key-only path. Where it sits is worked out only when something asks (a message, a `~.` path, the
 * provenance of a refused order): most fields are read and converted without their path ever being needed.
 */
class KeyHit implements Located {
  #path: (string | number)[] | undefined;
  constructor(
    readonly value: unknown,
    readonly doc: string,
    readonly parent: unknown,
    private readonly start: Located,
    private readonly keys: readonly string[],
  ) {}

  /** The last key, as the mask check reads it (an element's index is digits, which no mask rule matches). */
  get lastKey(): string {
    return this.keys[this.keys.length - 1]!;
  }

  get path(): readonly (string | number)[] {
    if (this.#path === undefined) {
      const at = this.start.path.slice();
      let value = this.start.value;
      for (const key of this.keys) {
        at.push(Array.isArray(value) ? Number(key) : key);
        value = ownValue(value, key);
      }
      this.#path = at;
    }
    return this.#path;
  }
}

/** The last key of a hit's path, without working the path out for a key-only hit. */
export function lastKeyOf(hit: Located): string | number | undefined {
  return hit instanceof KeyHit ? hit.lastKey : hit.path[hit.path.length - 1];
}

/** Every value a path reaches in the scope; `beside` is the value a `~.` path is read next to. */
export function resolve(path: CompiledPath, scope: Scope, beside?: Located): Located[] {
  const keys = path.scope === 'record' || path.scope === 'order' ? keysOf(path) : null;
  if (keys !== null) {
    // At most one hit: walked in place; its path is worked out if asked for (KeyHit).
    const start = path.scope === 'record' ? scope.record : scope.order;
    if (keys.length === 0) return [{ value: start.value, doc: start.doc, path: start.path, parent: undefined }];
    let value = start.value;
    let parent: unknown;
    for (const key of keys) {
      const next = ownValue(value, key);
      if (next === undefined) return [];
      parent = value;
      value = next;
    }
    return [new KeyHit(value, start.doc, parent, start, keys)];
  }
  let starts: readonly Located[];
  if (path.scope === 'record') starts = [scope.record];
  else if (path.scope === 'order') starts = [scope.order];
  else if (path.scope === 'related') starts = scope.related.get(path.related!) ?? [];
  else
    starts =
      beside && beside.parent !== undefined
        ? [{ value: beside.parent, doc: beside.doc, path: beside.path.slice(0, -1) }]
        : [];
  const out: Located[] = [];
  for (const start of starts) {
    for (const hit of evaluatePath(path.segments, start.value, start.path))
      out.push({ value: hit.value, doc: start.doc, path: hit.path, parent: hit.parent });
  }
  return out;
}

/** The values a path reaches, without where they are (status and flag conditions need only those). */
export function valuesAt(path: CompiledPath, scope: Scope): unknown[] {
  const keys = path.scope === 'record' || path.scope === 'order' ? keysOf(path) : null;
  if (keys === null) return resolve(path, scope).map((hit) => hit.value);
  let value = (path.scope === 'record' ? scope.record : scope.order).value;
  for (const key of keys) {
    value = ownValue(value, key);
    if (value === undefined) return [];
  }
  return [value];
}

export function where(located: Pick<Located, 'doc' | 'path'>): string {
  return formatJsonPath(located.path, located.doc === '$' ? '$' : `@${located.doc}:$`);
}

/** Where a field would have been, for "missing" messages: the record's path plus the mapping's path text. */
export function expectedAt(path: CompiledPath | undefined, scope: Scope): string {
  if (!path) return where(scope.record);
  const base =
    path.scope === 'order' ? scope.order : path.scope === 'related' ? { doc: path.related!, path: [] } : scope.record;
  if (path.scope === 'sibling') return `${where(scope.record)}…~.${path.text.slice(2)}`;
  const rest = path.segments
    .map((s) => (s.kind === 'key' ? s.key : s.kind === 'any' ? '*' : `${s.key}[${s.field}=${s.equals}]`))
    .join('.');
  return rest ? `${where(base)}.${rest}` : where(base);
}
