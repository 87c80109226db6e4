import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in he (see ../en/distribution.ts). */
export default {
  'distribution.title': 'התפלגות השימוש ב-Dynamics',
  'distribution.skus': { one: 'SKU אחד', two: 'שני SKU', other: '{count} SKU' },
  'distribution.availableSeats': {
    one: 'מושב זמין אחד',
    two: 'שני מושבים זמינים',
    other: '{count} מושבים זמינים',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'כל ה-SKU הם מוצרי {prefix}; השמות מוצגים ללא „{prefix}”.',
  'distribution.other': 'אחרים ({skus})',
  'distribution.empty.noMonth': 'אין חודש להצגה.',
  'distribution.empty.noRows': 'אין שורות ב{month}.',
  'distribution.legend': 'סדרות מושבים',
  'distribution.showAll': { one: 'הצגת SKU אחד', two: 'הצגת שני ה-SKU', other: 'הצגת כל {count} ה-SKU' },
  'distribution.showTop': 'הצגת {count} המובילים',
  'distribution.chart.label':
    'מושבים זמינים, מוקצים ופעילים לפי SKU, {month}: {shown}. מקשי החיצים מקריאים כל SKU.',
  'distribution.chart.labelLargest':
    'מושבים זמינים, מוקצים ופעילים לפי SKU, {month}: {shown}. הגדול ביותר: {sku}, {seats} מתוך {total} מושבים זמינים ({share}). מקשי החיצים מקריאים כל SKU.',
  'distribution.shown.top': '{top} המובילים מתוך {skus} ואחרים',
  'distribution.readout':
    '{sku}: {available} זמינים, {availableShare} מכלל הזמינים; {assigned} מוקצים; {active} פעילים, {activeShare} מכלל הפעילים',
  'distribution.tooltip.share': '{seats} · {share} מהסך הכול',
  'distribution.table.caption': 'מושבים לפי SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'חלק מהזמינים',
  'distribution.table.shareActive': 'חלק מהפעילים',
  'distribution.csv.shareAvailable': 'חלק מהזמינים %',
} satisfies CatalogPart<'distribution'>;
