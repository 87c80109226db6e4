import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placePointTooltip } from '../../src/charts/point-tooltip.js';

// A card from (−16, −120) to (344, 260) around a plot whose top is at 12: a 360 px phone's SKU card.
const card = { left: -16, top: -120, right: 344, bottom: 260 };

describe('placePointTooltip', () => {
  it('placePointTooltip puts a short tooltip 12 px right of the month, level with the plot top', () => {
    assert.deepEqual(placePointTooltip(40, 12, { width: 150, height: 80 }, card), { x: 52, y: 12 });
  });

  it('goes left of a month near the right edge, and stays in the card when neither side has room', () => {
    // Right: 344 − 300 − 12 − 150 < 0; left: 300 − 12 − 150 = 138, inside.
    assert.deepEqual(placePointTooltip(300, 12, { width: 150, height: 80 }, card), { x: 138, y: 12 });
    // 256 wide at x 170: right room 344 − 170 − 12 − 256 = −94, left 170 − 12 − 256 + 16 = −82: left is
    // roomier, at 170 − 12 − 256 = −98, clamped to the card's left edge −16.
    assert.deepEqual(placePointTooltip(170, 12, { width: 256, height: 80 }, card), { x: -16, y: 12 });
  });

  it('moves a tall tooltip up so that its bottom meets the card’s, never above the card’s top', () => {
    // Three notes make it 300 high: 12 + 300 = 312 > 260, so y = 260 − 300 = −40.
    assert.deepEqual(placePointTooltip(40, 12, { width: 150, height: 300 }, card), { x: 52, y: -40 });
    // Taller than the card (380): its top at the card's top.
    assert.deepEqual(placePointTooltip(40, 12, { width: 150, height: 420 }, card), { x: 52, y: -120 });
  });
});
