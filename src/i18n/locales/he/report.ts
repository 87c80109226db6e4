import type { CatalogPart } from '../../catalog.js';
import english from '../en/report.js';

/** The report messages in he (see ../en/report.ts). */
export default { ...english } satisfies CatalogPart<'report'>;
