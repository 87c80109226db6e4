import type { CatalogPart } from '../../catalog.js';
import english from '../en/distribution.js';

/** The distribution messages in fr (see ../en/distribution.ts). */
export default { ...english } satisfies CatalogPart<'distribution'>;
