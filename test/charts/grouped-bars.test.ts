// Figures worked out by hand. In Node there is no canvas, so text is measured as 0.56 × font size per
// character (grouped-bars-text.ts): a 2-character value label at 11 px is 12.32 px, a 7-character group
// label at 12 px is 47.04 px. Numbers are rounded to 6 decimals before comparing (as Plot's snapshots do).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  groupAt,
  groupedBarsLayout,
  groupIndexForKey,
  tooltipPosition,
} from '../../src/charts/grouped-bars.js';
import type { GroupedBarsInput } from '../../src/charts/grouped-bars.js';
import { textWidth, truncateText } from '../../src/charts/grouped-bars-text.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, v: unknown) =>
    typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v,
  ) as T;
}

const wide: GroupedBarsInput = {
  width: 600,
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

describe('groupedBarsLayout', () => {
  it('groupedBarsLayout(600 px, two groups) puts labels left, the plot from 64 to 580 and ticks every 5', () => {
    const layout = rounded(groupedBarsLayout(wide));
    assert.equal(layout.labelsAbove, false);
    // ceil(6 + 47.04 + 10) = 64; 600 − ceil(12.32 + 5 + 2) = 580.
    assert.equal(layout.plotLeft, 64);
    assert.equal(layout.plotRight, 580);
    // floor(516 / 80) = 6 ticks: 40 / 6 ≈ 6.7 gives a step of 5; the domain stays [0, 40], 12.9 px a seat.
    assert.deepEqual(
      layout.ticks,
      [0, 5, 10, 15, 20, 25, 30, 35, 40].map((value) => ({ value, x: 64 + 12.9 * value })).map(rounded),
    );
    assert.equal(layout.ticks[1]!.x, 128.5);
    // Each group: 14 px of gap and two 11 px bars 2 px apart = 38 px; the axis adds 24.
    assert.equal(layout.plotBottom, 76);
    assert.equal(layout.height, 100);
  });

  it('groupedBarsLayout places each bar from the plot’s left, its label 5 px past its end', () => {
    const [alpha, beta] = rounded(groupedBarsLayout(wide)).groups;
    assert.deepEqual(alpha, {
      top: 0,
      height: 38,
      label: 'Alpha',
      full: 'Alpha',
      labelX: 54,
      labelY: 19,
      // The longest bar ends at 580, then 5 px and its 12.32 px label.
      right: 597.32,
      bars: [
        { key: 'available', x: 64, y: 7, width: 516, height: 11, labelX: 585, labelY: 12.5, label: '40' },
        { key: 'active', x: 64, y: 20, width: 322.5, height: 11, labelX: 391.5, labelY: 25.5, label: '25' },
      ],
    });
    assert.deepEqual(beta, {
      top: 38,
      height: 38,
      label: 'Beta Co',
      full: 'Beta Co',
      labelX: 54,
      labelY: 57,
      right: 210.32,
      bars: [
        { key: 'available', x: 64, y: 45, width: 129, height: 11, labelX: 198, labelY: 50.5, label: '10' },
        { key: 'active', x: 64, y: 58, width: 64.5, height: 11, labelX: 133.5, labelY: 63.5, label: '5' },
      ],
    });
  });

  it('groupedBarsLayout(326 px) puts labels above the bars on a narrow width', () => {
    const layout = rounded(
      groupedBarsLayout({
        width: 326,
        groups: [{ label: 'Contoso', bars: [{ key: 'available', value: 28, label: '28' }] }],
      }),
    );
    assert.equal(layout.labelsAbove, true);
    // The plot spans 6 … 326 − ceil(12.32 + 7) = 306; [0, 28] is niced to [0, 30], 10 px a seat.
    assert.equal(layout.plotLeft, 6);
    assert.equal(layout.plotRight, 306);
    assert.deepEqual(layout.ticks, [
      { x: 6, value: 0 },
      { x: 106, value: 10 },
      { x: 206, value: 20 },
      { x: 306, value: 30 },
    ]);
    // A label row of 12 + 6 px above the bar: 14 + 18 + 11 = 43 px for the group.
    assert.deepEqual(layout.groups[0], {
      top: 0,
      height: 43,
      label: 'Contoso',
      full: 'Contoso',
      labelX: 6,
      labelY: 19,
      right: 303.32,
      bars: [
        { key: 'available', x: 6, y: 25, width: 280, height: 11, labelX: 291, labelY: 30.5, label: '28' },
      ],
    });
    assert.equal(layout.height, 67);
  });

  it('groupedBarsLayout with no values keeps a [0, 1] scale and no bar width', () => {
    const layout = groupedBarsLayout({
      width: 600,
      groups: [{ label: 'Zero', bars: [{ key: 'active', value: 0, label: '0' }] }],
    });
    assert.equal(layout.groups[0]!.bars[0]!.width, 0);
    assert.equal(layout.ticks[0]!.value, 0);
    assert.equal(layout.ticks.at(-1)!.value, 1);
  });
});

describe('groupAt', () => {
  const layout = groupedBarsLayout(wide);

  it('groupAt(layout, y) finds the band that holds y (bands of 38 px)', () => {
    assert.equal(groupAt(layout, 0), 0);
    assert.equal(groupAt(layout, 37.9), 0);
    assert.equal(groupAt(layout, 38), 1);
  });

  it('groupAt(layout, y) is null above the first band and from the axis down', () => {
    assert.equal(groupAt(layout, -1), null);
    assert.equal(groupAt(layout, 76), null);
  });
});

describe('groupIndexForKey', () => {
  it('groupIndexForKey moves with the arrows, Home and End, within the groups', () => {
    assert.equal(groupIndexForKey('ArrowDown', 0, 5), 1);
    assert.equal(groupIndexForKey('ArrowDown', 4, 5), 4);
    assert.equal(groupIndexForKey('ArrowUp', 0, 5), 0);
    assert.equal(groupIndexForKey('Home', 3, 5), 0);
    assert.equal(groupIndexForKey('End', 0, 5), 4);
  });

  it('groupIndexForKey is null for another key', () => {
    assert.equal(groupIndexForKey('Tab', 1, 5), null);
  });
});

describe('tooltipPosition', () => {
  const layout = groupedBarsLayout(wide);
  const size = { width: 200, height: 40 };

  it('tooltipPosition goes right of a group’s bars when there is room', () => {
    // Beta's bars end at 210.32: 12 px past it; centred on its band (38 + 19 − 20).
    assert.deepEqual(rounded(tooltipPosition(layout, 1, size)), { left: 222.32, top: 37 });
  });

  it('tooltipPosition goes below a group whose bars leave no room on the right', () => {
    // 597.32 + 12 + 200 > 600: left at the plot's left + 8, top 2 px below the band.
    assert.deepEqual(tooltipPosition(layout, 0, size), { left: 72, top: 40 });
  });

  it('tooltipPosition is null for a group that is not there', () => {
    assert.equal(tooltipPosition(layout, 5, size), null);
  });
});

describe('textWidth and truncateText (Node: 0.56 × font size per character)', () => {
  it('textWidth("Beta Co", 12) is 7 × 12 × 0.56', () => {
    assert.equal(Math.round(textWidth('Beta Co', 12) * 1e6) / 1e6, 47.04);
  });

  it('truncateText keeps a label that fits', () => {
    assert.equal(truncateText('abcde', 30, 10), 'abcde');
  });

  it('truncateText("ab cd efgh", 30, 10) keeps the longest prefix that fits with its ellipsis', () => {
    // (4 + 1) × 5.6 = 28 ≤ 30 < 33.6.
    assert.equal(truncateText('ab cd efgh', 30, 10), 'ab c…');
  });

  it('truncateText("abc defgh", 30, 10) trims the space before the ellipsis', () => {
    assert.equal(truncateText('abc defgh', 30, 10), 'abc…');
  });
});
