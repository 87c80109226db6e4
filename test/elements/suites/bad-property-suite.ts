import { expect, waitUntil } from '@open-wc/testing';
import { reportFromRecords } from '../../../src/core/report-from.js';
import type { UsageReport } from '../../../src/core/report.js';
import { HAND_RECORDS } from '../hand-records.js';

/**
 * What every element does with a property set to something it cannot use (STYLE: one suite every element
 * runs, as Shoelace's runFormControlBaseTests): an error state whose message names the property and what is
 * wrong; never an exception into the page, a `status` getter that throws, or "Loading…" forever.
 */
type Element = HTMLElement & { status: string; updateComplete?: Promise<boolean> };

export interface BadPropertySuiteOptions {
  /** Properties to set on every element before the bad one (e.g. `noHash` on the report). */
  base?: Record<string, unknown>;
  /** The cases that set a filter: sections take `filter`, the report takes `view`. */
  filterCases: BadCase[];
  /** Whether the element renders its error (the shared source only fires `dyn-usage-error`). */
  renders: boolean;
}

export interface BadCase {
  name: string;
  props: Record<string, unknown>;
  message: RegExp;
}

/** The hand records' report over 2026-01..2026-03 (3 months), changed by `edit`. */
export function handReport(edit: (report: Record<string, unknown>) => void = () => {}): unknown {
  const report = structuredClone(reportFromRecords(HAND_RECORDS, { from: '2026-01' })) as UsageReport;
  edit(report as unknown as Record<string, unknown>);
  return report;
}

export const BAD_DATA_CASES: BadCase[] = [
  { name: 'report = {}', props: { report: {} }, message: /^report: no version \(expected 1\)$/ },
  {
    name: 'report = "x"',
    props: { report: 'x' },
    message: /^report: expected a report document object, got a string$/,
  },
  {
    name: 'report = []',
    props: { report: [] },
    message: /^report: expected a report document object, got an array$/,
  },
  {
    name: 'report = 42',
    props: { report: 42 },
    message: /^report: expected a report document object, got a number$/,
  },
  {
    name: 'report with version 99',
    props: { report: handReport((r) => (r['version'] = 99)) },
    message: /^report: version 99 is not supported \(expected 1\)$/,
  },
  {
    name: 'report without summary.available',
    props: { report: handReport((r) => delete (r['summary'] as Record<string, unknown>)['available']) },
    message: /^report: summary\.available is missing or not an array$/,
  },
  {
    name: 'report whose SKU trend is shorter than the window',
    props: { report: handReport((r) => ((r['sku'] as { active: number[] }[])[0]!.active = [1, 2])) },
    message: /^report: sku\[0\]\.active has 2 values, expected 3 \(one per month\)$/,
  },
  {
    name: 'report with a seat count that is text',
    props: { report: handReport((r) => ((r['summary'] as { active: unknown[] }).active[1] = '12')) },
    message: /^report: summary\.active\[1\] is not a number$/,
  },
  {
    name: 'src of a report document with version 99 (the same check as the property)',
    props: { src: `data:application/json,${encodeURIComponent('{"version":99,"months":[],"summary":{}}')}` },
    message:
      /is JSON, but neither an export nor a report document: version 99 is not supported \(expected 1\)$/,
  },
  {
    name: 'records = "x"',
    props: { records: 'x' },
    message: /^records: expected an array of row objects, got the text "x"$/,
  },
  {
    name: 'records = {}',
    props: { records: {} },
    message: /^records: expected an array of row objects, got an object$/,
  },
  {
    name: 'records = [1, 2]',
    props: { records: [1, 2] },
    message: /^records: no item is a row object \(item 0 is a number\)$/,
  },
];

export function runBadPropertyTests(tag: string, options: BadPropertySuiteOptions): void {
  describe(`<${tag}> with bad properties`, () => {
    let thrown: string[] = [];
    const onError = (event: ErrorEvent) => thrown.push(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) =>
      thrown.push(`unhandledrejection: ${String(event.reason)}`);
    let element: Element | null = null;
    let errors: string[] = [];

    beforeEach(() => {
      thrown = [];
      errors = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      element?.remove();
      element = null;
    });

    async function mount(props: Record<string, unknown>): Promise<Element> {
      const el = document.createElement(tag) as Element;
      el.addEventListener('dyn-usage-error', (event) =>
        errors.push((event as CustomEvent<{ message: string }>).detail.message),
      );
      Object.assign(el, { locale: 'en-US', ...options.base, ...props });
      document.body.append(el);
      element = el;
      return el;
    }

    async function settledIn(el: Element, status: string): Promise<void> {
      try {
        await waitUntil(() => el.status === status, '', { timeout: 5000 });
      } catch {
        throw new Error(`status stayed "${el.status}", expected "${status}"`);
      }
      await el.updateComplete;
      // A task after the state shows, for a late rejection to surface.
      await new Promise((resolve) => setTimeout(resolve));
    }

    function shownMessage(el: Element): string {
      const detail = el.shadowRoot?.querySelector('[role="alert"] .detail');
      return detail?.textContent?.trim() ?? '';
    }

    for (const { name, props, message } of [...BAD_DATA_CASES, ...options.filterCases]) {
      it(`${name}: an error state naming it, nothing thrown into the page`, async () => {
        const el = await mount(props);
        await settledIn(el, 'error');
        if (options.renders) expect(shownMessage(el)).to.match(message);
        else expect(errors.at(-1)).to.match(message);
        expect(thrown).to.deep.equal([]);
      });
    }

    it('records = null after rows: back to no data (null is "not set"), nothing thrown', async () => {
      const el = await mount({ records: HAND_RECORDS });
      await settledIn(el, 'ready');
      Object.assign(el, { records: null });
      await settledIn(el, 'idle');
      expect(thrown).to.deep.equal([]);
    });

    it('recovers when a bad value is replaced by good data', async () => {
      const el = await mount({ records: 'x' });
      await settledIn(el, 'error');
      Object.assign(el, { records: HAND_RECORDS });
      await settledIn(el, 'ready');
      if (options.renders) expect(shownMessage(el)).to.equal('');
      expect(thrown).to.deep.equal([]);
    });
  });
}
