/**
 * Runs `fn` in a task of its own once the next frame is painted, so follow-up work (the canvas heat
 * map: React Flow measures edge labels) neither delays what was just put on screen nor joins its task.
 */
export function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(fn, 0);
  requestAnimationFrame(() => setTimeout(fn, 0));
}
