import type { CatalogPart } from '../../catalog.js';
import english from '../en/sku.js';

/** The sku messages in pt-BR (see ../en/sku.ts). */
export default { ...english } satisfies CatalogPart<'sku'>;
