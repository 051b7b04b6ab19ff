/*
 * Spreadsheet keys, as a pure function of the key and where the cursor is, so the rules are
 * testable without a DOM: arrows and Tab move (Tab wraps to the next row), Shift+arrows (and
 * Shift+Home/End) stretch a selected block from where it started, Enter/F2 or a typed character
 * start editing, Delete/Backspace clear. Copy and paste use the clipboard events.
 */

export interface Cursor {
  readonly r: number;
  readonly c: number;
}

export type GridKeyAction =
  /** `extend`: keep the block's first corner where it is (Shift), else the block is the one cell moved to. */
  | { readonly kind: 'move'; readonly to: Cursor; readonly extend?: boolean }
  | { readonly kind: 'edit'; readonly initial?: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'none' };

export interface KeyLike {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

export function gridKeyAction(e: KeyLike, at: Cursor, rows: number, cols: number): GridKeyAction {
  const lastR = Math.max(0, rows - 1);
  const lastC = Math.max(0, cols - 1);
  const to = (r: number, c: number, extend = false): GridKeyAction => ({
    kind: 'move',
    to: { r: clamp(r, lastR), c: clamp(c, lastC) },
    ...(extend ? { extend } : {}),
  });
  const shift = e.shiftKey === true;
  switch (e.key) {
    case 'ArrowUp':
      return to(at.r - 1, at.c, shift);
    case 'ArrowDown':
      return to(at.r + 1, at.c, shift);
    case 'ArrowLeft':
      return to(at.r, at.c - 1, shift);
    case 'ArrowRight':
      return to(at.r, at.c + 1, shift);
    case 'Home':
      return to(e.ctrlKey ? 0 : at.r, 0, shift);
    case 'End':
      return to(e.ctrlKey ? lastR : at.r, lastC, shift);
    case 'Tab':
      if (e.shiftKey) return at.c > 0 ? to(at.r, at.c - 1) : at.r > 0 ? to(at.r - 1, lastC) : { kind: 'none' };
      return at.c < lastC ? to(at.r, at.c + 1) : at.r < lastR ? to(at.r + 1, 0) : { kind: 'none' };
    case 'Enter':
    case 'F2':
      return { kind: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    default:
      // A printable character replaces the cell, as in Excel; shortcuts (Ctrl+C…) are not typing.
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) return { kind: 'edit', initial: e.key };
      return { kind: 'none' };
  }
}

/** The block between two corners, inclusive (either may be the top-left). */
export interface CellBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export function blockBetween(a: Cursor, b: Cursor): CellBlock {
  return { top: Math.min(a.r, b.r), bottom: Math.max(a.r, b.r), left: Math.min(a.c, b.c), right: Math.max(a.c, b.c) };
}

export const inBlock = (block: CellBlock, r: number, c: number) =>
  r >= block.top && r <= block.bottom && c >= block.left && c <= block.right;
