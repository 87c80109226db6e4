/** On the section being printed. */
export const PRINT_ATTRIBUTE = 'data-dyn-usage-print';
/** On each shadow host around it (e.g. `<dyn-usage-report>`), which hides its other content itself. */
export const PRINT_WITHIN_ATTRIBUTE = 'data-dyn-usage-print-within';
const PRINTING_ATTRIBUTE = 'data-dyn-usage-printing';

// While one section prints, the page's other content is left off the paper (not merely made invisible,
// which would keep its pages, blank). A document rule only sees the light DOM: the hosts on the way to
// the section are marked, and each of the kit's hosts hides what it holds besides the section.
const DOCUMENT_RULES = `@media print {
  html[${PRINTING_ATTRIBUTE}] body *:not([${PRINT_ATTRIBUTE}], [${PRINT_WITHIN_ATTRIBUTE}], :has([${PRINT_ATTRIBUTE}], [${PRINT_WITHIN_ATTRIBUTE}])) {
    display: none !important;
  }
}`;
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Prints `host` alone (the browser's print dialog, where "Save as PDF" is one of the printers): the
 * section as it is shown (window, filters, picked SKU, table page), on paper without the page around it.
 * The marks stay until the dialog closes (`afterprint`).
 */
export function printSection(host: Element): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(DOCUMENT_RULES);
    sheets.set(doc, sheet);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const within: Element[] = [];
  for (let root = host.getRootNode(); root instanceof view.ShadowRoot; root = root.host.getRootNode())
    within.push(root.host);
  host.setAttribute(PRINT_ATTRIBUTE, '');
  for (const element of within) element.setAttribute(PRINT_WITHIN_ATTRIBUTE, '');
  doc.documentElement.setAttribute(PRINTING_ATTRIBUTE, '');
  view.addEventListener(
    'afterprint',
    () => {
      host.removeAttribute(PRINT_ATTRIBUTE);
      for (const element of within) element.removeAttribute(PRINT_WITHIN_ATTRIBUTE);
      doc.documentElement.removeAttribute(PRINTING_ATTRIBUTE);
    },
    { once: true },
  );
  view.print();
}
