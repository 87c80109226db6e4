import type { CatalogPart } from '../../catalog.js';

/** The input messages in he (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: התאריכים מתחילים ביום ({value} בשורה {line} הוא {month}), כפי ש-Excel כותב אותם ב-en-GB, nl, de או fr; נקראו כך',
  'input.warning.date-order-ambiguous':
    'Month: אף תאריך אינו מבחין בין יום לחודש ({value} בשורה {line}); נקראו עם החודש תחילה, כפי ש-Partner Center כותב אותם',
  'input.warning.encoding-windows-1252':
    'הקובץ אינו UTF-8 (שורה {line} היא הראשונה עם בית שאינו כזה): נקרא כ-Windows-1252, כפי ש-Excel שומר "CSV" ב-Windows',
  'input.warning.encoding-invalid-utf8': {
    one: 'בתים שאינם UTF-8 בשורה {lines}: נקראו בית אחר בית כתווי Windows-1252, לכן כדאי לבדוק את השמות האלה',
    two: 'בתים שאינם UTF-8 בשורות {lines}: נקראו בית אחר בית כתווי Windows-1252, לכן כדאי לבדוק את השמות האלה',
    other:
      'בתים שאינם UTF-8 בשורות {lines}: נקראו בית אחר בית כתווי Windows-1252, לכן כדאי לבדוק את השמות האלה',
  },
  'input.warning.encoding-invalid-utf8.more':
    'בתים שאינם UTF-8 בשורות {lines} ועוד: נקראו בית אחר בית כתווי Windows-1252, לכן כדאי לבדוק את השמות האלה',
  'input.warning.decimal-comma':
    'הקובץ מופרד בנקודה-פסיק, כפי ש-Excel שומר "CSV" ב-nl, de, fr…: המספרים נקראו עם פסיק עשרוני (1234,56 הוא 1234.56), ו-"." בתוך מספר נדחית כמפריד אלפים',
  'input.warning.rows-recovered':
    'מירכאה בשורה {line} גרם לתא להימשך על פני השורות שאחריו (מירכאה תועה?): השורה הזו דולגה והשורות שאחריה נקראו מחדש',
  'input.warning.rows-recovered.more': {
    one: 'מירכאה בשורה {line} (ועוד שורה אחת) גרם לתא להימשך על פני השורות שאחריו (מירכאה תועה?): השורה הזו דולגה והשורות שאחריה נקראו מחדש',
    two: 'מירכאה בשורה {line} (ועוד שתי שורות) גרם לתא להימשך על פני השורות שאחריו (מירכאה תועה?): השורה הזו דולגה והשורות שאחריה נקראו מחדש',
    other:
      'מירכאה בשורה {line} (ועוד {count}) גרם לתא להימשך על פני השורות שאחריו (מירכאה תועה?): השורה הזו דולגה והשורות שאחריה נקראו מחדש',
  },
  'input.warning.outlier-month': {
    one: 'החודש {month} (שורה אחת) רחוק ביותר משנה משאר הנתונים ({from} עד {to}): כדאי לבדוק את Month בשורות שלו',
    two: 'החודש {month} (שתי שורות) רחוק ביותר משנה משאר הנתונים ({from} עד {to}): כדאי לבדוק את Month בשורות שלו',
    other:
      'החודש {month} ({count} שורות) רחוק ביותר משנה משאר הנתונים ({from} עד {to}): כדאי לבדוק את Month בשורות שלו',
  },
  'input.warning.outlier-month.default-window': {
    one: 'החודש {month} (שורה אחת) רחוק ביותר משנה משאר הנתונים ({from} עד {to}): כדאי לבדוק את Month בשורות שלו; טווח ברירת המחדל מסתיים ב-{to}',
    two: 'החודש {month} (שתי שורות) רחוק ביותר משנה משאר הנתונים ({from} עד {to}): כדאי לבדוק את Month בשורות שלו; טווח ברירת המחדל מסתיים ב-{to}',
    other:
      'החודש {month} ({count} שורות) רחוק ביותר משנה משאר הנתונים ({from} עד {to}): כדאי לבדוק את Month בשורות שלו; טווח ברירת המחדל מסתיים ב-{to}',
  },
  'input.warning.window-clamped': {
    one: 'הטווח {from} עד {to} ארוך מחודש אחד: קוצר ל-{cutFrom} עד {cutTo}, החודשים שבנתונים',
    two: 'הטווח {from} עד {to} ארוך מחודשיים: קוצר ל-{cutFrom} עד {cutTo}, החודשים שבנתונים',
    other: 'הטווח {from} עד {to} ארוך מ-{count} חודשים: קוצר ל-{cutFrom} עד {cutTo}, החודשים שבנתונים',
  },
  'input.skip.field-count': 'בשורה יש {fields} שדות, בכותרת {width}',
  'input.skip.cell-empty': '{column} ריק',
  'input.skip.not-a-month': '{column} {value} אינו חודש',
  'input.skip.thousands-separator': 'ב-{column} {value} יש מפריד אלפים',
  'input.skip.number-too-large': '{column} {value} גדול מדי (2^53 או יותר)',
  'input.skip.not-a-whole-number': '{column} {value} אינו מספר שלם אי-שלילי',
  'input.skip.not-a-number': '{column} {value} אינו מספר',
  'input.skip.stray-quote':
    'מירכאה בשורה {line} גורמת לתא להימשך על פני השורות שאחריה (מירכאה תועה?): שורה {line} מדולגת והשורות שאחריה נקראות מחדש',
  'input.skip.not-an-object': 'השורה אינה אובייקט',
  'input.error.missing-columns': {
    one: 'חסרה עמודת חובה: {columns}',
    two: 'חסרות עמודות חובה: {columns}',
    other: 'חסרות עמודות חובה: {columns}',
  },
  'input.error.empty': 'הקובץ ריק',
  'input.error.workbook':
    'זו חוברת עבודה של Excel ‏(.xlsx) או קובץ zip אחר, לא ייצוא: שמרו את הגיליון כ-CSV ‏(CSV UTF-8) וטענו אותו',
  'input.error.workbook.xls':
    'זו חוברת עבודה של Excel 97–2003 ‏(.xls), לא ייצוא: שמרו את הגיליון כ-CSV ‏(CSV UTF-8) וטענו אותו',
  'input.error.html-page': 'זה דף אינטרנט (HTML), לא ייצוא: אולי נשלח דף כניסה או דף שגיאה במקום הקובץ',
  'input.error.html-page.markup': 'זו שפת סימון (XML או HTML), לא ייצוא: אולי נשלח מסמך שגיאה במקום הקובץ',
  'input.error.json-scalar': 'זה ערך JSON יחיד ({value}), לא ייצוא: נדרש CSV, ‏TSV או מערך JSON של שורות',
  'input.error.not-text':
    'בקובץ יש בתים 00 בסדר שאין בטקסט UTF-16: זה אינו ייצוא טקסט (שמרו אותו כ-CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'העמודה {column} מופיעה פעמיים: המפתחות {first} ו-{second} (שורה {line})',
  'input.error.date-order-mixed.day-first':
    'Month: הקובץ מערבב סדרי תאריך: {first} בשורה {firstLine} מתחיל ביום, {second} בשורה {secondLine} בחודש; שמרו את הייצוא מחדש בתבנית תאריך אחת',
  'input.error.date-order-mixed.month-first':
    'Month: הקובץ מערבב סדרי תאריך: {first} בשורה {firstLine} מתחיל בחודש, {second} בשורה {secondLine} ביום; שמרו את הייצוא מחדש בתבנית תאריך אחת',
  'input.error.unreadable.json-syntax': 'הקובץ אינו JSON תקין: {detail} (שורה {line}, עמודה {column})',
  'input.error.unreadable.json-not-rows':
    'ה-JSON אינו מכיל שורות שימוש: נדרש מערך של אובייקטי שורה, { "value": [...] } או מסמך דוח',
  'input.error.unreadable.json-no-objects': 'מערך ה-JSON אינו מכיל אובייקטי שורה',
  'input.error.unreadable.gzip-unsupported':
    'הקובץ דחוס ב-gzip והדפדפן הזה אינו יכול לפרוס אותו (אין DecompressionStream): פרסו אותו קודם',
  'input.error.unreadable.gzip-broken': 'נתוני ה-gzip פגומים ({detail}): דחסו את הייצוא מחדש',
  // HTTP and its status read left to right as one run (U+2066 … U+2069) inside the right-to-left sentence.
  'input.error.http-status': 'לא ניתן לטעון את {url}: \u2066HTTP {status}\u2069',
  'input.error.network': 'לא ניתן לטעון את {url}: {detail}',
  'input.error.not-a-url': 'src: ‏{src} אינו כתובת URL',
  'input.error.source-missing': 'source "{id}" אינו מצביע על אף <dyn-usage-source> במסמך הזה',
  'input.error.source-missing.shadow-root': 'source "{id}" אינו מצביע על אף <dyn-usage-source> בשורש הצל הזה',
  'input.error.source-undefined':
    'source "{id}" מצביע על <dyn-usage-source> שאינו מוגדר (ייבאו את dyn-usage-kit/source, או את החבילה)',
  'input.error.source-not-source': 'source "{id}" מצביע על <{tag}>, לא על <dyn-usage-source>',
  'input.error.worker-failed': 'ה-worker של הניתוח נכשל: {detail}',
  'input.error.worker-unreadable': 'ה-worker של הניתוח שלח תוצאה שלא ניתן לקרוא',
  'input.error.worker-unavailable': 'לא ניתן לנתח ב-worker: {detail}',
  'input.error.code-unavailable': 'קוד התרשימים של המקטע לא נטען: {detail}',
  'input.error.filter-invalid': 'מסנן לא תקין: {detail}',
  'input.error.filter-report-document': 'filter: אי אפשר לסנן מסמך דוח; מסננים צריכים ייצוא',
  'input.freshness.asOf': 'נתונים נכון ל-{date}',
  'input.freshness.through': 'נתונים עד {month} (כולל)',
  'input.freshness.partial.rows': {
    other:
      'נראה שהנתונים של {month} חלקיים: מספר השורות {count} לעומת {previousCount} ב{previous}. ‏Partner Center מרענן את הנתונים כל 3 ימים.',
  },
  'input.freshness.partial.available': {
    other:
      'נראה שהנתונים של {month} חלקיים: מספר המושבים הזמינים {count} לעומת {previousCount} ב{previous}. ‏Partner Center מרענן את הנתונים כל 3 ימים.',
  },
} satisfies CatalogPart<'input'>;
