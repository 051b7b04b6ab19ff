import { readRemembered, writeRemembered } from './remembered';

/** The panels that give their room back to the canvas when they have nothing to say. */
export type RoomPanel = 'right' | 'bottom';

/**
 * What an auto-sized panel should do when what it has to say changes: a panel the user closed stays closed
 * (their choice wins), otherwise it opens when it has something to show and folds to its rail or status bar when not.
 */
export function roomAction(state: {
  readonly wanted: boolean;
  readonly collapsed: boolean;
  readonly userClosed: boolean;
}): 'expand' | 'collapse' | 'keep' {
  if (state.userClosed) return 'keep';
  if (state.wanted && state.collapsed) return 'expand';
  if (!state.wanted && !state.collapsed) return 'collapse';
  return 'keep';
}

const closedKey = (panel: RoomPanel) => `orderflow.layout.${panel}.closedByUser`;
const sizeKey = (panel: RoomPanel) => `orderflow.layout.${panel}.openSize`;

/** Whether the user closed the panel themselves (remembered across reloads). */
export const userClosed = (panel: RoomPanel) => readRemembered(closedKey(panel), ['yes', 'no'], 'no') === 'yes';
export const rememberUserClosed = (panel: RoomPanel, closed: boolean) =>
  writeRemembered(closedKey(panel), closed ? 'yes' : 'no');

/**
 * The size the panel had when last open, as a CSS size for the panel library ("320px", "24%"). The library
 * forgets it across reloads when the page was left with the panel folded, so it is kept here.
 */
export function openSize(panel: RoomPanel): string | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(sizeKey(panel)) ?? '';
    return /^\d+(\.\d+)?(px|%)$/.test(raw) ? raw : undefined;
  } catch {
    return undefined;
  }
}
export const rememberOpenSize = (panel: RoomPanel, size: string) => writeRemembered(sizeKey(panel), size);
