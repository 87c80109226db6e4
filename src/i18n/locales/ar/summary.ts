import type { CatalogPart } from '../../catalog.js';

/** The summary messages in ar (see ../en/summary.ts). */
export default {
  'summary.title': 'الملخص',
  'summary.change.vs': '{change} مقارنة بـ{month}',
  'summary.change.points': '{change} نقطة مئوية',
  'summary.change.upSeats': {
    zero: 'زيادة {count} مقعد عن {month}',
    one: 'زيادة مقعد واحد عن {month}',
    two: 'زيادة مقعدين عن {month}',
    few: 'زيادة {count} مقاعد عن {month}',
    many: 'زيادة {count} مقعدًا عن {month}',
    other: 'زيادة {count} مقعد عن {month}',
  },
  'summary.change.downSeats': {
    zero: 'انخفاض {count} مقعد عن {month}',
    one: 'انخفاض مقعد واحد عن {month}',
    two: 'انخفاض مقعدين عن {month}',
    few: 'انخفاض {count} مقاعد عن {month}',
    many: 'انخفاض {count} مقعدًا عن {month}',
    other: 'انخفاض {count} مقعد عن {month}',
  },
  'summary.change.upPoints': {
    zero: 'ارتفاع {count} نقطة مئوية عن {month}',
    one: 'ارتفاع نقطة مئوية واحدة عن {month}',
    two: 'ارتفاع نقطتين مئويتين عن {month}',
    few: 'ارتفاع {count} نقاط مئوية عن {month}',
    many: 'ارتفاع {count} نقطة مئوية عن {month}',
    other: 'ارتفاع {count} نقطة مئوية عن {month}',
  },
  'summary.change.downPoints': {
    zero: 'انخفاض {count} نقطة مئوية عن {month}',
    one: 'انخفاض نقطة مئوية واحدة عن {month}',
    two: 'انخفاض نقطتين مئويتين عن {month}',
    few: 'انخفاض {count} نقاط مئوية عن {month}',
    many: 'انخفاض {count} نقطة مئوية عن {month}',
    other: 'انخفاض {count} نقطة مئوية عن {month}',
  },
  'summary.change.unchanged': 'دون تغيير عن {month}',
  'summary.change.none': 'لا يوجد شهر سابق للمقارنة',
  'summary.spark.label':
    '{metric}، من {from} إلى {to}: من {first} إلى {last}. استخدم مفاتيح الأسهم لقراءة كل شهر.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'الملخص حسب الشهر',
  'summary.table.month': 'الشهر',
} satisfies CatalogPart<'summary'>;
