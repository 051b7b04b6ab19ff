import { formatJsonPath } from '../json/parse-payload';
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

/** Every value a path reaches in the scope; `beside` is the value a `~.` path is read next to. */
export function resolve(path: CompiledPath, scope: Scope, beside?: Located): Located[] {
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
