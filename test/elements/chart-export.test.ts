import { expect, fixture, html } from '@open-wc/testing';
import { chartToSvgText, legendRows } from '../../src/elements/shared/chart-export.js';

const PAD = 16;

/**
 * A 300 × 100 chart inside a frame with `dir` and `lang`, as a section's. Its SVG is direction="ltr", as
 * a chart whose anchors are physical sides (the distribution's) is, whatever the frame's direction.
 */
async function chartIn(dir: 'ltr' | 'rtl', lang: string): Promise<SVGSVGElement> {
  const frame = await fixture<HTMLElement>(
    html`<section dir=${dir} lang=${lang} style="font: 14px sans-serif">
      <svg width="300" height="100" direction="ltr" data-export>
        <rect width="300" height="100" fill="#ccc"></rect>
      </svg>
    </section>`,
  );
  return frame.querySelector('svg')!;
}

/** The exported file drawn on the page, to measure where its text landed (an independent route). */
async function drawn(svgText: string): Promise<SVGSVGElement> {
  const file = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const holder = await fixture<HTMLElement>(html`<div style="position: absolute; left: 0; top: 0"></div>`);
  holder.append(document.importNode(file, true));
  return holder.querySelector('svg')!;
}

function boxes(svg: SVGSVGElement) {
  return [...svg.querySelectorAll<SVGTextElement>(':scope > text')].map((t) => t.getBBox());
}

describe('chartToSvgText', () => {
  it('legendRows(widths, available) wraps an item that would pass the edge to a new row', () => {
    // 100 + 14 gap → the second starts at 114 and ends at 214 ≤ 250; the third would end at 328 > 250.
    expect(legendRows([100, 100, 100], 250)).to.deep.equal({
      places: [
        { x: 0, row: 0 },
        { x: 114, row: 0 },
        { x: 0, row: 1 },
      ],
      count: 2,
    });
    expect(legendRows([], 250)).to.deep.equal({ places: [], count: 0 });
  });

  it('draws title and subtitle from the left edge in a left-to-right chart', async () => {
    const chart = await chartIn('ltr', 'de');
    const svg = chartToSvgText({
      chart,
      title: 'Nutzung nach SKU',
      subtitle: 'Jan. – März 2026',
      legend: [],
    });
    const [title, subtitle] = boxes(await drawn(svg.text));
    expect(title!.x).to.be.closeTo(PAD, 1);
    expect(subtitle!.x).to.be.closeTo(PAD, 1);
    expect(svg.text).to.contain('lang="de"');
  });

  it('draws title, subtitle and legend from the right edge in a right-to-left chart', async () => {
    const chart = await chartIn('rtl', 'ar');
    const svg = chartToSvgText({
      chart,
      title: 'استخدام Dynamics 365 حسب SKU',
      subtitle: 'يناير – مارس 2026',
      legend: [
        { label: 'المقاعد المتاحة', color: '#123456' },
        { label: 'المقاعد النشطة', color: '#654321' },
      ],
    });
    const file = await drawn(svg.text);
    const [title, subtitle, first, second] = boxes(file);
    // The width is the chart's 300 plus padding on both sides: right edge at 332 − 16 = 316.
    expect(svg.width).to.equal(332);
    expect(title!.x + title!.width).to.be.closeTo(316, 1);
    expect(subtitle!.x + subtitle!.width).to.be.closeTo(316, 1);
    // The first legend item's swatch sits on the right edge, its label to the swatch's left.
    const swatches = [...file.querySelectorAll(':scope > rect')].slice(1);
    expect(Number(swatches[0]!.getAttribute('x')) + 12).to.equal(316);
    expect(first!.x + first!.width).to.be.closeTo(316 - 12 - 6, 1);
    // The second item follows to the left of the first.
    expect(second!.x + second!.width).to.be.lessThan(first!.x);
    expect(svg.text).to.contain('lang="ar"');
  });

  it('wraps a legend of long labels into rows inside the image, measured rather than guessed', async () => {
    const chart = await chartIn('ltr', 'de');
    const labels = ['Verfügbare Lizenzen', 'Zugewiesene Lizenzen', 'Aktive Lizenzen', 'Aktive Nutzung %'];
    const svg = chartToSvgText({
      chart,
      title: 'Nutzung',
      subtitle: '2026',
      legend: labels.map((label) => ({ label, color: '#000' })),
    });
    const texts = boxes(await drawn(svg.text)).slice(2);
    for (const box of texts) {
      expect(box.x).to.be.at.least(PAD - 1);
      expect(box.x + box.width).to.be.at.most(svg.width - PAD + 1);
    }
    // Four labels of 90–150 px each do not fit one 300 px row: the image grows by a legend row per row.
    const rows = new Set(texts.map((box) => Math.round(box.y)));
    expect(rows.size).to.be.greaterThan(1);
    expect(svg.height).to.equal(58 + rows.size * 22 + 100 + PAD);
    // No two labels on a row overlap.
    const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
    for (let k = 1; k < sorted.length; k++) {
      if (Math.round(sorted[k]!.y) === Math.round(sorted[k - 1]!.y))
        expect(sorted[k]!.x).to.be.greaterThan(sorted[k - 1]!.x + sorted[k - 1]!.width);
    }
  });

  it('widens the image for a title longer than the chart rather than cutting it', async () => {
    const chart = await chartIn('ltr', 'de');
    const title = 'Dynamics-Nutzung nach Geografie und Kundensegment, alle Vertriebsmodelle zusammen';
    const svg = chartToSvgText({ chart, title, subtitle: '', legend: [] });
    const [box] = boxes(await drawn(svg.text));
    expect(svg.width).to.be.greaterThan(332);
    expect(box!.x + box!.width).to.be.at.most(svg.width - PAD + 1);
  });
});
