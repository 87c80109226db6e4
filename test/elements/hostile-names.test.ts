import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/dyn-usage-report/define.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import type { ReportViewState } from '../../src/view/report-view-state.js';
import { HAND_RECORDS } from './hand-records.js';

/**
 * Names that fight the layout: 10,000 characters without a break, and a right-to-left override (U+202E)
 * that would reverse whatever follows it on the line unless the name is bidi-isolated.
 */
const LONG = (prefix: string) => `${prefix}${'W'.repeat(10_000)}`;
const LONG_CUSTOMER = LONG('Customer');
const LONG_SKU = LONG('Sku');
const LONG_MARKET = LONG('Market');
const RLO_CUSTOMER = '\u202EGamma Corp';
const RLO_SKU = '\u202EField Service';
const RLO_MARKET = '\u202ENowhere Land';
const NAMES = [LONG_CUSTOMER, LONG_SKU, LONG_MARKET, RLO_CUSTOMER, RLO_SKU, RLO_MARKET];

function row(id: string, month: string, name: string, sku: string, market: string): Record<string, string> {
  return {
    SubscriptionId: id,
    Month: month,
    CustomerTenantId: `t-${id}`,
    CustomerName: name,
    SKU: sku,
    CustomerMarket: market,
    AvailableSeats: '10',
    AssignedSeats: '8',
    ActiveSeats: '6',
  };
}

const RECORDS = [
  ...HAND_RECORDS,
  row('L1', '2026-03-01', LONG_CUSTOMER, LONG_SKU, LONG_MARKET),
  row('R1', '2026-03-01', RLO_CUSTOMER, RLO_SKU, RLO_MARKET),
  row('R2', '2026-03-01', 'Delta', RLO_SKU, 'Netherlands'),
];

/** Every text node in the element and the shadow roots under it. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

const ISOLATED = ['isolate', 'isolate-override', 'plaintext'];

/**
 * Where a data name shows without isolation: its text's element must be a <bdi> or have `unicode-bidi:
 * isolate`, and hold the name alone (a cut name ends in "…"), or the name sits between isolate marks in the
 * text, so nothing after it on the line is reordered.
 * Not rendered as page text: <option> (its own line in the list), <title> (a tooltip), visually hidden text.
 */
function unisolated(root: Node): string[] {
  const problems: string[] = [];
  for (const node of textNodes(root)) {
    const name = NAMES.find((n) => node.data.includes(n.slice(0, 12)));
    const parent = node.parentElement;
    if (!name || !parent || ['option', 'title', 'style'].includes(parent.localName)) continue;
    // A chart's text alternative is read, not seen (month-table.ts): its order on screen does not arise.
    if (parent.closest('.visually-hidden')) continue;
    // Inside a sentence, a name set between U+2066/7/8 … U+2069 (i18n/isolate.ts) is isolated as text.
    const at = node.data.indexOf(name.slice(0, 12));
    if (at > 0 && '\u2066\u2067\u2068'.includes(node.data[at - 1]!) && node.data.includes('\u2069', at))
      continue;
    const text = parent.textContent!.trim();
    const alone = text === name || (text.endsWith('…') && name.startsWith(text.slice(0, -1)));
    const isolated = parent.localName === 'bdi' || ISOLATED.includes(getComputedStyle(parent).unicodeBidi);
    if (!alone || !isolated) {
      const where = `${(parent.getRootNode() as ShadowRoot).host?.localName ?? 'document'} ${parent.localName}.${parent.className}`;
      problems.push(
        `${where}: ${JSON.stringify(text.slice(0, 40))}${alone ? '' : ' (not alone)'}${isolated ? '' : ' (not isolated)'}`,
      );
    }
  }
  return problems;
}

describe('names that fight the layout', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
  });

  async function shown(view: ReportViewState): Promise<DynUsageReport> {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 800px">
        <dyn-usage-report no-hash locale="en-US" .records=${RECORDS} .view=${view}></dyn-usage-report>
      </div>`,
    );
    const report = box.querySelector<DynUsageReport>('dyn-usage-report')!;
    await waitUntil(() => report.status === 'ready', 'never ready', { timeout: 8000 });
    await report.updateComplete; // all five sections made
    const sections = [...report.shadowRoot!.querySelectorAll<HTMLElement & { status: string }>('[source]')];
    await waitUntil(() => sections.every((s) => s.status === 'ready'), 'sections never ready', {
      timeout: 8000,
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return report;
  }

  it('a 10,000-character name wraps or is cut inside an 800 px report, and every name is bidi-isolated', async () => {
    const report = await shown({ from: '2026-01', filter: {} });
    expect({
      scrollWidth: document.documentElement.scrollWidth,
      unisolated: unisolated(report),
    }).to.deep.equal({
      scrollWidth: window.innerWidth,
      unisolated: [],
    });
  });

  it('the same with the long SKU as the filter (chips) and the SKU chart comparing SKUs', async () => {
    const report = await shown({ from: '2026-01', filter: { sku: [LONG_SKU] } });
    const sku = report.shadowRoot!.querySelector<
      HTMLElement & { mode: string; updateComplete: Promise<boolean> }
    >('dyn-usage-sku')!;
    sku.mode = 'compare';
    await sku.updateComplete;
    await waitUntil(() => sku.shadowRoot!.querySelector('text.cell-name'), 'compare mode never drawn');
    expect(report.shadowRoot!.querySelector('.chip')).to.not.equal(null);
    expect({
      scrollWidth: document.documentElement.scrollWidth,
      unisolated: unisolated(report),
    }).to.deep.equal({
      scrollWidth: window.innerWidth,
      unisolated: [],
    });
  });
});
