// Right to left: the 600 px layout of grouped-bars.test.ts seen in a mirror (x → 600 − x), worked out by
// hand from that file's left-to-right figures. Text is measured as 0.56 × font size per character in Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupedBarsLayout, tooltipPosition } from '../../src/charts/grouped-bars.js';
import type { GroupedBarsInput } from '../../src/charts/grouped-bars.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, v: unknown) =>
    typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v,
  ) as T;
}

const rtl: GroupedBarsInput = {
  width: 600,
  dir: 'rtl',
  groups: [
    {
      label: 'Alpha',
      bars: [
        { key: 'available', value: 40, label: '40' },
        { key: 'active', value: 25, label: '25' },
      ],
    },
    {
      label: 'Beta Co',
      bars: [
        { key: 'available', value: 10, label: '10' },
        { key: 'active', value: 5, label: '5' },
      ],
    },
  ],
};

describe('groupedBarsLayout, right to left', () => {
  it('groupedBarsLayout(rtl) puts the zero line on the right at 536 and the plot from 20 to 536', () => {
    const layout = rounded(groupedBarsLayout(rtl));
    assert.equal(layout.dir, 'rtl');
    // Left to right the plot runs 64 … 580: mirrored 600 − 580 = 20 … 600 − 64 = 536.
    assert.equal(layout.plotLeft, 20);
    assert.equal(layout.plotRight, 536);
    assert.equal(layout.zeroX, 536);
    // 12.9 px a seat, counted leftwards from 536: 0 at 536, 5 at 471.5, 40 at 20.
    assert.deepEqual(
      layout.ticks.map((tick) => tick.x),
      [536, 471.5, 407, 342.5, 278, 213.5, 149, 84.5, 20],
    );
    assert.equal(layout.height, 100);
  });

  it('groupedBarsLayout(rtl) grows each bar leftwards from 536, its label 5 px past its left end', () => {
    const [alpha, beta] = rounded(groupedBarsLayout(rtl)).groups;
    // The label's anchor 10 px right of the plot (600 − 54); the longest bar and label end at 600 − 597.32.
    assert.equal(alpha!.labelX, 546);
    assert.equal(alpha!.right, 2.68);
    // 40 seats: 516 px wide, from 20 to 536; its label at 20 − 5. 25 seats: 322.5 px, from 213.5.
    assert.deepEqual(
      alpha!.bars.map(({ x, width, labelX }) => ({ x, width, labelX })),
      [
        { x: 20, width: 516, labelX: 15 },
        { x: 213.5, width: 322.5, labelX: 208.5 },
      ],
    );
    // 10 seats: 129 px from 407; 5 seats: 64.5 px from 471.5.
    assert.deepEqual(
      beta!.bars.map(({ x, width }) => ({ x, width })),
      [
        { x: 407, width: 129 },
        { x: 471.5, width: 64.5 },
      ],
    );
    assert.equal(beta!.right, 389.68);
  });

  it('tooltipPosition(rtl) goes left of a group’s bars when there is room', () => {
    // Beta's bars and labels end at 389.68: 12 px and the 200 px tooltip before it, 177.68.
    const at = tooltipPosition(groupedBarsLayout(rtl), 1, { width: 200, height: 40 });
    assert.deepEqual(rounded(at), { left: 177.68, top: 37 });
  });

  it('tooltipPosition(rtl) goes below a group whose bars leave no room on the left, ending 8 px in', () => {
    // 2.68 − 12 − 200 < 0: its right edge 8 px left of the zero line, 536 − 8 − 200 = 328.
    assert.deepEqual(tooltipPosition(groupedBarsLayout(rtl), 0, { width: 200, height: 40 }), {
      left: 328,
      top: 40,
    });
  });
});
