import type { CatalogPart } from '../../catalog.js';

/** The input messages in ar (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: التواريخ تبدأ باليوم ({value} في السطر {line} هو {month})، كما يكتبها Excel في en-GB وnl وde وfr؛ وقُرئت على هذا الأساس',
  'input.warning.date-order-ambiguous':
    'Month: لا يوجد تاريخ يميّز اليوم من الشهر ({value} في السطر {line})؛ قُرئت بالشهر أولًا، كما يكتبها Partner Center',
  'input.warning.encoding-windows-1252':
    'الملف ليس بترميز UTF-8 (السطر {line} هو أول سطر فيه بايت ليس كذلك): قُرئ بترميز Windows-1252، كما يحفظ Excel ملف "CSV" على Windows',
  'input.warning.encoding-invalid-utf8': {
    zero: 'بايتات ليست UTF-8 في الأسطر {lines}: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
    one: 'بايتات ليست UTF-8 في السطر {lines}: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
    two: 'بايتات ليست UTF-8 في السطرين {lines}: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
    few: 'بايتات ليست UTF-8 في الأسطر {lines}: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
    many: 'بايتات ليست UTF-8 في الأسطر {lines}: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
    other:
      'بايتات ليست UTF-8 في الأسطر {lines}: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
  },
  'input.warning.encoding-invalid-utf8.more':
    'بايتات ليست UTF-8 في الأسطر {lines} وغيرها: قُرئت بايتًا بايتًا كأحرف Windows-1252، لذا تحقّق من تلك الأسماء',
  'input.warning.decimal-comma':
    'الملف مفصول بفواصل منقوطة، كما يحفظ Excel ملف "CSV" في nl وde وfr…: قُرئت الأرقام بفاصلة عشرية (1234,56 تعني 1234.56)، وتُرفض "." داخل الرقم بوصفها فاصل آلاف',
  'input.warning.rows-recovered':
    'علامة اقتباس في السطر {line} جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
  'input.warning.rows-recovered.more': {
    zero: 'علامة اقتباس في السطر {line} (و{count} غيره) جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
    one: 'علامة اقتباس في السطر {line} (وسطر آخر) جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
    two: 'علامة اقتباس في السطر {line} (وسطران آخران) جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
    few: 'علامة اقتباس في السطر {line} (و{count} أسطر أخرى) جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
    many: 'علامة اقتباس في السطر {line} (و{count} سطرًا آخر) جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
    other:
      'علامة اقتباس في السطر {line} (و{count} سطر آخر) جعلت خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): تم تخطي ذلك السطر وإعادة قراءة الصفوف التالية',
  },
  'input.warning.outlier-month': {
    zero: 'الشهر {month} ({count} صف) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه',
    one: 'الشهر {month} (صف واحد) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه',
    two: 'الشهر {month} (صفان) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه',
    few: 'الشهر {month} ({count} صفوف) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه',
    many: 'الشهر {month} ({count} صفًا) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه',
    other:
      'الشهر {month} ({count} صف) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه',
  },
  'input.warning.outlier-month.default-window': {
    zero: 'الشهر {month} ({count} صف) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه؛ النطاق الافتراضي ينتهي في {to}',
    one: 'الشهر {month} (صف واحد) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه؛ النطاق الافتراضي ينتهي في {to}',
    two: 'الشهر {month} (صفان) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه؛ النطاق الافتراضي ينتهي في {to}',
    few: 'الشهر {month} ({count} صفوف) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه؛ النطاق الافتراضي ينتهي في {to}',
    many: 'الشهر {month} ({count} صفًا) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه؛ النطاق الافتراضي ينتهي في {to}',
    other:
      'الشهر {month} ({count} صف) يبعد أكثر من سنة عن بقية البيانات ({from} إلى {to}): تحقّق من Month في صفوفه؛ النطاق الافتراضي ينتهي في {to}',
  },
  'input.warning.window-clamped': {
    zero: 'النطاق {from} إلى {to} أطول من {count} شهر: اقتُطع إلى {cutFrom} إلى {cutTo}، أشهر البيانات',
    one: 'النطاق {from} إلى {to} أطول من شهر واحد: اقتُطع إلى {cutFrom} إلى {cutTo}، أشهر البيانات',
    two: 'النطاق {from} إلى {to} أطول من شهرين: اقتُطع إلى {cutFrom} إلى {cutTo}، أشهر البيانات',
    few: 'النطاق {from} إلى {to} أطول من {count} أشهر: اقتُطع إلى {cutFrom} إلى {cutTo}، أشهر البيانات',
    many: 'النطاق {from} إلى {to} أطول من {count} شهرًا: اقتُطع إلى {cutFrom} إلى {cutTo}، أشهر البيانات',
    other: 'النطاق {from} إلى {to} أطول من {count} شهر: اقتُطع إلى {cutFrom} إلى {cutTo}، أشهر البيانات',
  },
  'input.skip.field-count': 'في الصف {fields} حقول، وفي الترويسة {width}',
  'input.skip.cell-empty': '{column} فارغ',
  'input.skip.not-a-month': '{column} {value} ليس شهرًا',
  'input.skip.thousands-separator': '{column} {value} فيه فاصل آلاف',
  'input.skip.number-too-large': '{column} {value} كبير جدًا (2^53 أو أكثر)',
  'input.skip.not-a-whole-number': '{column} {value} ليس عددًا صحيحًا غير سالب',
  'input.skip.not-a-number': '{column} {value} ليس رقمًا',
  'input.skip.stray-quote':
    'علامة اقتباس في السطر {line} تجعل خلية تمتد على الأسطر التالية (علامة اقتباس شاردة؟): يُتخطّى السطر {line} وتُعاد قراءة الأسطر التالية',
  'input.skip.not-an-object': 'الصف ليس كائنًا',
  'input.error.missing-columns': {
    zero: 'أعمدة مطلوبة مفقودة: {columns}',
    one: 'عمود مطلوب مفقود: {columns}',
    two: 'عمودان مطلوبان مفقودان: {columns}',
    few: 'أعمدة مطلوبة مفقودة: {columns}',
    many: 'أعمدة مطلوبة مفقودة: {columns}',
    other: 'أعمدة مطلوبة مفقودة: {columns}',
  },
  'input.error.empty': 'الملف فارغ',
  'input.error.workbook':
    'هذا مصنف Excel ‏(.xlsx) أو ملف zip آخر، وليس تصديرًا: احفظ الورقة بتنسيق CSV ‏(CSV UTF-8) ثم حمّله',
  'input.error.workbook.xls':
    'هذا مصنف Excel 97–2003 ‏(.xls)، وليس تصديرًا: احفظ الورقة بتنسيق CSV ‏(CSV UTF-8) ثم حمّله',
  'input.error.html-page':
    'هذه صفحة ويب (HTML)، وليست تصديرًا: ربما أُرسلت صفحة تسجيل دخول أو صفحة خطأ بدلًا من الملف',
  'input.error.html-page.markup':
    'هذه لغة ترميز (XML أو HTML)، وليست تصديرًا: ربما أُرسل مستند خطأ بدلًا من الملف',
  'input.error.json-scalar':
    'هذه قيمة JSON واحدة ({value})، وليست تصديرًا: المتوقع CSV أو TSV أو مصفوفة JSON من الصفوف',
  'input.error.not-text':
    'يحوي الملف بايتات 00 بترتيب لا يكون في نص UTF-16: ليس تصديرًا نصيًا (احفظه بتنسيق CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'العمود {column} مذكور مرتين: المفتاحان {first} و{second} (السطر {line})',
  'input.error.date-order-mixed.day-first':
    'Month: الملف يخلط ترتيبات التاريخ: {first} في السطر {firstLine} يبدأ باليوم، و{second} في السطر {secondLine} بالشهر؛ احفظ التصدير مجددًا بتنسيق تاريخ واحد',
  'input.error.date-order-mixed.month-first':
    'Month: الملف يخلط ترتيبات التاريخ: {first} في السطر {firstLine} يبدأ بالشهر، و{second} في السطر {secondLine} باليوم؛ احفظ التصدير مجددًا بتنسيق تاريخ واحد',
  'input.error.unreadable.json-syntax': 'الملف ليس JSON صالحًا: {detail} (السطر {line}، العمود {column})',
  'input.error.unreadable.json-not-rows':
    'لا يحوي JSON صفوف استخدام: المتوقع مصفوفة من كائنات الصفوف أو { "value": [...] } أو مستند تقرير',
  'input.error.unreadable.json-no-objects': 'مصفوفة JSON لا تحوي أي كائنات صفوف',
  'input.error.unreadable.gzip-unsupported':
    'الملف مضغوط بتنسيق gzip ولا يستطيع هذا المتصفح فك ضغطه (لا يوجد DecompressionStream): فك ضغطه أولًا',
  'input.error.unreadable.gzip-broken': 'بيانات gzip تالفة ({detail}): اضغط التصدير مجددًا',
  // HTTP and its status read left to right as one run (U+2066 … U+2069) inside the right-to-left sentence.
  'input.error.http-status': 'تعذّر تحميل {url}: \u2066HTTP {status}\u2069',
  'input.error.network': 'تعذّر تحميل {url}: {detail}',
  'input.error.not-a-url': 'src: ‏{src} ليس عنوان URL',
  'input.error.source-missing': 'لا يشير source "{id}" إلى أي <dyn-usage-source> في هذا المستند',
  'input.error.source-missing.shadow-root': 'لا يشير source "{id}" إلى أي <dyn-usage-source> في جذر الظل هذا',
  'input.error.source-undefined':
    'يشير source "{id}" إلى <dyn-usage-source> غير مُعرَّف (استورد dyn-usage-kit/source أو الحزمة)',
  'input.error.source-not-source': 'يشير source "{id}" إلى <{tag}>، وليس إلى <dyn-usage-source>',
  'input.error.worker-failed': 'فشل عامل التحليل: {detail}',
  'input.error.worker-unreadable': 'أرسل عامل التحليل نتيجة تعذّرت قراءتها',
  'input.error.worker-unavailable': 'تعذّر التحليل في عامل: {detail}',
  'input.error.code-unavailable': 'تعذّر تحميل شيفرة الرسوم البيانية لهذا القسم: {detail}',
  'input.error.filter-invalid': 'عامل تصفية غير صالح: {detail}',
  'input.error.filter-report-document': 'filter: لا يمكن تصفية مستند تقرير؛ تحتاج عوامل التصفية إلى تصدير',
  'input.freshness.asOf': 'البيانات حتى {date}',
  'input.freshness.through': 'البيانات حتى نهاية {month}',
  'input.freshness.partial.rows': {
    other:
      'يبدو أن بيانات {month} غير مكتملة: عدد الصفوف {count} مقابل {previousCount} في {previous}. يحدّث Partner Center البيانات كل 3 أيام.',
  },
  'input.freshness.partial.available': {
    other:
      'يبدو أن بيانات {month} غير مكتملة: عدد المقاعد المتاحة {count} مقابل {previousCount} في {previous}. يحدّث Partner Center البيانات كل 3 أيام.',
  },
} satisfies CatalogPart<'input'>;
