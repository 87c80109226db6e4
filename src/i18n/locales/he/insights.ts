import type { CatalogPart } from '../../catalog.js';

/** The insights messages in he (see ../en/insights.ts). */
export default {
  'insights.title': 'תובנות',
  'insights.changes.heading': 'מה השתנה מ{from} עד {to}',
  'insights.changes.none': 'התקופה כוללת חודש אחד: עדיין אין שינוי להסביר.',
  'insights.change.up': '{metric}: עלייה של {change}, ל-{to}.',
  'insights.change.down': '{metric}: ירידה של {change}, ל-{to}.',
  'insights.change.flat': '{metric}: ללא שינוי, {to}.',
  'insights.drivers.sku': 'לפי SKU',
  'insights.drivers.country': 'לפי מדינה/אזור',
  'insights.drivers.customer': 'לפי לקוח',
  'insights.drivers.other': {
    one: 'עוד אחד: {change}',
    two: 'עוד שניים: {change}',
    other: 'עוד {count}: {change}',
  },
  'insights.percent.up':
    'שימוש פעיל % עלה ב-{change} נקודות אחוז ל-{to}, מהן {seats} ממושבים פעילים שנוספו או אבדו ו-{mix} ממושבים שעברו בין SKU-ים.',
  'insights.percent.down':
    'שימוש פעיל % ירד ב-{change} נקודות אחוז ל-{to}, מהן {seats} ממושבים פעילים שנוספו או אבדו ו-{mix} ממושבים שעברו בין SKU-ים.',
  'insights.percent.flat': 'שימוש פעיל % נשאר {to}.',
  'insights.percent.none': 'לשימוש פעיל % אין ערך: באחד החודשים אין מושבים זמינים.',

  'insights.anomalies.heading': 'חודשים חריגים',
  'insights.anomalies.help':
    'חודש שהשינוי שלו לעומת החודש הקודם רחוק מהשינוי הרגיל בסדרה: יותר מ-5 סטיות חסינות ולפחות 5% מגודל הסדרה (5 נקודות בשימוש פעיל %). מק״טים עם פחות מ-100 מושבים אינם נבדקים.',
  'insights.anomalies.none': 'אין חודשים חריגים בתקופה זו.',
  'insights.anomaly.total': '{month}: {metric} {value}, צפוי {low} עד {high}.',
  'insights.anomaly.sku': '{month}: {metric} של {sku} {value}, צפוי {low} עד {high}.',
  'insights.anomalies.more': {
    one: '… ועוד חודש אחד',
    two: '… ועוד חודשיים',
    other: '… ועוד {count} חודשים',
  },
  'insights.marker.note': '{metric} בחודש {month} חריג: {value}, צפוי בין {low} ל-{high}.',
  'insights.marker.cell': '{value} (חריג, צפוי בין {low} ל-{high})',
  'insights.marker.legend': 'חודש חריג',

  'insights.lists.heading': 'היכן לפעול ב{month}',
  'insights.search.label': 'חיפוש לקוחות ברשימות אלה',
  'insights.search.placeholder': 'חיפוש לקוחות',
  'insights.search.none': 'אין לקוח ברשימות אלה שתואם ל-“{query}”.',
  'insights.unassigned.heading': 'הכי הרבה מושבים לא מוקצים',
  'insights.unassigned.help': 'מושבים ששולם עליהם אך לא הוקצו למשתמש (זמינים − מוקצים).',
  'insights.inactive.heading': 'מוקצים אך לא בשימוש',
  'insights.inactive.help': 'מושבים שהוקצו למשתמשים שלא השתמשו בהם ב-28 הימים האחרונים (מוקצים − פעילים).',
  'insights.falling.heading': 'הירידה החדה ביותר בשימוש הפעיל',
  'insights.falling.help': 'שימוש פעיל % ב{to} לעומת {from}, בנקודות אחוז.',
  'insights.list.empty': 'אין לקוחות ברשימה זו.',
  'insights.column.customer': 'לקוח',
  'insights.column.seats': 'מושבים',
  'insights.column.unassigned': 'לא מוקצים',
  'insights.column.inactive': 'לא פעילים',
  'insights.column.fall': 'ירידה (נק׳)',
  'insights.column.activePercent': 'פעילים %',
  'insights.column.subscriptions': 'מינויים',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'תאריך סיום',
  'insights.column.days': 'ימים אחרי {month}',
  'insights.sort': 'מיון לפי {column}',
  // One left-to-right run (U+2066 … U+2069), so that the arrow points from the old figure to the new one.
  'insights.percentFromTo': '\u2066{from} → {to}\u2069',
  'insights.showCustomer': 'הצגת {name} בטבלת המינויים',

  'insights.renewals.heading': 'חידושים בסיכון',
  'insights.renewals.help':
    'מינויים שמסתיימים בתוך {days} ימים אחרי {month} עם שימוש פעיל מתחת ל-{below}, ממוינים מהרבים במושבים למעטים.',
  'insights.renewals.none': 'אין מינוי שמסתיים בתוך {days} ימים עם שימוש פעיל מתחת ל-{below}.',
  'insights.renewals.noEndDates':
    'בייצוא הזה אין תאריכי סיום של מינויים (SubscriptionEndDate), ולכן אי אפשר להציג חידושים.',
  'insights.renewals.unavailable': 'לא ניתן להציג את החידושים: {reason}',
  'insights.renewals.unreadable': {
    one: 'תאריך סיום אחד אינו תאריך והושמט.',
    two: 'שני תאריכי סיום אינם תאריכים והושמטו.',
    other: '{count} תאריכי סיום אינם תאריכים והושמטו.',
  },

  'insights.showAll': 'הצגת כל ה-{count}',
  'insights.showFewer': 'הצגת פחות',
  'insights.csv.list': 'רשימה',
  'insights.csv.value': 'ערך',
  'insights.fileName': 'תובנות-שימוש-dynamics',
} satisfies CatalogPart<'insights'>;
