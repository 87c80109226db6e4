import type { CatalogPart } from '../../catalog.js';
import english from '../en/geo.js';

/** The geo messages in nl (see ../en/geo.ts). */
export default { ...english } satisfies CatalogPart<'geo'>;
