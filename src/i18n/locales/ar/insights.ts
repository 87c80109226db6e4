import type { CatalogPart } from '../../catalog.js';

/** The insights messages in ar (see ../en/insights.ts). */
export default {
  'insights.title': 'رؤى',
  'insights.changes.heading': 'ما الذي تغيّر من {from} إلى {to}',
  'insights.changes.none': 'تتضمن الفترة شهرًا واحدًا: لا يوجد تغيير لتفسيره بعد.',
  'insights.change.up': 'ارتفعت {metric} بمقدار {change} إلى {to}.',
  'insights.change.down': 'انخفضت {metric} بمقدار {change} إلى {to}.',
  'insights.change.flat': 'بقيت {metric} عند {to}.',
  'insights.drivers.sku': 'حسب SKU',
  'insights.drivers.country': 'حسب البلد/المنطقة',
  'insights.drivers.customer': 'حسب العميل',
  'insights.drivers.other': {
    zero: 'لا عناصر أخرى: {change}',
    one: 'عنصر آخر: {change}',
    two: 'عنصران آخران: {change}',
    few: '{count} عناصر أخرى: {change}',
    many: '{count} عنصرًا آخر: {change}',
    other: '{count} عنصر آخر: {change}',
  },
  'insights.percent.up':
    'ارتفعت نسبة الاستخدام النشط % بمقدار {change} نقطة مئوية إلى {to}، منها {seats} من المقاعد النشطة المكتسبة أو المفقودة، و{mix} من انتقال المقاعد بين وحدات SKU.',
  'insights.percent.down':
    'انخفضت نسبة الاستخدام النشط % بمقدار {change} نقطة مئوية إلى {to}، منها {seats} من المقاعد النشطة المكتسبة أو المفقودة، و{mix} من انتقال المقاعد بين وحدات SKU.',
  'insights.percent.flat': 'بقيت نسبة الاستخدام النشط % عند {to}.',
  'insights.percent.none': 'لا توجد قيمة لنسبة الاستخدام النشط %: أحد الأشهر لا يحتوي على مقاعد متاحة.',

  'insights.anomalies.heading': 'أشهر غير معتادة',
  'insights.anomalies.help':
    'شهر يبتعد تغيّره عن الشهر السابق كثيرًا عن التغيّر المعتاد في السلسلة: أكثر من 5 انحرافات متينة وبما لا يقل عن 5 % من حجم السلسلة (5 نقاط لنسبة الاستخدام النشط %). لا يتم الحكم على وحدات SKU التي تقل مقاعدها عن 100.',
  'insights.anomalies.none': 'لا توجد أشهر غير معتادة في هذه الفترة.',
  'insights.anomaly.total': '{month}: {metric} {value}، والمتوقع من {low} إلى {high}.',
  'insights.anomaly.sku': '{month}: {metric} لـ {sku} {value}، والمتوقع من {low} إلى {high}.',
  'insights.anomalies.more': {
    zero: '… ولا أشهر أخرى',
    one: '… وشهر واحد آخر',
    two: '… وشهران آخران',
    few: '… و{count} أشهر أخرى',
    many: '… و{count} شهرًا آخر',
    other: '… و{count} شهر آخر',
  },
  'insights.marker.note': '{metric} في {month} غير معتاد: {value}، والمتوقع من {low} إلى {high}.',
  'insights.marker.cell': '{value} (غير معتاد، المتوقع من {low} إلى {high})',
  'insights.marker.legend': 'شهر غير معتاد',

  'insights.lists.heading': 'أين يلزم التحرك في {month}',
  'insights.search.label': 'البحث عن عملاء في هذه القوائم',
  'insights.search.placeholder': 'ابحث عن عملاء',
  'insights.search.none': 'لا يوجد عميل في هذه القوائم يطابق “{query}”.',
  'insights.unassigned.heading': 'أكثر المقاعد غير المعيّنة',
  'insights.unassigned.help': 'مقاعد مدفوعة لكنها غير معيّنة لأي مستخدم (المتاحة − المعيّنة).',
  'insights.inactive.heading': 'معيّنة لكن غير مستخدمة',
  'insights.inactive.help': 'مقاعد معيّنة لمستخدمين لم يستخدموها في آخر 28 يومًا (المعيّنة − النشطة).',
  'insights.falling.heading': 'أكبر انخفاض في الاستخدام النشط',
  'insights.falling.help': 'نسبة الاستخدام النشط % في {to} مقارنةً بـ {from}، بالنقاط المئوية.',
  'insights.list.empty': 'لا يوجد عملاء في هذه القائمة.',
  'insights.column.customer': 'العميل',
  'insights.column.seats': 'المقاعد',
  'insights.column.unassigned': 'غير معيّنة',
  'insights.column.inactive': 'غير نشطة',
  'insights.column.fall': 'الانخفاض (نقاط)',
  'insights.column.activePercent': 'نشطة %',
  'insights.column.subscriptions': 'الاشتراكات',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'تاريخ الانتهاء',
  'insights.column.days': 'الأيام بعد {month}',
  'insights.sort': 'الفرز حسب {column}',
  // One left-to-right run (U+2066 … U+2069), so that the arrow points from the old figure to the new one.
  'insights.percentFromTo': '\u2066{from} → {to}\u2069',
  'insights.showCustomer': 'إظهار {name} في جدول الاشتراكات',

  'insights.renewals.heading': 'تجديدات معرّضة للخطر',
  'insights.renewals.help':
    'الاشتراكات التي تنتهي خلال {days} يومًا بعد {month} ونسبة استخدامها النشط أقل من {below}، بدءًا بالأكثر مقاعد.',
  'insights.renewals.none': 'لا يوجد اشتراك ينتهي خلال {days} يومًا ونسبة استخدامه النشط أقل من {below}.',
  'insights.renewals.noEndDates':
    'لا يحتوي هذا التصدير على تواريخ انتهاء الاشتراكات (SubscriptionEndDate)، لذا لا يمكن عرض التجديدات.',
  'insights.renewals.unavailable': 'تعذّر سرد التجديدات: {reason}',
  'insights.renewals.unreadable': {
    zero: 'لا توجد تواريخ انتهاء غير صالحة.',
    one: 'تاريخ انتهاء واحد ليس تاريخًا صالحًا وتم استبعاده.',
    two: 'تاريخا انتهاء ليسا تاريخين صالحين وتم استبعادهما.',
    few: '{count} تواريخ انتهاء ليست تواريخ صالحة وتم استبعادها.',
    many: '{count} تاريخًا للانتهاء ليست تواريخ صالحة وتم استبعادها.',
    other: '{count} تاريخ انتهاء ليست تواريخ صالحة وتم استبعادها.',
  },

  'insights.showAll': 'إظهار الكل ({count})',
  'insights.showFewer': 'إظهار أقل',
  'insights.csv.list': 'القائمة',
  'insights.csv.value': 'القيمة',
  'insights.fileName': 'رؤى-استخدام-dynamics',
} satisfies CatalogPart<'insights'>;
