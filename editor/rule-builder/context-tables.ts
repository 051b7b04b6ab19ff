import { useSyncExternalStore } from 'react';
import type { LookupTable, TableValueType } from '../../runtime/index';

/**
 * The lookup tables of the context the editor is working with (the simulation's data set, else the example
 * context), so the field picker can offer them by name instead of people typing names. Only what a picker needs
 * is kept: the value type and the field the key is read from.
 */
export interface KnownTable {
  readonly name: string;
  readonly description: string;
  readonly keyField: string;
  readonly value: TableValueType;
}

let known: readonly KnownTable[] = [];
let chosen = false;
const listeners = new Set<() => void>();

/** The tables to offer before a data set is loaded (the example context); a data set's own tables win. */
export function seedContextTables(tables: Readonly<Record<string, LookupTable>> | undefined): void {
  if (!chosen) publish(tables);
}

/** The tables of the data set the simulation works with. */
export function setContextTables(tables: Readonly<Record<string, LookupTable>> | undefined): void {
  chosen = true;
  publish(tables);
}

function publish(tables: Readonly<Record<string, LookupTable>> | undefined): void {
  const next = Object.entries(tables ?? {})
    .map(([name, t]) => ({ name, description: t.description, keyField: t.keyField, value: t.value }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (JSON.stringify(next) === JSON.stringify(known)) return;
  known = next;
  for (const listener of listeners) listener();
}

export function contextTables(): readonly KnownTable[] {
  return known;
}

export function knownTable(name: string): KnownTable | undefined {
  return known.find((t) => t.name === name);
}

/** Re-renders when the context's tables change (another data set was picked). */
export function useContextTables(): readonly KnownTable[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => known,
  );
}
