import type { CatalogPart } from '../../catalog.js';
import english from '../en/subscriptions.js';

/** The subscriptions messages in fr (see ../en/subscriptions.ts). */
export default { ...english } satisfies CatalogPart<'subscriptions'>;
