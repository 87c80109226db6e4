import type { CatalogPart } from '../../catalog.js';

/** The summary messages in he (see ../en/summary.ts). */
export default {
  'summary.title': 'סיכום',
  'summary.change.vs': '{change} לעומת {month}',
  'summary.change.points': '{change} נק׳ אחוז',
  'summary.change.upSeats': {
    one: 'עלייה של מושב אחד לעומת {month}',
    two: 'עלייה של שני מושבים לעומת {month}',
    other: 'עלייה של {count} מושבים לעומת {month}',
  },
  'summary.change.downSeats': {
    one: 'ירידה של מושב אחד לעומת {month}',
    two: 'ירידה של שני מושבים לעומת {month}',
    other: 'ירידה של {count} מושבים לעומת {month}',
  },
  'summary.change.upPoints': {
    one: 'עלייה של נקודת אחוז אחת לעומת {month}',
    two: 'עלייה של שתי נקודות אחוז לעומת {month}',
    other: 'עלייה של {count} נקודות אחוז לעומת {month}',
  },
  'summary.change.downPoints': {
    one: 'ירידה של נקודת אחוז אחת לעומת {month}',
    two: 'ירידה של שתי נקודות אחוז לעומת {month}',
    other: 'ירידה של {count} נקודות אחוז לעומת {month}',
  },
  'summary.change.unchanged': 'ללא שינוי לעומת {month}',
  'summary.change.none': 'אין חודש קודם להשוואה',
  'summary.spark.label':
    '{metric}, {from} עד {to}: מ-{first} ל-{last}. השתמשו במקשי החיצים כדי לקרוא כל חודש.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'סיכום לפי חודש',
  'summary.table.month': 'חודש',
} satisfies CatalogPart<'summary'>;
