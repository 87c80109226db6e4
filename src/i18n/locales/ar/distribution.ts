import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in ar (see ../en/distribution.ts). */
export default {
  'distribution.title': 'توزيع استخدام Dynamics',
  'distribution.skus': {
    zero: '{count} وحدة SKU',
    one: 'وحدة SKU واحدة',
    two: 'وحدتا SKU',
    few: '{count} وحدات SKU',
    many: '{count} وحدة SKU',
    other: '{count} وحدة SKU',
  },
  'distribution.availableSeats': {
    zero: '{count} مقعد متاح',
    one: 'مقعد متاح واحد',
    two: 'مقعدان متاحان',
    few: '{count} مقاعد متاحة',
    many: '{count} مقعدًا متاحًا',
    other: '{count} مقعد متاح',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'جميع وحدات SKU من منتجات {prefix}؛ تظهر الأسماء دون «{prefix}».',
  'distribution.other': 'أخرى ({skus})',
  'distribution.empty.noMonth': 'لا يوجد شهر لعرضه.',
  'distribution.empty.noRows': 'لا توجد صفوف في {month}.',
  'distribution.legend': 'سلاسل المقاعد',
  'distribution.showAll': {
    zero: 'عرض {count} وحدة SKU',
    one: 'عرض وحدة SKU واحدة',
    two: 'عرض وحدتي SKU',
    few: 'عرض كل وحدات SKU الـ {count}',
    many: 'عرض كل وحدات SKU الـ {count}',
    other: 'عرض كل وحدات SKU الـ {count}',
  },
  'distribution.showTop': 'عرض أعلى {count}',
  'distribution.chart.label':
    'المقاعد المتاحة والمعيّنة والنشطة حسب SKU، {month}: {shown}. تقرأ مفاتيح الأسهم كل SKU.',
  'distribution.chart.labelLargest':
    'المقاعد المتاحة والمعيّنة والنشطة حسب SKU، {month}: {shown}. الأكبر: {sku}، {seats} من {total} من المقاعد المتاحة ({share}). تقرأ مفاتيح الأسهم كل SKU.',
  'distribution.shown.top': 'أعلى {top} من {skus} وأخرى',
  'distribution.readout':
    '{sku}: {available} متاحة، {availableShare} من كل المتاحة؛ {assigned} معيّنة؛ {active} نشطة، {activeShare} من كل النشطة',
  'distribution.tooltip.share': '{seats} · {share} من الإجمالي',
  'distribution.table.caption': 'المقاعد حسب SKU، {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'الحصة من المتاحة',
  'distribution.table.shareActive': 'الحصة من النشطة',
  'distribution.csv.shareAvailable': 'الحصة من المتاحة %',
} satisfies CatalogPart<'distribution'>;
