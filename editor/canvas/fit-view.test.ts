import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitViewport, MAX_FIT_ZOOM, READABLE_ZOOM, type FitInput, type Viewport } from './fit-view';
import type { Box } from './layout-check';

/** The canvas between the side panels at 1440×900 (about 855 × 620). */
const CANVAS = { width: 855, height: 620 };
const onScreen = (box: Box, { x, y, zoom }: Viewport) => ({
  left: x + box.x * zoom,
  top: y + box.y * zoom,
  right: x + (box.x + box.width) * zoom,
  bottom: y + (box.y + box.height) * zoom,
});
const card = (x: number, y: number): Box => ({ x, y, width: 190, height: 90 });

describe('fitting a flow into the canvas', () => {
  it('centres a flow that fits, left of the overview map, and does not blow it up past 120%', () => {
    const bounds = { x: 0, y: 0, width: 470, height: 90 };
    const view = fitViewport({
      bounds,
      start: card(0, 0),
      canvas: CANVAS,
      cardCount: 2,
      minimapShown: true,
      purpose: 'open',
    });
    expect(view.zoom).toBeLessThanOrEqual(MAX_FIT_ZOOM);
    const seen = onScreen(bounds, view);
    expect(seen.left).toBeGreaterThanOrEqual(48);
    // The map's corner (176 px wide and its margins) stays clear.
    expect(seen.right).toBeLessThanOrEqual(CANVAS.width - 176 - 15);
    expect(seen.top - 48).toBeCloseTo(CANVAS.height - 48 - seen.bottom);
  });

  it('keeps an 8-step flow wider than the canvas readable and starts the view at its trigger, not centred', () => {
    // multi-warehouse as laid out: five columns 280 px apart, the trigger on the left in the middle row.
    const bounds = { x: 0, y: 0, width: 1310, height: 470 };
    const start = card(0, 190);
    const view = fitViewport({ bounds, start, canvas: CANVAS, cardCount: 8, minimapShown: true, purpose: 'whole' });
    expect(view.zoom).toBe(READABLE_ZOOM);
    const trigger = onScreen(start, view);
    expect(trigger.left).toBe(48);
    expect(trigger.right).toBeLessThan(CANVAS.width);
    const seen = onScreen(bounds, view);
    expect(seen.top - 48).toBeCloseTo(CANVAS.height - 48 - seen.bottom); // it fits up and down: centred that way
  });

  it('opens a big flow readable at its start, while the Fit View button shows it whole', () => {
    const bounds = { x: 0, y: 0, width: 3000, height: 900 };
    const input: FitInput = {
      bounds,
      start: card(0, 400),
      canvas: CANVAS,
      cardCount: 12,
      minimapShown: true,
      purpose: 'open',
    };
    const opened = fitViewport(input);
    expect(opened.zoom).toBe(READABLE_ZOOM);
    expect(onScreen(input.start!, opened).left).toBe(48);
    const whole = fitViewport({ ...input, purpose: 'whole' });
    expect(whole.zoom).toBeLessThan(READABLE_ZOOM);
    const seen = onScreen(bounds, whole);
    expect(seen.left).toBeGreaterThanOrEqual(48);
    expect(seen.right).toBeLessThanOrEqual(CANVAS.width - 48);
  });

  it('centres the trigger of a tall flow up and down, without leaving a gap above the flow', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 2000 };
    const start = card(0, 40);
    const view = fitViewport({ bounds, start, canvas: CANVAS, cardCount: 6, minimapShown: false, purpose: 'open' });
    expect(onScreen(bounds, view).top).toBe(48);
    const middle = onScreen(card(0, 1000), view);
    const fromMiddle = fitViewport({
      bounds,
      start: card(0, 1000),
      canvas: CANVAS,
      cardCount: 6,
      minimapShown: false,
      purpose: 'open',
    });
    expect(onScreen(card(0, 1000), fromMiddle).top).toBeCloseTo((CANVAS.height - 90 * READABLE_ZOOM) / 2);
    expect(middle.top).toBeGreaterThan(CANVAS.height); // the first view was not there
  });

  it('always shows the start card whole, and is readable unless the whole flow is in view (any flow, any canvas)', () => {
    const box = fc
      .record({
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.integer({ min: -5000, max: 5000 }),
        width: fc.integer({ min: 40, max: 6000 }),
        height: fc.integer({ min: 40, max: 6000 }),
      })
      .chain((bounds) =>
        fc
          .record({ dx: fc.double({ min: 0, max: 1, noNaN: true }), dy: fc.double({ min: 0, max: 1, noNaN: true }) })
          .map(({ dx, dy }) => {
            const width = Math.min(190, bounds.width);
            const height = Math.min(90, bounds.height);
            const start = {
              x: bounds.x + dx * (bounds.width - width),
              y: bounds.y + dy * (bounds.height - height),
              width,
              height,
            };
            return { bounds, start };
          }),
      );
    fc.assert(
      fc.property(
        box,
        fc.record({ width: fc.integer({ min: 500, max: 2500 }), height: fc.integer({ min: 400, max: 1400 }) }),
        fc.integer({ min: 1, max: 600 }),
        fc.boolean(),
        fc.constantFrom('open' as const, 'whole' as const),
        ({ bounds, start }, canvas, cardCount, minimapShown, purpose) => {
          const view = fitViewport({ bounds, start, canvas, cardCount, minimapShown, purpose });
          const trigger = onScreen(start, view);
          const slack = 1e-6;
          expect(trigger.left).toBeGreaterThanOrEqual(-slack);
          expect(trigger.top).toBeGreaterThanOrEqual(-slack);
          expect(trigger.right).toBeLessThanOrEqual(canvas.width + slack);
          expect(trigger.bottom).toBeLessThanOrEqual(canvas.height + slack);
          const seen = onScreen(bounds, view);
          const wholeInView =
            seen.left >= -slack &&
            seen.top >= -slack &&
            seen.right <= canvas.width + slack &&
            seen.bottom <= canvas.height + slack;
          if (purpose === 'open' || cardCount <= 8) expect(view.zoom >= READABLE_ZOOM || wholeInView).toBe(true);
          expect(view.zoom).toBeLessThanOrEqual(MAX_FIT_ZOOM);
        },
      ),
    );
  });
});
