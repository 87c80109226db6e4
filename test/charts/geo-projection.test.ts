// transformToFit worked out by hand: k = clamp(0.7 / fill, 1, maxScale), where fill is the larger share
// of the world's width or height that the bounds take; then the bounds' centre goes to the view's centre,
// with x and y kept within [size − k · size, 0] so that the map always covers the view.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transformToFit } from '../../src/charts/geo-projection.js';

const world = { width: 1000, height: 500 };

describe('transformToFit', () => {
  it('transformToFit of bounds 350 px wide zooms 2× and centres them', () => {
    // fill = max(350 / 1000, 50 / 500) = 0.35; k = 0.7 / 0.35 = 2; x = 500 − 2 · 275, y = 250 − 2 · 125.
    assert.deepEqual(
      transformToFit(
        [
          [100, 100],
          [450, 150],
        ],
        world,
        8,
      ),
      { k: 2, x: -50, y: 0 },
    );
  });

  it('transformToFit of a tiny shape stops at maxScale, and keeps the map’s top-left corner in view', () => {
    // 0.7 / 0.0005 = 1400, capped at 8; centring would give x = 418, y = 168: clamped to 0.
    assert.deepEqual(
      transformToFit(
        [
          [10, 10],
          [10.5, 10.5],
        ],
        world,
        8,
      ),
      { k: 8, x: 0, y: 0 },
    );
  });

  it('transformToFit near the far corner keeps the map’s bottom-right corner in view', () => {
    // k = 8; centring gives x = 500 − 8 · 995 = −7460 and y = 250 − 8 · 495 = −3710, clamped to
    // 1000 − 8000 = −7000 and 500 − 4000 = −3500.
    assert.deepEqual(
      transformToFit(
        [
          [990, 490],
          [1000, 500],
        ],
        world,
        8,
      ),
      { k: 8, x: -7000, y: -3500 },
    );
  });

  it('transformToFit of the whole world never zooms out below 1', () => {
    assert.deepEqual(
      transformToFit(
        [
          [0, 0],
          [1000, 500],
        ],
        world,
        8,
      ),
      { k: 1, x: 0, y: 0 },
    );
  });
});
