import { useEffect, useState } from 'react';

/**
 * Text people pasted or typed into a panel that is not a document (an order to try, a channel
 * payload), kept in localStorage so a reload does not lose it. Storage may be full or blocked:
 * then the text still lives for this session.
 */
export function useKeptRecord(
  key: string,
): [Record<string, string>, (update: (all: Record<string, string>) => Record<string, string>) => void] {
  const [value, setValue] = useState<Record<string, string>>(() => readRecord(key));
  useEffect(() => {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(value));
    } catch {
      /* full or blocked: kept for this session only */
    }
  }, [key, value]);
  return [value, setValue];
}

export function readRecord(key: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '{}');
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}
