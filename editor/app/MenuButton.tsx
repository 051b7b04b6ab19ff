/**
 * A button that opens a short menu under it (the top bar's View and account menus): Escape or a click
 * elsewhere closes it, the first item takes focus, choosing an item closes it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  /** A toggle (shown as a check box item with its state). */
  readonly checked?: boolean;
}

export function MenuButton({
  label,
  title,
  children,
  items,
}: {
  /** The menu's accessible name (the button and the menu share it). */
  readonly label: string;
  readonly title?: string;
  /** What the button shows. */
  readonly children: ReactNode;
  readonly items: readonly MenuItem[];
}) {
  // Where the menu opens: fixed under the button, right-aligned to it (the top bar clips what overflows it).
  const [open, setOpen] = useState<{ top: number; right: number } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    root.current?.querySelector<HTMLElement>('.menu-popup button')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  return (
    <div className="menu-button" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-label={label}
        title={title ?? label}
        onClick={(e) => {
          const rect = e.currentTarget.getBoundingClientRect();
          setOpen((o) => (o ? null : { top: rect.bottom + 4, right: window.innerWidth - rect.right }));
        }}
      >
        {children} ▾
      </button>
      {open && (
        <div className="menu-popup" role="menu" aria-label={label} style={open}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              onClick={() => {
                setOpen(null);
                item.onSelect();
              }}
            >
              {item.checked !== undefined && <span aria-hidden="true">{item.checked ? '✓ ' : '\u2003'}</span>}
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
