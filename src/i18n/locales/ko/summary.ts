import type { CatalogPart } from '../../catalog.js';
import english from '../en/summary.js';

/** The summary messages in ko (see ../en/summary.ts). */
export default { ...english } satisfies CatalogPart<'summary'>;
