import { useCallback, useState } from 'react';

/** A view preference kept in localStorage; storage can be blocked (private mode), so never throw. */
export function readRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const stored = globalThis.localStorage?.getItem(key);
    if (stored !== null && stored !== undefined && (allowed as readonly string[]).includes(stored)) return stored as T;
  } catch {
    /* storage unavailable: fall through */
  }
  return fallback;
}

export function writeRemembered(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* not persisted; the choice still applies for this session */
  }
}

/** `useState` for a choice that survives reloads (minimap shown, theme, …). */
export function useRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => readRemembered(key, allowed, fallback));
  const set = useCallback(
    (next: T) => {
      writeRemembered(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}

/** localStorage for libraries that keep their own state (panel sizes), never throwing when storage is blocked. */
export const safeStorage: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: (key) => {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (key, value) => writeRemembered(key, value),
};
