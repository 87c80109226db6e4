#!/usr/bin/env node
// Prints a page of the dev server to PDF the way a reader's "Save as PDF" does (Chromium's print media,
// A4 or Letter, backgrounds on, the dialog's default margins), for looking at the print stylesheet: convert a page with
// `pdftoppm -png -r 60 OUT.pdf /tmp/page`.
//   node scripts/print-pdf.mjs test/shots/print.html /tmp/report.pdf [A4|Letter] [settle-ms] [section-tag]
// With section-tag, picks "Print / save as PDF" in that section's menu first (window.print() stubbed),
// so the PDF shows what printing one section gives.
import { chromium } from 'playwright-core';

const [page, out, format = 'A4', settle = '2500', section] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node scripts/print-pdf.mjs PAGE OUT.pdf [A4|Letter] [settle-ms] [section-tag]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(`http://127.0.0.1:${process.env.SHOT_PORT ?? 8765}/${page}`, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(Number(settle));
  if (section) {
    const picked = await tab.evaluate((tag) => {
      window.print = () => undefined;
      const find = (root) => {
        const hit = root.querySelector(tag);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const el = find(document);
      const menu = el?.shadowRoot?.querySelector('dyn-usage-section-menu');
      if (!menu) return false;
      menu.dispatchEvent(new CustomEvent('dyn-usage-menu-select', { detail: { id: 'print' } }));
      return true;
    }, section);
    if (!picked) throw new Error(`no menu in <${section}>`);
    await tab.waitForTimeout(300);
  }
  // Chromium's print dialog's default margins are about 1 cm; Playwright's are none.
  const margin = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' };
  await tab.pdf({ path: out, format, printBackground: true, margin });
  console.log(out);
} finally {
  await browser.close();
}
