import type { CatalogPart } from '../../catalog.js';
import english from '../en/geo.js';

/** The geo messages in ko (see ../en/geo.ts). */
export default { ...english } satisfies CatalogPart<'geo'>;
