import type { CatalogPart } from '../../catalog.js';
import english from '../en/input.js';

/** The input messages in es (see ../en/input.ts). */
export default { ...english } satisfies CatalogPart<'input'>;
