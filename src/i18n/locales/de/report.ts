import type { CatalogPart } from '../../catalog.js';
import english from '../en/report.js';

/** The report messages in de (see ../en/report.ts). */
export default { ...english } satisfies CatalogPart<'report'>;
