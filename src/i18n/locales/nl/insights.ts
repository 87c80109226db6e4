import type { CatalogPart } from '../../catalog.js';

/** The insights messages in nl (see ../en/insights.ts). */
export default {
  'insights.title': 'Inzichten',
  'insights.changes.heading': 'Wat er veranderde van {from} tot {to}',
  'insights.changes.none': 'De periode telt één maand: er is nog geen verandering om te verklaren.',
  'insights.change.up': '{metric} stegen met {change} tot {to}.',
  'insights.change.down': '{metric} daalden met {change} tot {to}.',
  'insights.change.flat': '{metric} bleven op {to}.',
  'insights.drivers.sku': 'Per SKU',
  'insights.drivers.country': 'Per land/regio',
  'insights.drivers.customer': 'Per klant',
  'insights.drivers.other': { one: '{count} andere: {change}', other: '{count} andere: {change}' },
  'insights.percent.up':
    'Actief gebruik % steeg met {change} procentpunt tot {to}: {seats} door gewonnen of verloren actieve seats, {mix} door seats die tussen SKU’s verschoven.',
  'insights.percent.down':
    'Actief gebruik % daalde met {change} procentpunt tot {to}: {seats} door gewonnen of verloren actieve seats, {mix} door seats die tussen SKU’s verschoven.',
  'insights.percent.flat': 'Actief gebruik % bleef op {to}.',
  'insights.percent.none': 'Actief gebruik % heeft geen waarde: een maand heeft geen beschikbare seats.',

  'insights.anomalies.heading': 'Ongewone maanden',
  'insights.anomalies.help':
    'Een maand waarvan de verandering ten opzichte van de vorige maand ver afwijkt van de gebruikelijke verandering in de reeks: meer dan 5 robuuste afwijkingen en minstens 5 % van de omvang van de reeks (5 procentpunt bij actief gebruik %). SKU’s met minder dan 100 seats worden niet beoordeeld.',
  'insights.anomalies.none': 'Geen ongewone maanden in deze periode.',
  'insights.anomaly.total': '{month}: {metric} {value}, verwacht {low} tot {high}.',
  'insights.anomaly.sku': '{month}: {metric} van {sku} {value}, verwacht {low} tot {high}.',
  'insights.anomalies.more': { one: '… en nog {count} maand', other: '… en nog {count} maanden' },
  'insights.marker.note': '{metric} in {month} is ongewoon: {value}, verwacht {low} tot {high}.',
  'insights.marker.cell': '{value} (ongewoon, verwacht {low} tot {high})',
  'insights.marker.legend': 'Ongewone maand',

  'insights.lists.heading': 'Waar u in {month} actie kunt ondernemen',
  'insights.search.label': 'Klanten in deze lijsten zoeken',
  'insights.search.placeholder': 'Klanten zoeken',
  'insights.search.none': 'Geen klant in deze lijsten komt overeen met “{query}”.',
  'insights.unassigned.heading': 'Meeste niet-toegewezen seats',
  'insights.unassigned.help':
    'Betaalde seats die niet aan een gebruiker zijn toegewezen (beschikbaar − toegewezen).',
  'insights.inactive.heading': 'Toegewezen maar niet gebruikt',
  'insights.inactive.help':
    'Seats toegewezen aan gebruikers die ze de afgelopen 28 dagen niet hebben gebruikt (toegewezen − actief).',
  'insights.falling.heading': 'Sterkste daling in actief gebruik',
  'insights.falling.help': 'Actief gebruik % in {to} ten opzichte van {from}, in procentpunten.',
  'insights.list.empty': 'Geen klant in deze lijst.',
  'insights.column.customer': 'Klant',
  'insights.column.seats': 'Aantal seats',
  'insights.column.unassigned': 'Niet toegewezen',
  'insights.column.inactive': 'Inactief',
  'insights.column.fall': 'Daling (%-punt)',
  'insights.column.activePercent': 'Actief %',
  'insights.column.subscriptions': 'Abonnementen',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Einddatum',
  'insights.column.days': 'Dagen na {month}',
  'insights.sort': 'Sorteren op {column}',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': '{name} tonen in de abonnemententabel',

  'insights.renewals.heading': 'Verlengingen met risico',
  'insights.renewals.help':
    'Abonnementen die binnen {days} dagen na {month} eindigen met actief gebruik onder {below}, meeste seats eerst.',
  'insights.renewals.none':
    'Geen abonnement dat binnen {days} dagen eindigt, heeft actief gebruik onder {below}.',
  'insights.renewals.noEndDates':
    'Deze export heeft geen einddatums van abonnementen (SubscriptionEndDate), dus verlengingen kunnen niet worden getoond.',
  'insights.renewals.unavailable': 'Verlengingen kunnen niet worden weergegeven: {reason}',
  'insights.renewals.unreadable': {
    one: '{count} einddatum is geen datum en wordt weggelaten.',
    other: '{count} einddatums zijn geen datums en worden weggelaten.',
  },

  'insights.showAll': 'Alle {count} tonen',
  'insights.showFewer': 'Minder tonen',
  'insights.csv.list': 'Lijst',
  'insights.csv.value': 'Waarde',
  'insights.fileName': 'dynamics-gebruiksinzichten',
} satisfies CatalogPart<'insights'>;
