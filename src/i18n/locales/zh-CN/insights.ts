import type { CatalogPart } from '../../catalog.js';
import english from '../en/insights.js';

/** The insights messages in zh-CN (see ../en/insights.ts). */
export default { ...english } satisfies CatalogPart<'insights'>;
