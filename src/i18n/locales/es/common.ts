import type { CatalogPart } from '../../catalog.js';
import english from '../en/common.js';

/** The common messages in es (see ../en/common.ts). */
export default { ...english } satisfies CatalogPart<'common'>;
