import { create } from 'zustand';
import { readRemembered, writeRemembered } from './remembered';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'orderflow.theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** `system` leaves colours to prefers-color-scheme (CSS); light/dark pin them with data-theme on <html>. */
function apply(choice: ThemeChoice): void {
  if (typeof document === 'undefined') return;
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

interface ThemeState {
  readonly choice: ThemeChoice;
  /** system → the other of what the system shows now → back to system. */
  readonly cycle: () => void;
}

function systemIsDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The page's theme: one per page (not per editor), remembered across reloads. */
export const useTheme = create<ThemeState>((set, get) => {
  const initial = readRemembered(KEY, CHOICES, 'system');
  apply(initial);
  return {
    choice: initial,
    cycle: () => {
      const now = get().choice;
      const next: ThemeChoice = now === 'system' ? (systemIsDark() ? 'light' : 'dark') : 'system';
      writeRemembered(KEY, next);
      apply(next);
      set({ choice: next });
    },
  };
});
