import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in de (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'Leistung der Abonnements',
  'subscriptions.search.label': 'Alle Kunden nach Name oder Mandanten-ID durchsuchen',
  'subscriptions.search.placeholder': 'Kunden oder Mandanten-IDs suchen',
  'subscriptions.download': 'Rohdaten herunterladen',
  'subscriptions.download.preparing': 'Wird vorbereitet…',
  'subscriptions.search.searching': 'Suche läuft…',
  'subscriptions.search.none': 'Kein Kunde passt zu „{query}“',
  'subscriptions.search.matches': {
    one: '{count} Kunde passt zu „{query}“',
    other: '{count} Kunden passen zu „{query}“',
  },
  'subscriptions.search.noRows': 'Kein Kunde passt zur Suche.',
  'subscriptions.rows.loading': 'Kunden werden geladen…',
  'subscriptions.rows.none': 'Keine Kunden vorhanden.',
  'subscriptions.rows.error': 'Diese Kunden konnten nicht geladen werden',
  'subscriptions.rows.invalid': 'Die Kunden von {url} konnten nicht gelesen werden: {detail}',
  'subscriptions.caption.top.revenue': {
    one: 'Top {ranked} von {count} Kunden, nach abgerechnetem Umsatz, {range}',
    other: 'Top {ranked} von {count} Kunden, nach abgerechnetem Umsatz, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: 'Top {ranked} von {count} Kunden, nach verfügbaren Seats im {month} (kein abgerechneter Umsatz in den Daten)',
    other:
      'Top {ranked} von {count} Kunden, nach verfügbaren Seats im {month} (kein abgerechneter Umsatz in den Daten)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'Der einzige Kunde, nach abgerechnetem Umsatz, {range}',
    other: 'Alle {count} Kunden, nach abgerechnetem Umsatz, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'Der einzige Kunde, nach verfügbaren Seats im {month} (kein abgerechneter Umsatz in den Daten)',
    other: 'Alle {count} Kunden, nach verfügbaren Seats im {month} (kein abgerechneter Umsatz in den Daten)',
  },
  'subscriptions.caption.search.revenue':
    'Kunden, die zu „{query}“ passen, nach abgerechnetem Umsatz, {range}',
  'subscriptions.caption.search.seats':
    'Kunden, die zu „{query}“ passen, nach verfügbaren Seats im {month} (kein abgerechneter Umsatz in den Daten)',
  'subscriptions.caption.top.seatsHidden': {
    one: 'Top {ranked} von {count} Kunden, nach verfügbaren Seats im {month}',
    other: 'Top {ranked} von {count} Kunden, nach verfügbaren Seats im {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'Der einzige Kunde, nach verfügbaren Seats im {month}',
    other: 'Alle {count} Kunden, nach verfügbaren Seats im {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Kunden, die zu „{query}“ passen, nach verfügbaren Seats im {month}',
  'subscriptions.caption.outside': {
    one: 'Kunden außerhalb der Top {count} haben hier keinen Rang.',
    other: 'Kunden außerhalb der Top {count} haben hier keinen Rang.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'Kunden außerhalb der Top {count} haben hier keinen Rang und keinen abgerechneten Umsatz.',
    other: 'Kunden außerhalb der Top {count} haben hier keinen Rang und keinen abgerechneten Umsatz.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': 'Rang',
  'subscriptions.column.customer': 'Kunde',
  'subscriptions.column.market': 'Markt',
  'subscriptions.column.segment': 'Kundensegment',
  'subscriptions.column.revenue': 'Abgerechneter Umsatz',
  'subscriptions.column.subscriptions': 'Abonnements',
  'subscriptions.column.trend': 'Verlauf aktive Nutzung',
  'subscriptions.trend.label': 'Aktive Nutzung in %, {from} {fromValue} bis {to} {toValue}',
  'subscriptions.subs.caption': 'Abonnements von {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Abonnement',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Verlauf',
  'subscriptions.subs.more': {
    one: '{shown} von {count} Abonnement angezeigt; der Rohdaten-Download enthält alle.',
    other: '{shown} von {count} Abonnements angezeigt; der Rohdaten-Download enthält alle.',
  },
  'subscriptions.pager.label': 'Kundenseiten',
  'subscriptions.pager.previous': 'Zurück',
  'subscriptions.pager.next': 'Weiter',
  'subscriptions.pager.range': '{start}–{end} von {total}',
  'subscriptions.csv.customerKey': 'Kundenschlüssel',
  'subscriptions.csv.revenue': 'Abgerechneter Umsatz (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Dynamics-Nutzung Abonnements',
  'subscriptions.file.search': 'suche',
} satisfies CatalogPart<'subscriptions'>;
