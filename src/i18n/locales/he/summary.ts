import type { CatalogPart } from '../../catalog.js';
import english from '../en/summary.js';

/** The summary messages in he (see ../en/summary.ts). */
export default { ...english } satisfies CatalogPart<'summary'>;
