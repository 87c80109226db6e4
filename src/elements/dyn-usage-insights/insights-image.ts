import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import { tableExportSvg } from '../../charts/table-export-svg.js';
import type { ExportCell, ExportTableBlock } from '../../charts/table-export-svg.js';
import { sectionLook } from '../shared/section-export.js';

/**
 * The insights' lists as shown, as one image: each list's heading, its columns and the rows on screen (the
 * reader's sort and search, the renewals shown), read from the rendered lists so the file is what the
 * reader sees. Names (`bdi.data-name`) are data: cut to fit and bidi-isolated in the file.
 */
export function insightsImage(root: ParentNode, frame: Element, header: ExportHeader): ExportImage {
  const blocks = [...root.querySelectorAll('.list')].map((list): ExportTableBlock => {
    const heading = text(list.querySelector('.list-head'));
    const table = list.querySelector('table');
    if (!table) {
      // An empty list says so under its heading, as on screen.
      return { heading, columns: [{ label: text(list.querySelector('p.muted:not(.help)')) }], rows: [] };
    }
    const columns = [...table.querySelectorAll('thead th')].map((th) => ({
      label: text(th).replace(/[▲▼]$/u, '').trim(),
      numeric: th.classList.contains('numeric'),
    }));
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell): ExportCell => {
        const name = cell.querySelector('bdi.data-name');
        return name ? { data: text(name) } : { text: text(cell) };
      }),
    );
    return { heading, columns, rows };
  });
  return tableExportSvg(header, blocks, sectionLook(frame));
}

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
