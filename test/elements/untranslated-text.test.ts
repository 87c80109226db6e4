// Every word the kit writes is a message. This test renders every element in each of its states in a
// pseudo-language whose every message is marked ⟦…⟧, then reads all the text a person or a screen reader
// gets (text in every shadow root, aria-label, title, placeholder, alt, SVG <title>/<desc>) and fails on
// any word outside a mark that is not a word of the data: the cells of the columns sections show, or what
// Intl wrote (months, country names). Data found by an independent route: the sample CSV, read here with a
// plain splitter.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import '../../src/elements/dyn-usage-insights/define.js';
import '../../src/elements/dyn-usage-report/define.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import { en } from '../../src/i18n/locales/en/index.js';
import type { Catalog } from '../../src/i18n/catalog.js';
import type { Message } from '../../src/i18n/message.js';

const PSEUDO = 'en-x-pseudo';
const SAMPLE = '/demo/data/dynamics-usage-sample.csv';
const mark = (text: string) => `⟦${text}⟧`;
const pseudo = Object.fromEntries(
  Object.entries(en).map(([key, message]: [string, Message]) => [
    key,
    typeof message === 'string'
      ? mark(message)
      : Object.fromEntries(Object.entries(message).map(([form, text]) => [form, mark(text)])),
  ]),
) as unknown as Catalog;
registerTranslation(PSEUDO, pseudo);

const SECTIONS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-subscription-table',
  'dyn-usage-distribution',
  'dyn-usage-insights',
] as const;
const LABELS = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt'];

/** Every text a reader or a screen reader gets from `root`, through nested shadow roots. */
function readableTexts(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script') texts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      for (const name of LABELS) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

/** The columns whose cells sections show as they are. */
const SHOWN_COLUMNS = [
  'CustomerName',
  'CustomerTenantId',
  'SubscriptionId',
  'SKU',
  'CustomerMarket',
  'CustomerSegment',
  // The report's filters offer these columns' values as they are.
  'SalesModel',
  'PartnerLocation',
  'PartnerAttachType',
];

/** The cells of the shown columns of a CSV. */
function shownCells(text: string): string[] {
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
        (m[1] ?? m[2] ?? '').replace(/""/g, '"'),
      ),
    );
  const header = rows[0] ?? [];
  const columns = SHOWN_COLUMNS.map((name) => header.indexOf(name));
  return rows.slice(1).flatMap((row) => columns.map((column) => row[column] ?? ''));
}

/** What Intl writes in English (the pseudo-language formats as English): month and country names. */
function intlWords(): string[] {
  const words: string[] = [];
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2026, month, 1));
    for (const style of ['short', 'long'] as const)
      words.push(new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' }).format(date));
  }
  const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a += 1)
    for (let b = 65; b <= 90; b += 1) {
      const name = regions.of(String.fromCharCode(a, b));
      if (name) words.push(name);
    }
  return words;
}

const wordsOf = (text: string): string[] => text.match(/\p{L}{2,}/gu) ?? [];
/** Words of data: a chart may break a SKU's name over lines, so words count, not whole names. */
let dataWords = new Set<string>();
before(async () => {
  const cells = shownCells(await (await fetch(SAMPLE)).text());
  dataWords = new Set([...cells, ...intlWords()].flatMap(wordsOf));
});

/** Words left once marked messages and words of data are taken out; [] when every word is translated. */
function untranslated(root: Node): string[] {
  const found: string[] = [];
  for (const text of readableTexts(root)) {
    let rest = text;
    // Innermost marks first: a message may hold another (a range inside "no rows in …").
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    const words = wordsOf(rest).filter((word) => !dataWords.has(word));
    if (words.length > 0) found.push(`${words.join(' ')}   ← in "${text.trim().slice(0, 80)}"`);
  }
  return [...new Set(found)];
}

type Section = HTMLElement & { status: string; updateComplete: Promise<boolean> };

async function settled(el: Section, status: string): Promise<void> {
  await waitUntil(() => el.status === status, `${el.localName} never ${status} (is ${el.status})`, {
    timeout: 60000,
  });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

const shadow = (el: Element) => el.shadowRoot!;

describe('every word the kit writes is a message (pseudo-language)', () => {
  for (const tag of SECTIONS) {
    describe(tag, () => {
      it('ready, with its menu open', async () => {
        const el = await fixture<Section>(`<${tag} locale="${PSEUDO}" src="${SAMPLE}"></${tag}>`);
        await settled(el, 'ready');
        expect(untranslated(el)).to.deep.equal([]);
        const menu = shadow(el).querySelector('dyn-usage-section-menu');
        const trigger = menu?.shadowRoot?.querySelector<HTMLButtonElement>('button');
        trigger?.click();
        await (menu as Section | null)?.updateComplete;
        expect(untranslated(el)).to.deep.equal([]);
      });

      it('idle, empty and error', async () => {
        const idle = await fixture<Section>(`<${tag} locale="${PSEUDO}"></${tag}>`);
        await idle.updateComplete;
        expect(untranslated(idle)).to.deep.equal([]);
        const empty = await fixture<Section>(
          `<${tag} locale="${PSEUDO}" from="2001-01" to="2001-03" src="${SAMPLE}"></${tag}>`,
        );
        await settled(empty, 'empty');
        expect(untranslated(empty)).to.deep.equal([]);
        const error = await fixture<Section>(
          `<${tag} locale="${PSEUDO}" src="/test/fixtures/no-such-file.csv"></${tag}>`,
        );
        await settled(error, 'error');
        expect(untranslated(error)).to.deep.equal([]);
      });

      it('loading, with progress', async () => {
        const el = await fixture<Section>(
          `<${tag} locale="${PSEUDO}" src="/__stall/pseudo-${tag}/${SAMPLE.slice(1)}"></${tag}>`,
        );
        await waitUntil(() => shadow(el).querySelector('progress'), 'no progress bar', { timeout: 60000 });
        await waitUntil(
          () => /\d/.test(shadow(el).querySelector('.state')?.textContent ?? ''),
          'no figures',
          {
            timeout: 60000,
          },
        );
        expect(untranslated(el)).to.deep.equal([]);
        el.remove();
      });
    });
  }

  it('dyn-usage-sku in compare mode', async () => {
    const el = await fixture<Section>(
      html`<dyn-usage-sku locale=${PSEUDO} mode="compare" src=${SAMPLE}></dyn-usage-sku>`,
    );
    await settled(el, 'ready');
    expect(untranslated(el)).to.deep.equal([]);
  });

  it('dyn-subscription-table with a customer expanded', async () => {
    const el = await fixture<Section>(
      html`<dyn-subscription-table locale=${PSEUDO} src=${SAMPLE}></dyn-subscription-table>`,
    );
    await settled(el, 'ready');
    shadow(el).querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-expanded="true"]')).to.not.equal(null);
    expect(untranslated(el)).to.deep.equal([]);
  });

  it('dyn-usage-report: filter bar, a filter chip, and an empty view', async () => {
    const el = await fixture<Section & { view: unknown }>(
      html`<dyn-usage-report no-hash locale=${PSEUDO} src=${SAMPLE}></dyn-usage-report>`,
    );
    await settled(el, 'ready');
    for (const section of shadow(el).querySelectorAll<Section>(SECTIONS.join(',')))
      await settled(section, 'ready');
    expect(untranslated(el)).to.deep.equal([]);
    el.view = { filter: { countries: ['DK'] } };
    await el.updateComplete;
    expect(untranslated(el)).to.deep.equal([]);
    el.view = { from: '2001-01', to: '2001-02', filter: {} };
    await settled(el, 'empty');
    expect(untranslated(el)).to.deep.equal([]);
  });
});
