import type { CatalogPart } from '../../catalog.js';

/** The sku messages in ar (see ../en/sku.ts). */
export default {
  'sku.title': 'استخدام Dynamics حسب SKU',
  'sku.view.group': 'طريقة العرض',
  'sku.view.single': 'SKU واحد',
  'sku.view.compare': 'مقارنة وحدات SKU',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'وحدات SKU',
  'sku.picker.none': 'لا توجد SKU مطابقة',
  'sku.picker.matches': {
    zero: 'لا توجد وحدات SKU مطابقة',
    one: 'وحدة SKU واحدة مطابقة',
    two: 'وحدتا SKU مطابقتان',
    few: '{count} وحدات SKU مطابقة',
    many: '{count} وحدة SKU مطابقة',
    other: '{count} وحدة SKU مطابقة',
  },
  'sku.metric.label': 'المقياس',
  'sku.sharedScale': 'المقياس نفسه للجميع',
  'sku.missing': 'لا توجد صفوف لـ «{sku}» في هذه الأشهر؛ يُعرض {shown}.',
  'sku.chart.label':
    '{sku}: المقاعد المتاحة والمعيّنة والنشطة حسب الشهر، من {from} إلى {to}. في {month}: {available} متاحة، و{assigned} معيّنة، و{active} نشطة. استخدم مفاتيح الأسهم لقراءة كل شهر.',
  'sku.legend.label': 'سلاسل {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': '، ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    zero: '{metric} حسب SKU، من {from} إلى {to}: لا توجد مخططات صغيرة.',
    one: '{metric} حسب SKU، من {from} إلى {to}: مخطط صغير واحد. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    two: '{metric} حسب SKU، من {from} إلى {to}: مخططان صغيران، لكل منهما مقياسه الخاص. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    few: '{metric} حسب SKU، من {from} إلى {to}: {count} مخططات صغيرة، لكل منها مقياسه الخاص. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    many: '{metric} حسب SKU، من {from} إلى {to}: {count} مخططًا صغيرًا، لكل منها مقياسه الخاص. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    other:
      '{metric} حسب SKU، من {from} إلى {to}: {count} مخطط صغير، لكل منها مقياسه الخاص. استخدم مفاتيح الأسهم لقراءة كل شهر.',
  },
  'sku.multiples.label.shared': {
    zero: '{metric} حسب SKU، من {from} إلى {to}: لا توجد مخططات صغيرة.',
    one: '{metric} حسب SKU، من {from} إلى {to}: مخطط صغير واحد. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    two: '{metric} حسب SKU، من {from} إلى {to}: مخططان صغيران على مقياس مشترك واحد. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    few: '{metric} حسب SKU، من {from} إلى {to}: {count} مخططات صغيرة على مقياس مشترك واحد. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    many: '{metric} حسب SKU، من {from} إلى {to}: {count} مخططًا صغيرًا على مقياس مشترك واحد. استخدم مفاتيح الأسهم لقراءة كل شهر.',
    other:
      '{metric} حسب SKU، من {from} إلى {to}: {count} مخطط صغير على مقياس مشترك واحد. استخدم مفاتيح الأسهم لقراءة كل شهر.',
  },
  'sku.table.single': '{sku}: المقاعد حسب الشهر',
  'sku.table.compare': '{metric} حسب SKU والشهر',
  'sku.table.month': 'الشهر',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'الشهر',
} satisfies CatalogPart<'sku'>;
