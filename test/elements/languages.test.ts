import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import { overrideMessages, registerTranslation } from '../../src/i18n/registry.js';
import { en } from '../../src/i18n/locales/en/index.js';
import { HAND_RECORDS } from './hand-records.js';

// How a section picks its language and a host changes its words, through <dyn-usage-summary>.

const frame = (el: DynUsageSummary) => el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
const title = (el: DynUsageSummary) => el.shadowRoot!.querySelector('.title')!.textContent!.trim();

describe('languages: picking one', () => {
  it('loads a shipped language before updateComplete resolves, and marks the frame with it', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="de-AT" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await el.updateComplete;
    expect(frame(el).getAttribute('lang')).to.equal('de');
    expect(frame(el).getAttribute('dir')).to.equal('ltr');
    expect(frame(el).hasAttribute('aria-busy')).to.equal(false);
  });

  it('lays Arabic and Hebrew out right to left', async () => {
    for (const locale of ['ar-EG', 'he']) {
      const el = await fixture<DynUsageSummary>(
        html`<dyn-usage-summary locale=${locale} .records=${HAND_RECORDS}></dyn-usage-summary>`,
      );
      await el.updateComplete;
      expect(frame(el).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(frame(el)).direction).to.equal('rtl');
    }
  });

  it('takes the nearest lang, and follows <html lang> when the page changes it', async () => {
    registerTranslation('x-test-lang', { ...en, 'summary.title': 'Test title' });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="x-test-lang"><dyn-usage-summary .records=${HAND_RECORDS}></dyn-usage-summary></div>`,
    );
    const el = wrapper.querySelector<DynUsageSummary>('dyn-usage-summary')!;
    await el.updateComplete;
    expect(title(el)).to.equal('Test title');

    const free = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    const pageLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'x-test-lang';
      await waitUntil(() => title(free) === 'Test title', 'did not follow <html lang>');
    } finally {
      document.documentElement.lang = pageLang;
    }
    await waitUntil(() => title(free) === en['summary.title'], 'did not follow <html lang> back');
  });

  it('shows English for a language the kit does not have', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="sv-SE" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await el.updateComplete;
    expect(frame(el).getAttribute('lang')).to.equal('en');
    expect(title(el)).to.equal('Summary');
  });
});

describe('languages: a host changes the words', () => {
  it('heading replaces the title, heading-level sets its tag', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        heading="Seat usage"
        heading-level="3"
        .records=${HAND_RECORDS}
      ></dyn-usage-summary>`,
    );
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('[part="title"]')!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent!.trim()).to.equal('Seat usage');
    expect(frame(el).getAttribute('aria-label')).to.equal('Seat usage');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h2');
  });

  it('messages replaces some messages on one element only', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <dyn-usage-summary
          id="one"
          .messages=${{ 'summary.title': 'Licences', 'metric.active.label': 'In use' }}
          .records=${HAND_RECORDS}
        ></dyn-usage-summary>
        <dyn-usage-summary id="two" .records=${HAND_RECORDS}></dyn-usage-summary>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll<DynUsageSummary>('dyn-usage-summary')];
    await waitUntil(() => one!.status === 'ready' && two!.status === 'ready', 'not ready');
    await one!.updateComplete;
    expect(title(one!)).to.equal('Licences');
    expect(one!.shadowRoot!.textContent).to.contain('In use');
    expect(title(two!)).to.equal('Summary');
  });

  it('overrideMessages changes every element showing the language, at once', async () => {
    registerTranslation('x-override', { ...en });
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="x-override" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await el.updateComplete;
    expect(title(el)).to.equal('Summary');
    overrideMessages('x-override', { 'summary.title': 'Overview' });
    await el.updateComplete;
    expect(title(el)).to.equal('Overview');
  });
});
