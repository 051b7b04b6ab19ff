/*
 * Spreadsheet keys, as a pure function of the key and where the cursor is, so the rules are
 * testable without a DOM: arrows and Tab move (Tab wraps to the next row), Enter/F2 or a typed
 * character start editing, Delete/Backspace clear. Copy and paste use the clipboard events.
 */

export interface Cursor {
  readonly r: number;
  readonly c: number;
}

export type GridKeyAction =
  | { readonly kind: 'move'; readonly to: Cursor }
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
  const to = (r: number, c: number): GridKeyAction => ({
    kind: 'move',
    to: { r: clamp(r, lastR), c: clamp(c, lastC) },
  });
  switch (e.key) {
    case 'ArrowUp':
      return to(at.r - 1, at.c);
    case 'ArrowDown':
      return to(at.r + 1, at.c);
    case 'ArrowLeft':
      return to(at.r, at.c - 1);
    case 'ArrowRight':
      return to(at.r, at.c + 1);
    case 'Home':
      return to(e.ctrlKey ? 0 : at.r, 0);
    case 'End':
      return to(e.ctrlKey ? lastR : at.r, lastC);
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
