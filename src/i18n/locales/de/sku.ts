import type { CatalogPart } from '../../catalog.js';
import english from '../en/sku.js';

/** The sku messages in de (see ../en/sku.ts). */
export default { ...english } satisfies CatalogPart<'sku'>;
