import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in nl (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'Prestaties van abonnementen',
  'subscriptions.search.label': 'Alle klanten zoeken op naam of tenant-ID',
  'subscriptions.search.placeholder': 'Klanten of tenant-ID’s zoeken',
  'subscriptions.download': 'Ruwe gegevens downloaden',
  'subscriptions.download.preparing': 'Voorbereiden…',
  'subscriptions.search.searching': 'Zoeken…',
  'subscriptions.search.none': 'Geen klant gevonden voor “{query}”',
  'subscriptions.search.matches': {
    one: '{count} klant gevonden voor “{query}”',
    other: '{count} klanten gevonden voor “{query}”',
  },
  'subscriptions.search.noRows': 'Geen klant gevonden voor deze zoekopdracht.',
  'subscriptions.rows.loading': 'Klanten laden…',
  'subscriptions.rows.none': 'Geen klanten om te tonen.',
  'subscriptions.rows.error': 'Kan deze klanten niet laden',
  'subscriptions.rows.invalid': 'Kan de klanten van {url} niet lezen: {detail}',
  'subscriptions.caption.top.revenue': {
    one: 'Top {ranked} van {count} klant, gerangschikt op gefactureerde omzet, {range}',
    other: 'Top {ranked} van {count} klanten, gerangschikt op gefactureerde omzet, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: 'Top {ranked} van {count} klant, gerangschikt op beschikbare seats in {month} (geen gefactureerde omzet in de gegevens)',
    other:
      'Top {ranked} van {count} klanten, gerangschikt op beschikbare seats in {month} (geen gefactureerde omzet in de gegevens)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'De enige klant, gerangschikt op gefactureerde omzet, {range}',
    other: 'Alle {count} klanten, gerangschikt op gefactureerde omzet, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'De enige klant, gerangschikt op beschikbare seats in {month} (geen gefactureerde omzet in de gegevens)',
    other:
      'Alle {count} klanten, gerangschikt op beschikbare seats in {month} (geen gefactureerde omzet in de gegevens)',
  },
  'subscriptions.caption.search.revenue':
    'Klanten die overeenkomen met “{query}”, gerangschikt op gefactureerde omzet, {range}',
  'subscriptions.caption.search.seats':
    'Klanten die overeenkomen met “{query}”, gerangschikt op beschikbare seats in {month} (geen gefactureerde omzet in de gegevens)',
  'subscriptions.caption.top.seatsHidden': {
    one: 'Top {ranked} van {count} klant, gerangschikt op beschikbare seats in {month}',
    other: 'Top {ranked} van {count} klanten, gerangschikt op beschikbare seats in {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'De enige klant, gerangschikt op beschikbare seats in {month}',
    other: 'Alle {count} klanten, gerangschikt op beschikbare seats in {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Klanten die overeenkomen met “{query}”, gerangschikt op beschikbare seats in {month}',
  'subscriptions.caption.outside': {
    one: 'Klanten buiten de top {count} hebben hier geen rang.',
    other: 'Klanten buiten de top {count} hebben hier geen rang.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'Klanten buiten de top {count} hebben hier geen rang en geen gefactureerde omzet.',
    other: 'Klanten buiten de top {count} hebben hier geen rang en geen gefactureerde omzet.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': 'Rang',
  'subscriptions.column.customer': 'Klant',
  'subscriptions.column.market': 'Markt',
  'subscriptions.column.segment': 'Klantsegment',
  'subscriptions.column.revenue': 'Gefactureerde omzet',
  'subscriptions.column.subscriptions': 'Abonnementen',
  'subscriptions.column.trend': 'Trend actief gebruik',
  'subscriptions.trend.label': 'Actief gebruik %, {from} {fromValue} tot {to} {toValue}',
  'subscriptions.subs.caption': 'Abonnementen van {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Abonnement',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Verloop',
  'subscriptions.subs.more': {
    one: '{shown} van {count} abonnement getoond; de download van de ruwe gegevens bevat ze allemaal.',
    other: '{shown} van {count} abonnementen getoond; de download van de ruwe gegevens bevat ze allemaal.',
  },
  'subscriptions.pager.label': 'Pagina’s met klanten',
  'subscriptions.pager.previous': 'Vorige',
  'subscriptions.pager.next': 'Volgende',
  'subscriptions.pager.range': '{start}–{end} van {total}',
  'subscriptions.csv.customerKey': 'Klantsleutel',
  'subscriptions.csv.revenue': 'Gefactureerde omzet (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Dynamics-gebruik abonnementen',
  'subscriptions.file.search': 'zoeken',
} satisfies CatalogPart<'subscriptions'>;
