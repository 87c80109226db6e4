import type { CatalogPart } from '../../catalog.js';

/** The sku messages in he (see ../en/sku.ts). */
export default {
  'sku.title': 'שימוש ב-Dynamics לפי SKU',
  'sku.view.group': 'תצוגה',
  'sku.view.single': 'SKU אחד',
  'sku.view.compare': 'השוואת SKU',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'רשימת SKU',
  'sku.picker.none': 'אין SKU תואם',
  'sku.picker.matches': {
    one: 'SKU אחד תואם',
    two: '{count} SKU תואמים',
    other: '{count} SKU תואמים',
  },
  'sku.metric.label': 'מדד',
  'sku.sharedScale': 'אותו קנה מידה לכולם',
  'sku.missing': 'אין שורות עבור "{sku}" בחודשים אלה; מוצג {shown}.',
  'sku.chart.label':
    '{sku}: מושבים זמינים, מוקצים ופעילים לפי חודש, מ-{from} עד {to}. ב-{month}: {available} זמינים, {assigned} מוקצים, {active} פעילים. השתמשו במקשי החצים כדי לקרוא כל חודש.',
  'sku.legend.label': 'סדרות של {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    one: '{metric} לפי SKU, מ-{from} עד {to}: תרשים קטן אחד. השתמשו במקשי החצים כדי לקרוא כל חודש.',
    two: '{metric} לפי SKU, מ-{from} עד {to}: {count} תרשימים קטנים, לכל אחד קנה מידה משלו. השתמשו במקשי החצים כדי לקרוא כל חודש.',
    other:
      '{metric} לפי SKU, מ-{from} עד {to}: {count} תרשימים קטנים, לכל אחד קנה מידה משלו. השתמשו במקשי החצים כדי לקרוא כל חודש.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} לפי SKU, מ-{from} עד {to}: תרשים קטן אחד. השתמשו במקשי החצים כדי לקרוא כל חודש.',
    two: '{metric} לפי SKU, מ-{from} עד {to}: {count} תרשימים קטנים על קנה מידה משותף אחד. השתמשו במקשי החצים כדי לקרוא כל חודש.',
    other:
      '{metric} לפי SKU, מ-{from} עד {to}: {count} תרשימים קטנים על קנה מידה משותף אחד. השתמשו במקשי החצים כדי לקרוא כל חודש.',
  },
  'sku.table.single': '{sku}: מושבים לפי חודש',
  'sku.table.compare': '{metric} לפי SKU וחודש',
  'sku.table.month': 'חודש',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'חודש',
} satisfies CatalogPart<'sku'>;
