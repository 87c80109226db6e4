import type { CatalogPart } from '../../catalog.js';
import english from '../en/summary.js';

/** The summary messages in ja (see ../en/summary.ts). */
export default { ...english } satisfies CatalogPart<'summary'>;
