// colorStep(i, n) = 1 + round(i · 4 / (n − 1)), worked out by hand for each count.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COLOR_STEPS, colorStep } from '../../src/charts/geo-color-steps.js';

describe('colorStep', () => {
  it('has five steps', () => {
    assert.equal(COLOR_STEPS, 5);
  });

  it('colorStep(0, 1) is the darkest: a single class is the top class', () => {
    assert.equal(colorStep(0, 1), 5);
    assert.equal(colorStep(0, 0), 5);
  });

  it('colorStep(i, 5) uses every step once', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((i) => colorStep(i, 5)),
      [1, 2, 3, 4, 5],
    );
  });

  it('colorStep(i, 3) spreads three classes over the lightest, middle and darkest steps', () => {
    assert.deepEqual(
      [0, 1, 2].map((i) => colorStep(i, 3)),
      [1, 3, 5],
    );
  });

  it('colorStep(i, 4) is 1 + round(4/3) = 2 and 1 + round(8/3) = 4 in the middle', () => {
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => colorStep(i, 4)),
      [1, 2, 4, 5],
    );
  });
});
