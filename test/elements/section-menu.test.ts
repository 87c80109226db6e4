import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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

describe('<dyn-usage-section-menu> announce()', () => {
  const status = (menu: DynUsageSectionMenu) => menu.shadowRoot!.querySelector('.status')!;
  const toggle = (menu: DynUsageSectionMenu) => menu.shadowRoot!.querySelector('.toggle')!;

  it('says what an item did in a polite status under the button, and clears it after a while', async () => {
    const menu = await fixture<DynUsageSectionMenu>(
      html`<dyn-usage-section-menu lang="en" label="Summary: download"></dyn-usage-section-menu>`,
    );
    // The live region is there before anything is said, so that screen readers hear the first message.
    expect(status(menu).getAttribute('role')).to.equal('status');
    expect(status(menu).textContent!.trim()).to.equal('');
    menu.announce('Image copied. You can paste it now.', 200);
    await menu.updateComplete;
    expect(status(menu).textContent!.trim()).to.equal('Image copied. You can paste it now.');
    await waitUntil(() => status(menu).textContent!.trim() === '', 'the message stayed', { timeout: 2000 });
  });

  it('keeps the message out of the way of the open menu, and a chosen item starts afresh', async () => {
    const menu = await fixture<DynUsageSectionMenu>(
      html`<dyn-usage-section-menu
        lang="en"
        .items=${[{ id: 'copy', label: 'Copy image' }]}
      ></dyn-usage-section-menu>`,
    );
    menu.announce('The browser did not allow copying the image. Download the PNG instead.');
    await menu.updateComplete;
    toggle(menu).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await waitUntil(() => menu.shadowRoot!.querySelector('[role="menuitem"]'), 'the menu never opened');
    expect(status(menu).textContent!.trim()).to.equal('');
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[role="menuitem"]')!.click();
    await menu.updateComplete;
    expect(status(menu).textContent!.trim()).to.equal('');
    await expect(menu).to.be.accessible();
  });
});
