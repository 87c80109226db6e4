import type { CatalogPart } from '../../catalog.js';
import english from '../en/insights.js';

/** The insights messages in nl (see ../en/insights.ts). */
export default { ...english } satisfies CatalogPart<'insights'>;
