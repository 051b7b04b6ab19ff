import type { FitViewOptions } from '@xyflow/react';
import { readRemembered } from '../app/remembered';

/** A flow this small fits at a zoom where card text stays readable; larger ones may zoom out further. */
const SMALL_FLOW = 8;
const READABLE_ZOOM = 0.8;
/** Room the overview map takes in the bottom-right corner (its width plus margins). */
const MINIMAP_ROOM = '236px';

/**
 * How the canvas fits a flow into view: never zoomed out below ~80% for small flows, and with room
 * on the right for the overview map, so the map never sits on top of a card after a fit.
 */
export function fitOptions(nodeCount: number, minimapShown: boolean): FitViewOptions {
  return {
    padding: { top: '48px', left: '48px', bottom: '48px', right: minimapShown ? MINIMAP_ROOM : '48px' },
    maxZoom: 1.2,
    ...(nodeCount <= SMALL_FLOW ? { minZoom: READABLE_ZOOM } : {}),
  };
}

export const MINIMAP_KEY = 'orderflow.minimap';
export const MINIMAP_CHOICES = ['shown', 'hidden'] as const;

/** The fit for a flow of this size, with the overview map as the person last left it. */
export function currentFitOptions(nodeCount: number): FitViewOptions {
  return fitOptions(nodeCount, readRemembered(MINIMAP_KEY, MINIMAP_CHOICES, 'shown') === 'shown');
}
