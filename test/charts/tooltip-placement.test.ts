// placeTooltip worked out by hand on a 300 × 200 area with a 100 × 40 tooltip and an 8 px gap: the first
// of end, start, below, above with room, centred on the target along that edge and kept in the area.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placeTooltip } from '../../src/charts/tooltip-placement.js';
import type { Box } from '../../src/charts/tooltip-placement.js';

const area = { width: 300, height: 200 };
const tip = { width: 100, height: 40 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, p: { x: number; y: number }) =>
  p.x < a.right && p.x + tip.width > a.left && p.y < a.bottom && p.y + tip.height > a.top;

describe('placeTooltip', () => {
  it('placeTooltip beside a small shape: right of it, centred on its middle', () => {
    // Room at the end: 300 − 60 − 8 − 100 = 132. x = 60 + 8 = 68; y = 100 − 20 = 80.
    const target = box(40, 90, 60, 110);
    const placed = placeTooltip(target, tip, area);
    assert.deepEqual(placed, { x: 68, y: 80, side: 'end', clear: true });
    assert.equal(overlaps(target, placed), false);
  });

  it('placeTooltip flips to the start side at the right edge (the Netherlands zoomed in at the right)', () => {
    // End: 300 − 280 − 8 − 100 < 0. Start: 250 − 8 − 100 = 142 ≥ 0, so x = 250 − 8 − 100 = 142; y = 10 → 0.
    const target = box(250, 0, 280, 40);
    assert.deepEqual(placeTooltip(target, tip, area), { x: 142, y: 0, side: 'start', clear: true });
  });

  it('placeTooltip right to left: the end side is the left', () => {
    // End (left): 150 − 8 − 100 = 42 ≥ 0, so x = 42; y = 100 − 20 = 80.
    assert.deepEqual(placeTooltip(box(150, 90, 170, 110), tip, area, { rtl: true }), {
      x: 42,
      y: 80,
      side: 'end',
      clear: true,
    });
  });

  it('placeTooltip goes below a shape as wide as the area, centred and kept inside it', () => {
    // Neither side has room; below: 200 − 60 − 8 − 40 = 92. x = 150 − 50 = 100, y = 68.
    const target = box(0, 20, 300, 60);
    assert.deepEqual(placeTooltip(target, tip, area), { x: 100, y: 68, side: 'below', clear: true });
  });

  it('placeTooltip goes above when only the top has room', () => {
    // Below: 200 − 190 − 8 − 40 < 0; above: 120 − 8 − 40 = 72, so y = 72; x = 10 − 50 → 0.
    assert.deepEqual(placeTooltip(box(0, 120, 20, 190), { width: 290, height: 40 }, area), {
      x: 0,
      y: 72,
      side: 'above',
      clear: true,
    });
  });

  it('placeTooltip over a shape that fills the view: the side with most room, inside the area', () => {
    // Rooms: end 300 − 290 − 108 = −98, start 10 − 108 = −98, below 200 − 170 − 48 = −18, above 30 − 48 = −18.
    // Below and above tie: the first of them, below; y = 178 clamped to 160, x = 150 − 50 = 100.
    assert.deepEqual(placeTooltip(box(10, 30, 290, 170), tip, area), {
      x: 100,
      y: 160,
      side: 'below',
      clear: false,
    });
  });
});
