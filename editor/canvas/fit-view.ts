import { readRemembered } from '../app/remembered';
import type { Box } from './layout-check';

/** A flow this small is always fitted at a zoom where card text stays readable (Fit View included). */
export const SMALL_FLOW = 8;
export const READABLE_ZOOM = 0.8;
export const MAX_FIT_ZOOM = 1.2;
/** The canvas's own lower limit (React Flow's minZoom): how far a big flow may zoom out to fit. */
export const MIN_ZOOM = 0.1;
const PAD = 48;

/** The overview map's size on screen, and React Flow's margin around its panels. */
export const MINIMAP_SIZE = { width: 176, height: 120 } as const;
export const PANEL_MARGIN = 15;
/** Room the overview map takes at the right edge when a whole flow is fitted: its width, margin and a gap. */
const MINIMAP_ROOM = MINIMAP_SIZE.width + PANEL_MARGIN + 16;

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface FitInput {
  /** Every card's box, together, in flow coordinates. */
  readonly bounds: Box;
  /** The start (trigger) card, when the flow has one. */
  readonly start?: Box | undefined;
  readonly canvas: { readonly width: number; readonly height: number };
  readonly cardCount: number;
  readonly minimapShown: boolean;
  /**
   * `open`: the view a flow opens with (and keeps while the canvas is resized, until the person moves it),
   * readable whatever the flow's size. `whole`: the Fit View button, which shows a big flow whole.
   */
  readonly purpose: 'open' | 'whole';
}

/**
 * Where the canvas looks when a flow is fitted. The whole flow, centred, with room on the right for the
 * overview map — unless that would zoom out below readable (any flow as it opens, a small one always). Then
 * the zoom stays readable and, on an axis the flow overflows, the view starts at the flow's start (trigger)
 * card: a person reads a flow from its start, and the overview map shows the rest. Centring an overflowing
 * flow cut the start off.
 */
export function fitViewport({ bounds, start, canvas, cardCount, minimapShown, purpose }: FitInput): Viewport {
  const right = minimapShown ? MINIMAP_ROOM : PAD;
  const roomX = Math.max(1, canvas.width - PAD - right);
  const roomY = Math.max(1, canvas.height - 2 * PAD);
  const whole = Math.min(roomX / Math.max(1, bounds.width), roomY / Math.max(1, bounds.height), MAX_FIT_ZOOM);
  const floor = purpose === 'open' || cardCount <= SMALL_FLOW ? READABLE_ZOOM : MIN_ZOOM;
  const zoom = Math.max(whole, floor);
  const anchor = start ?? bounds;
  const fullX = Math.max(1, canvas.width - 2 * PAD);
  const width = bounds.width * zoom;
  const x =
    width <= roomX
      ? PAD + (roomX - width) / 2 - bounds.x * zoom
      : width <= fullX // fits beside the map's corner only: centred, the map moves off the cards
        ? PAD + (fullX - width) / 2 - bounds.x * zoom
        : // The start at the left edge; a start placed right of other cards still leaves no gap on the right.
          Math.max(PAD - anchor.x * zoom, canvas.width - PAD - bounds.x * zoom - width);
  const y =
    bounds.height * zoom <= roomY
      ? PAD + (roomY - bounds.height * zoom) / 2 - bounds.y * zoom
      : clamp(
          canvas.height / 2 - (anchor.y + anchor.height / 2) * zoom,
          canvas.height - PAD - (bounds.y + bounds.height) * zoom,
          PAD - bounds.y * zoom,
        );
  return { x, y, zoom };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export const MINIMAP_KEY = 'orderflow.minimap';
export const MINIMAP_CHOICES = ['shown', 'hidden'] as const;

/** Whether the person last left the overview map shown. */
export const minimapChosen = (): boolean => readRemembered(MINIMAP_KEY, MINIMAP_CHOICES, 'shown') === 'shown';
