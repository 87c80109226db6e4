import type { CatalogPart } from '../../catalog.js';

/** The geo messages in he (see ../en/geo.ts). */
export default {
  'geo.title': 'שימוש ב-Dynamics לפי גאוגרפיה',
  'geo.count': {
    one: 'מדינה/אזור עם שימוש',
    two: 'מדינות/אזורים עם שימוש',
    other: 'מדינות/אזורים עם שימוש',
  },
  'geo.unmatched': {
    one: 'לא ניתן היה למקם שוק אחד במפה: {markets}',
    two: 'לא ניתן היה למקם שני שווקים במפה: {markets}',
    other: 'לא ניתן היה למקם {count} שווקים במפה: {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} (שורה אחת)',
    two: '{market} (שתי שורות)',
    other: '{market} ({count} שורות)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'המפה מציגה',
  'geo.map.label.available':
    'מפת העולם של מושבים זמינים לפי מדינה/אזור, {month}; ככל שהצבע חזק יותר, יש יותר מושבים.',
  'geo.map.label.active':
    'מפת העולם של מושבים פעילים לפי מדינה/אזור, {month}; ככל שהצבע חזק יותר, יש יותר מושבים.',
  'geo.map.keys': 'מקשים: + ו-− להגדלה ולהקטנה, חצים להזזה, 0 להצגת המפה כולה.',
  'geo.zoom.group': 'הגדלה והקטנה של המפה',
  'geo.zoom.in': 'הגדלה',
  'geo.zoom.out': 'הקטנה',
  'geo.zoom.home': 'בית',
  'geo.zoom.homeLabel': 'בית: חזרה למפה כולה',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'אין שורות',
  'geo.legend.small': 'מדינה או טריטוריה קטנה',
  'geo.grid.caption': 'מושבים לפי מדינה/אזור, {month}',
  'geo.grid.country': 'מדינה/אזור',
  'geo.search.label': 'חיפוש מדינות/אזורים',
  'geo.search.status': {
    one: '{shown} מתוך {count} מדינה/אזור',
    two: '{shown} מתוך {count} מדינות/אזורים',
    other: '{shown} מתוך {count} מדינות/אזורים',
  },
  'geo.search.noMatch': 'אין מדינה/אזור שתואמים ל-„{query}”.',
  'geo.csv.code': 'קוד',
  'geo.csv.market': 'שוק',
} satisfies CatalogPart<'geo'>;
