import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/shared/section-menu.js';
import type { DynUsageSectionMenu } from '../../src/elements/shared/section-menu.js';
import { loadLanguage } from '../../src/i18n/registry.js';

describe('<dyn-usage-section-menu>', () => {
  const toggle = (menu: DynUsageSectionMenu) => menu.shadowRoot!.querySelector('.toggle')!;

  it('names its button "Section options" in the language around it when no label is given', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de"><dyn-usage-section-menu></dyn-usage-section-menu></div>`,
    );
    const menu = page.querySelector('dyn-usage-section-menu')!;
    // German arrives in its own module (the menu asked for it): the label follows once it has loaded.
    await loadLanguage('de');
    await menu.updateComplete;
    expect(toggle(menu).getAttribute('aria-label')).to.equal('Abschnittsoptionen');
    expect(toggle(menu).getAttribute('title')).to.equal('Abschnittsoptionen');
  });

  it('uses the label it is given', async () => {
    const menu = await fixture<DynUsageSectionMenu>(
      html`<dyn-usage-section-menu lang="en" label="Summary: download"></dyn-usage-section-menu>`,
    );
    expect(toggle(menu).getAttribute('aria-label')).to.equal('Summary: download');
  });
});
