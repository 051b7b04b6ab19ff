/**
 * Calls `draw` with the latest value pushed, at most once every `ms` (the first at once, a pending
 * one when its time comes). `cancel` drops a pending value.
 */
export function throttled<T>(draw: (value: T) => void, ms: number) {
  let last = -Infinity;
  let pending: { readonly value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = performance.now();
    draw(value);
  };
  return {
    push(value: T): void {
      pending = { value };
      const wait = last + ms - performance.now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}
