// Exported images composed without a DOM. Widths come from a fixed measure (half the font size per
// character), so every position below is worked out by hand from the layout's constants: padding 16,
// header 58 px (76 with a filters line), tiles 200 × 132 with 12 px gaps, table rows 26 px under a 28 px
// head, 18 px between columns.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, fitText } from '../../src/charts/export-svg-text.js';
import type { MeasureText } from '../../src/charts/export-svg-text.js';
import { summaryExportSvg } from '../../src/charts/summary-export-svg.js';
import { tableExportSvg } from '../../src/charts/table-export-svg.js';
import { chartExportSvg } from '../../src/charts/chart-export-svg.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

const measure: MeasureText = (text, size) => ([...text].length * size) / 2;
const FSI = '\u2068';
const PDI = '\u2069';

const tiles = [
  { label: 'Available seats', value: '1,234', change: '▲ +22 vs Feb', series: [1, 3, 2], minSpan: 0 },
  { label: 'Assigned seats', value: '1,100', change: '▲ +10 vs Feb', series: [1, 3, 2], minSpan: 0 },
  { label: 'Active seats', value: '987', change: '▼ −5 vs Feb', series: [1, 3, 2], minSpan: 0 },
  { label: 'Active usage %', value: '80.0%', change: '■ 0.0 pts vs Feb', series: [1, 3, 2], minSpan: 0 },
];

describe('summaryExportSvg', () => {
  it('summaryExportSvg(header, tiles) holds the title, period, filters and each tile’s figures', () => {
    const svg = summaryExportSvg(
      { title: 'Dynamics usage summary', period: 'Jan 2026 – Mar 2026', filters: 'Filters: SKU: Sales' },
      tiles,
      { measure, lang: 'en' },
    );
    // Four tiles of 200 and three gaps of 12, plus padding: 836 + 32; header 76 + tile 132 + padding 16.
    assert.equal(svg.width, 868);
    assert.equal(svg.height, 224);
    for (const text of ['Dynamics usage summary', 'Jan 2026 – Mar 2026', 'Filters: SKU: Sales'])
      assert.ok(svg.text.includes(`>${text}</text>`), text);
    for (const tile of tiles) {
      assert.ok(svg.text.includes(`>${tile.label}</text>`), tile.label);
      assert.ok(svg.text.includes(`>${tile.value}</text>`), tile.value);
      assert.ok(svg.text.includes(`>${tile.change}</text>`), tile.change);
    }
    assert.ok(svg.text.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="868" height="224"'));
    assert.ok(svg.text.includes('lang="en"'));
    // Sparkline 172 × 40 (tile minus 2 × 14): x at 3, 86, 169; y maps 1…3 onto 37…3.
    assert.equal(svg.text.split('d="M3,37L86,3L169,20"').length - 1, 4);
  });

  it('summaryExportSvg leaves the filters line out when there are none', () => {
    const svg = summaryExportSvg({ title: 'Summary', period: 'Mar 2026' }, tiles, { measure });
    assert.equal(svg.height, 58 + 132 + 16);
    assert.ok(!svg.text.includes('Filters'));
  });

  it('summaryExportSvg in RTL puts the first tile at the right edge and runs its months from the right', () => {
    const svg = summaryExportSvg({ title: 'ملخص', period: 'مارس 2026' }, tiles, { measure, rtl: true });
    // The first tile's box is 652…852 (868 − 16 − 200); its text starts 14 px inside the right edge.
    assert.ok(svg.text.includes('<rect x="652" y="58" width="200" height="132"'));
    assert.ok(svg.text.includes('<text x="838" y="82" direction="rtl"'));
    assert.ok(svg.text.includes('<text x="852" y="28" direction="rtl"'), 'title at the right edge');
    assert.ok(svg.text.includes('d="M169,37L86,3L3,20"'));
  });
});

describe('summaryExportSvg unusual months', () => {
  const marked = [{ ...tiles[0]!, anomalies: [1] }, ...tiles.slice(1)];

  it('summaryExportSvg draws a hollow diamond on the unusual month and a legend line under the tiles', () => {
    const svg = summaryExportSvg(
      { title: 'Summary', period: 'Mar 2026' },
      marked,
      { measure },
      'Unusual month',
    );
    // The first sparkline sits at (16 + 14, 58 + 132 − 14 − 40) = (30, 136); its month 1 is at (86, 3):
    // a diamond of half-diagonal 5 around it.
    assert.ok(svg.text.includes('<g transform="translate(30 136)">'));
    assert.ok(svg.text.includes('<path d="M86 -2L91 3L86 8L81 3Z" fill="#ffffff" stroke="#1b1f24"'));
    assert.equal(svg.text.split('L91 3L').length - 1, 1, 'one diamond on the tiles');
    // Legend under the tiles (58 + 132 = 190): the diamond centred at (16 + 6, 190 + 16), its words 8 px on.
    assert.ok(svg.text.includes('<path d="M22 201L27 206L22 211L17 206Z"'));
    assert.ok(svg.text.includes('<text x="36" y="210" direction="ltr"'));
    assert.ok(svg.text.includes('>Unusual month</text>'));
    // 190 + a 26 px legend line + 16 padding.
    assert.equal(svg.height, 232);
  });

  it('summaryExportSvg puts the legend at the right edge in RTL', () => {
    const svg = summaryExportSvg(
      { title: 'ملخص', period: 'مارس 2026' },
      marked,
      { measure, rtl: true },
      'شهر غير عادي',
    );
    // 868 − 16 − 6 = 846; the words end 8 px before the diamond's left corner: 846 − 6 − 8 = 832.
    assert.ok(svg.text.includes('<path d="M846 201L851 206L846 211L841 206Z"'));
    assert.ok(svg.text.includes('<text x="832" y="210" direction="rtl"'));
  });

  it('summaryExportSvg draws no diamond nor legend for a month without a value or none unusual', () => {
    const gap = [{ ...tiles[0]!, series: [1, null, 2], anomalies: [1, 7] }, ...tiles.slice(1)];
    const svg = summaryExportSvg({ title: 'Summary', period: 'Mar 2026' }, gap, { measure }, 'Unusual month');
    assert.equal(svg.height, 58 + 132 + 16);
    assert.ok(!svg.text.includes('Unusual month'));
    assert.ok(!svg.text.includes('stroke-linejoin="miter"'));
  });
});

describe('tableExportSvg', () => {
  const columns = [
    { label: 'Customer' },
    { label: 'Subscriptions', numeric: true },
    { label: 'Active %', numeric: true },
    { label: 'Trend' },
  ];

  it('tableExportSvg(header, [page]) draws each visible row, data escaped and bidi-isolated', () => {
    const svg = tableExportSvg(
      {
        title: 'Subscriptions',
        period: 'Jan 2026 – Mar 2026',
        filters: 'Filters: Country/region: Netherlands',
      },
      [
        {
          columns,
          rows: [
            [{ data: 'Contoso <b> & "Co"' }, { text: '3' }, { text: '56.0%' }, { series: [50, 60] }],
            [{ data: 'שלום Ltd' }, { text: '12' }, { text: '7.5%' }, { series: [null, null] }],
          ],
        },
      ],
      { measure },
    );
    for (const text of ['Subscriptions', 'Jan 2026 – Mar 2026', 'Filters: Country/region: Netherlands'])
      assert.ok(svg.text.includes(`>${text}</text>`), text);
    // The name is text, never markup, and isolated so that a right-to-left name cannot reorder the line.
    assert.ok(svg.text.includes(`>${FSI}Contoso &lt;b&gt; &amp; &quot;Co&quot;${PDI}</text>`));
    assert.ok(svg.text.includes(`>${FSI}שלום Ltd${PDI}</text>`));
    assert.ok(!svg.text.includes('<b>'));
    for (const figure of ['3', '56.0%', '12', '7.5%'])
      assert.ok(svg.text.includes(`>${figure}</text>`), figure);
    // Columns: name 20 characters (with the isolate marks) = 120; "Subscriptions" 78; "Active %" 48;
    // trend 88. Starts 0, 138, 234, 300; width 388 + 32.
    assert.equal(svg.width, 420);
    // Header 76 + head 28 + 2 rows of 26 + padding 16.
    assert.equal(svg.height, 172);
    // "3" ends at the right edge of its column: 16 + 138 + 78 = 232, on the first row's baseline 76 + 28 + 16.
    assert.ok(
      svg.text.includes('<text x="232" y="120" direction="ltr" unicode-bidi="isolate" text-anchor="end"'),
    );
    // The trend sits at 16 + 300; 88 × 18: 50 → y 15, 60 → y 3, x from 3 to 85.
    assert.ok(svg.text.includes('<g transform="translate(316 106)"><path d="M3,15L85,3"'));
  });

  it('tableExportSvg in RTL starts the first column at the right edge', () => {
    const svg = tableExportSvg(
      { title: 'الاشتراكات', period: 'مارس 2026' },
      [{ columns, rows: [[{ data: 'Contoso' }, { text: '3' }, { text: '56.0%' }, { series: [50, 60] }]] }],
      { measure, rtl: true },
    );
    // The name column is 9 characters (with the isolate marks) = 54 wide ("Customer" is 48): width
    // 54 + 18 + 78 + 18 + 48 + 18 + 88 = 322, plus 32 = 354. The name starts at the right edge, 354 − 16.
    assert.equal(svg.width, 354);
    assert.ok(
      svg.text.includes(`<text x="338" y="102" direction="rtl" unicode-bidi="isolate" text-anchor="start"`),
    );
    // Months run from the right in RTL: the later month (60) at x 3 of the sparkline.
    assert.ok(svg.text.includes('<path d="M85,15L3,3"'));
  });

  it('tableExportSvg draws each block’s heading (the insights’ lists)', () => {
    const svg = tableExportSvg(
      { title: 'Insights', period: 'Mar 2026' },
      [
        { heading: 'Unassigned seats', columns: [{ label: 'Customer' }], rows: [[{ data: 'A' }]] },
        {
          heading: 'Falling usage',
          columns: [{ label: 'Customer' }],
          rows: [[{ data: 'B' }], [{ data: 'C' }]],
        },
      ],
      { measure },
    );
    assert.ok(svg.text.includes('>Unassigned seats</text>'));
    assert.ok(svg.text.includes('>Falling usage</text>'));
    // 58 + (30 + 28 + 26) + 14 + (30 + 28 + 2 × 26) + 16.
    assert.equal(svg.height, 58 + 84 + 14 + 110 + 16);
  });
});

describe('export text', () => {
  it('escapeXml drops what XML cannot hold and escapes markup', () => {
    assert.equal(escapeXml('a\u0000b\u001fc<&>"\''), 'abc&lt;&amp;&gt;&quot;&apos;');
    assert.equal(escapeXml('x\ud800y😀'), 'xy😀');
  });

  it('fitText cuts a long name with "…" to the width, never inside a surrogate pair', () => {
    // 6 px a character at 12 px: 42 letters and "…" are 258 ≤ 260.
    assert.equal(fitText('A'.repeat(100), 260, 12, '400', measure), `${'A'.repeat(42)}…`);
    assert.equal(fitText('Contoso', 260, 12, '400', measure), 'Contoso');
    assert.equal(fitText('😀😀😀😀', 18, 12, '400', measure), '😀😀…');
  });
});

describe('chartExportSvg', () => {
  const chart = {
    markup: '<svg width="300" height="100"><rect width="300" height="100"/></svg>',
    width: 300,
    height: 100,
  };

  it('chartExportSvg(frame, chart) names the title, period, filters and the legend’s title', () => {
    const svg = chartExportSvg(
      {
        title: 'Dynamics usage by geography',
        period: 'Oct 2026',
        filters: 'Filters: SKU: Sales',
        legendTitle: 'Available seats, Oct 2026',
        legend: [
          { label: '1–10', color: '#c6dbef' },
          { label: 'Small territory', color: '#08519c', shape: 'circle' },
        ],
      },
      chart,
      { measure },
    );
    for (const text of [
      'Dynamics usage by geography',
      'Oct 2026',
      'Filters: SKU: Sales',
      'Available seats, Oct 2026',
    ])
      assert.ok(svg.text.includes(`>${text}</text>`), text);
    // Header 76, legend title 20, one legend row 22, chart 100, padding 16.
    assert.equal(svg.height, 234);
    // The square swatch at the legend's start (y 76 + 20 + 4); the marker a circle of radius 5, never a square:
    // after "1–10" (12 + 6 + 4 × 6 = 42 wide) and a 14 px gap it starts at 16 + 56, its centre 6 px in.
    assert.ok(svg.text.includes('<rect x="16" y="100" width="12" height="12" fill="#c6dbef"/>'));
    assert.ok(svg.text.includes('<circle cx="78" cy="106" r="5" fill="#08519c"/>'));
    assert.ok(!svg.text.includes('fill="#08519c"/><rect'));
    assert.ok(svg.text.includes('<g transform="translate(16 118)"><svg width="300"'));
  });

  it('chartExportSvg draws an unusual month’s legend item as a hollow diamond', () => {
    const svg = chartExportSvg(
      {
        title: 'SKU',
        period: 'Oct 2026',
        legend: [{ label: 'Unusual month', color: '#ffffff', stroke: '#1b1f24', shape: 'diamond' }],
      },
      chart,
      { measure },
    );
    // Header 58, the legend row below it: swatch box 16…28 × 62…74, centre (22, 68), half-diagonal 5.
    assert.ok(
      svg.text.includes(
        '<path d="M22 63L27 68L22 73L17 68Z" fill="#ffffff" stroke="#1b1f24" stroke-width="2" stroke-linejoin="miter"/>',
      ),
    );
    assert.ok(svg.text.includes('>Unusual month</text>'));
  });
});

describe('export header and legend outlines', () => {
  it('a note goes under the filters, 18 px further down, and the image grows by as much', () => {
    const header = {
      title: 'Distribution',
      period: 'Oct 2026',
      filters: 'Filters: SKU: Sales',
      note: 'All SKUs are Dynamics 365 products.',
    };
    const svg = summaryExportSvg(header, tiles, { measure });
    // Title 28, period 48, filters 66, note 84; header 58 + 2 × 18 = 94, then the tiles and padding.
    assert.ok(
      svg.text.includes(
        '<text x="16" y="84" direction="ltr" unicode-bidi="isolate" text-anchor="start" font-size="12" font-weight="400" fill="#57606a">All SKUs are Dynamics 365 products.</text>',
      ),
    );
    assert.equal(svg.height, 94 + 132 + 16);
  });

  it('an outlined swatch draws its stroke inside its 12 px box, as a CSS border', () => {
    const svg = chartExportSvg(
      {
        title: 'Geo',
        period: 'Oct 2026',
        legend: [{ label: 'No rows', color: '#ffffff', stroke: '#d0d7de' }],
      },
      { markup: '<g/>', width: 100, height: 50 },
      { measure },
    );
    // Header 58, the swatch at y 58 + 4, inset by half the 1 px stroke: 16.5, 62.5, 11 × 11.
    assert.ok(
      svg.text.includes(
        '<rect x="16.5" y="62.5" width="11" height="11" fill="#ffffff" stroke="#d0d7de" stroke-width="1"/>',
      ),
    );
  });
});
