import { FORBIDDEN_KEYS } from '../../runtime/index';

export type ConfigPath = readonly (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads by own properties only: config comes from files people import. */
export function getIn(value: unknown, path: ConfigPath): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Returns a copy with `value` at `path`; `undefined` removes the key so the schema default applies. */
export function setIn(root: unknown, path: ConfigPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[key] = setIn(list[key], rest, value);
    return list;
  }
  if (FORBIDDEN_KEYS.has(key)) return root;
  const record: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  const next = setIn(record[key], rest, value);
  if (next === undefined) delete record[key];
  else record[key] = next;
  return record;
}

/** Problems are addressed from the document root: ["nodes", i, "config", …field]. */
export function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

export function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}
