import { describe, expect, it } from 'vitest';
import { minimapBox, minimapCorner } from './minimap-dock';

const CANVAS = { width: 855, height: 620 };
const AT_REST: [number, number, number] = [0, 0, 1];

describe('where the overview map sits', () => {
  it('sits bottom-right while no card is there', () => {
    expect(minimapCorner([{ x: 100, y: 100, width: 190, height: 90 }], CANVAS, AT_REST)).toBe('bottom-right');
  });

  it('moves to the next free corner when a card is under it, and leaves when every corner has one', () => {
    const bottomRight = { x: 700, y: 520, width: 190, height: 90 };
    const topRight = { x: 700, y: 20, width: 190, height: 90 };
    const topLeft = { x: 20, y: 20, width: 190, height: 90 };
    expect(minimapCorner([bottomRight], CANVAS, AT_REST)).toBe('top-right');
    expect(minimapCorner([bottomRight, topRight], CANVAS, AT_REST)).toBe('top-left');
    expect(minimapCorner([bottomRight, topRight, topLeft], CANVAS, AT_REST)).toBeNull();
  });

  it('sees cards where the view puts them: panned and zoomed', () => {
    const card = { x: 1000, y: 1000, width: 190, height: 90 };
    expect(minimapCorner([card], CANVAS, AT_REST)).toBe('bottom-right'); // off screen
    // Zoomed to 0.5 and panned so the card lands at (700, 520): under the map.
    expect(minimapCorner([card], CANVAS, [200, 20, 0.5])).toBe('top-right');
  });

  it('keeps a gap: a card ending 4 px left of the map still counts as under it', () => {
    const map = minimapBox('bottom-right', CANVAS);
    const card = { x: map.x - 4 - 190, y: map.y, width: 190, height: 90 };
    expect(minimapCorner([card], CANVAS, AT_REST)).toBe('top-right');
    expect(minimapCorner([{ ...card, x: card.x - 10 }], CANVAS, AT_REST)).toBe('bottom-right');
  });

  it('is not drawn on a canvas too small to spare the room', () => {
    expect(minimapCorner([], { width: 480, height: 620 }, AT_REST)).toBeNull();
  });
});
