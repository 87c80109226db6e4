import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';

async function summaryAt(width: number) {
  const box = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}>
      <dyn-usage-summary locale="en-US" src="/demo/data/dynamics-usage-sample.csv"></dyn-usage-summary>
    </div>`,
  );
  const el = box.querySelector<DynUsageSummary>('dyn-usage-summary')!;
  await waitUntil(() => el.status === 'ready', 'never ready', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<dyn-usage-summary> metric definitions', () => {
  for (const width of [360, 1280]) {
    it(`shows each definition beside, not over, its term and headline at ${width} px`, async () => {
      const el = await summaryAt(width);
      const tiles = [...el.shadowRoot!.querySelectorAll('.tile')];
      expect(tiles.length).to.equal(4);
      for (const tile of tiles) {
        tile.querySelector<HTMLButtonElement>('button.term')!.focus();
        const definition = tile.querySelector<HTMLElement>('.definition')!;
        expect(getComputedStyle(definition).display).to.equal('block');
        const box = definition.getBoundingClientRect();
        expect(box.height).to.be.above(0);
        expect(overlap(box, tile.querySelector('.value')!.getBoundingClientRect())).to.equal(false);
        expect(overlap(box, tile.querySelector('.term')!.getBoundingClientRect())).to.equal(false);
        // Inside the element (the test window is 800 px wide: the 1280 px box goes past it).
        const host = el.getBoundingClientRect();
        expect(box.left).to.be.at.least(host.left);
        expect(box.right).to.be.at.most(host.right);
      }
    });
  }
});
