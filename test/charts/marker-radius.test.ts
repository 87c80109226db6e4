// markerRadius(w) = clamp(3.5 · w / 700, 1.75, 3.5), worked out by hand for phone, tablet and desktop maps.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markerRadius } from '../../src/charts/marker-radius.js';

describe('markerRadius', () => {
  it('markerRadius(w) is 3.5 px from a 700 px map on (the report at 1280 px draws a 786 px map)', () => {
    assert.equal(markerRadius(700), 3.5);
    assert.equal(markerRadius(786), 3.5);
    assert.equal(markerRadius(1886), 3.5);
  });

  it('markerRadius(w) is in proportion below 700 px: 500 → 2.5, 400 → 2, 380 → 1.9', () => {
    assert.equal(markerRadius(500), 2.5);
    assert.equal(markerRadius(400), 2);
    assert.equal(markerRadius(380), 1.9);
  });

  it('markerRadius(w) is 1.75 px at 350 px and narrower (a 360 px host draws a 326 px map)', () => {
    assert.equal(markerRadius(350), 1.75);
    assert.equal(markerRadius(326), 1.75);
    assert.equal(markerRadius(290), 1.75);
  });

  it('markerRadius of no width (hidden, not measured) is the smallest radius', () => {
    assert.equal(markerRadius(0), 1.75);
    assert.equal(markerRadius(Number.NaN), 1.75);
  });
});
