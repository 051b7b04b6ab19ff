/** The checks every per-key reader (readers-*.ts) makes before it reads `o.key` directly. */

export const OBJECT: object = Object.prototype;

export function isObject(o: unknown): o is object {
  return typeof o === 'object' && o !== null;
}

/** A plain object: `o.key` is its own property when Object.prototype has no such key. */
export function plain(o: object): boolean {
  return Object.getPrototypeOf(o) === OBJECT;
}
