import type { CatalogPart } from '../../catalog.js';
import english from '../en/distribution.js';

/** The distribution messages in zh-CN (see ../en/distribution.ts). */
export default { ...english } satisfies CatalogPart<'distribution'>;
