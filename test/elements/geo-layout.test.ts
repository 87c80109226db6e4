import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-geo/define.js';
import type { DynUsageGeo } from '../../src/elements/dyn-usage-geo/dyn-usage-geo.js';

/** The sample's map (56 countries, Singapore and Bahrain as markers) in a box `width` px wide. */
async function geoAt(width: number, attributes: { locale?: string; selected?: string } = {}) {
  const box = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}>
      <dyn-usage-geo
        locale=${attributes.locale ?? 'en-US'}
        selected-country=${attributes.selected ?? ''}
        src="/demo/data/dynamics-usage-sample.csv"
      ></dyn-usage-geo>
    </div>`,
  );
  const el = box.querySelector<DynUsageGeo>('dyn-usage-geo')!;
  await waitUntil(() => el.shadowRoot!.querySelector('svg.map'), `no map: ${el.status}`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = Element>(el: DynUsageGeo, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<dyn-usage-geo> at phone width', () => {
  it('draws small territories’ markers in proportion to the map: 1.75 px at 360 px, 3.5 px at 1280 px', async () => {
    // 360 − 34 (frame) = a 326 px map → max(1.75, 3.5 · 326 / 700 = 1.63); 1280 px: 1280 − 34 − 440 − 20
    // = 786 px beside the grid → 3.5.
    for (const [width, radius] of [
      [360, 1.75],
      [1280, 3.5],
    ] as const) {
      const el = await geoAt(width);
      const marker = $<SVGCircleElement>(el, 'circle.marker');
      expect(marker, 'a small territory').to.not.equal(null);
      expect(marker.getBoundingClientRect().width).to.be.closeTo(2 * radius, 0.1); // the stroke not counted
      await expect(el).to.be.accessible();
    }
  });

  it('shows a shadow at the grid’s edge where a column is cut off (German at 320 px)', async () => {
    const el = await geoAt(320, { locale: 'de' });
    await waitUntil(() => $(el, '.countries thead').textContent!.includes('Verfügbar'), 'no German', {
      timeout: 4000,
    });
    const scroller = $<HTMLElement>(el, '.table-scroll');
    const style = getComputedStyle(scroller);
    expect(style.backgroundImage).to.contain('radial-gradient');
    expect(style.backgroundAttachment).to.contain('scroll');
    expect(style.backgroundAttachment).to.contain('local');
  });
});

describe('<dyn-usage-geo> tooltip placement', () => {
  it('puts the tooltip beside the Netherlands when zoomed to it, not over it', async () => {
    const el = await geoAt(700, { selected: 'NL' });
    const nl = $<SVGPathElement>(el, 'path.country[data-code="NL"]');
    await waitUntil(() => nl.getBoundingClientRect().width > 40, 'never zoomed to NL', { timeout: 3000 });
    const box = nl.getBoundingClientRect();
    nl.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
      }),
    );
    await el.updateComplete;
    await frame();
    const tip = $(el, '.tooltip').getBoundingClientRect();
    expect(overlap(tip, nl.getBoundingClientRect())).to.equal(false);
    const map = $(el, 'svg.map').getBoundingClientRect();
    expect(tip.left).to.be.at.least(map.left - 0.5);
    expect(tip.right).to.be.at.most(map.right + 0.5);
  });

  it('puts the tooltip of a grid row beside its country at phone width', async () => {
    const el = await geoAt(360);
    $<HTMLButtonElement>(el, 'tr[data-code="DE"] button.pick').focus();
    await el.updateComplete;
    await frame();
    const tip = $(el, '.tooltip').getBoundingClientRect();
    expect(overlap(tip, $(el, 'path.country[data-code="DE"]').getBoundingClientRect())).to.equal(false);
  });

  it('leaves no tooltip behind when the host changes selected-country', async () => {
    const el = await geoAt(1000);
    $<HTMLButtonElement>(el, 'tr[data-code="US"] button.pick').focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.not.equal(null);
    el.setAttribute('selected-country', 'NL');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
    // The user's own choice keeps its tooltip: the selected row is the one described.
    const nl = $<SVGPathElement>(el, 'path.country[data-code="JP"]');
    nl.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }));
    nl.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(el.selectedCountry).to.equal('JP');
    expect($(el, '.tooltip strong').textContent).to.equal('Japan');
  });
});
