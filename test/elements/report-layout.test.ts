import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-report/define.js';

type Section = HTMLElement & { status: string };
const TAGS = ['dyn-usage-summary', 'dyn-usage-geo', 'dyn-usage-sku', 'dyn-usage-distribution'];

describe('<dyn-usage-report> layout', () => {
  for (const width of [900, 1280, 1920]) {
    it(`leaves no blank beside or under a section card at ${width} px (SKU and distribution each full width)`, async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style=${`width: ${width}px`}>
          <dyn-usage-report no-insights src="/demo/data/dynamics-usage-sample.csv"></dyn-usage-report>
        </div>`,
      );
      const report = box.querySelector('dyn-usage-report')!;
      const sections = () => TAGS.map((tag) => report.shadowRoot!.querySelector<Section>(tag));
      await waitUntil(() => sections().every((s) => s?.status === 'ready'), 'sections never ready', {
        timeout: 15000,
      });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const frames = sections().map((s) => s!.shadowRoot!.querySelector('.frame')!.getBoundingClientRect());
      const [, , sku, distribution] = frames as [DOMRect, DOMRect, DOMRect, DOMRect];
      // Every card as wide as the report, and the next one 16 px (the grid's gap) under it.
      const inner = report.shadowRoot!.querySelector('.sections')!.getBoundingClientRect();
      for (const frame of frames) expect(frame.width).to.be.closeTo(inner.width, 1);
      expect(distribution.top - sku.bottom).to.be.closeTo(16, 1);
    });
  }
});
