import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms` (0 or less: at once, on every change). */
export function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    if (ms <= 0) return undefined;
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms <= 0 ? value : current;
}
