import { MINIMAP_SIZE, PANEL_MARGIN } from './fit-view';
import type { Box } from './layout-check';

/** Corners the overview map may sit in, first choice first (the zoom controls hold the bottom-left one). */
export const MINIMAP_CORNERS = ['bottom-right', 'top-right', 'top-left'] as const;
export type MinimapCorner = (typeof MINIMAP_CORNERS)[number];

/** Space kept between the map and the nearest card, so a card never looks tucked under it. */
const CLEARANCE = 8;

/** The map's box on screen (relative to the canvas) in a corner. */
export function minimapBox(corner: MinimapCorner, canvas: { width: number; height: number }): Box {
  const { width, height } = MINIMAP_SIZE;
  return {
    x: corner === 'top-left' ? PANEL_MARGIN : canvas.width - PANEL_MARGIN - width,
    y: corner === 'bottom-right' ? canvas.height - PANEL_MARGIN - height : PANEL_MARGIN,
    width,
    height,
  };
}

/**
 * Where the overview map can sit without covering a card in the current view: the first free corner, or
 * `null` when every corner has a card in it (or the canvas is too small for a map), and then it is not drawn.
 * `cards` are in flow coordinates; `transform` is React Flow's [x, y, zoom].
 */
export function minimapCorner(
  cards: Iterable<Box>,
  canvas: { width: number; height: number },
  [tx, ty, zoom]: readonly [number, number, number],
): MinimapCorner | null {
  if (canvas.width < 3 * MINIMAP_SIZE.width || canvas.height < 2.5 * MINIMAP_SIZE.height) return null;
  const free = new Set<MinimapCorner>(MINIMAP_CORNERS);
  const boxes = MINIMAP_CORNERS.map((corner) => [corner, minimapBox(corner, canvas)] as const);
  for (const card of cards) {
    const left = card.x * zoom + tx - CLEARANCE;
    const top = card.y * zoom + ty - CLEARANCE;
    const right = left + card.width * zoom + 2 * CLEARANCE;
    const bottom = top + card.height * zoom + 2 * CLEARANCE;
    for (const [corner, map] of boxes)
      if (left < map.x + map.width && map.x < right && top < map.y + map.height && map.y < bottom) free.delete(corner);
    if (free.size === 0) return null;
  }
  return MINIMAP_CORNERS.find((corner) => free.has(corner)) ?? null;
}
