import type { CatalogPart } from '../../catalog.js';

/** The insights messages in it (see ../en/insights.ts). */
export default {
  'insights.title': 'Approfondimenti',
  'insights.changes.heading': 'Cosa è cambiato da {from} a {to}',
  'insights.changes.none': 'Il periodo comprende un solo mese: non c’è ancora alcuna variazione da spiegare.',
  'insights.change.up': '{metric}: aumento di {change}, a {to}.',
  'insights.change.down': '{metric}: calo di {change}, a {to}.',
  'insights.change.flat': '{metric}: invariate a {to}.',
  'insights.drivers.sku': 'Per SKU',
  'insights.drivers.country': 'Per paese/area geografica',
  'insights.drivers.customer': 'Per cliente',
  'insights.drivers.other': {
    one: '{count} altro: {change}',
    many: '{count} di altri: {change}',
    other: '{count} altri: {change}',
  },
  'insights.percent.up':
    'L’utilizzo attivo % è aumentato di {change} punti fino a {to}: {seats} da postazioni attive acquisite o perse, {mix} da postazioni passate da uno SKU all’altro.',
  'insights.percent.down':
    'L’utilizzo attivo % è diminuito di {change} punti fino a {to}: {seats} da postazioni attive acquisite o perse, {mix} da postazioni passate da uno SKU all’altro.',
  'insights.percent.flat': 'L’utilizzo attivo % è rimasto a {to}.',
  'insights.percent.none': 'L’utilizzo attivo % non ha un valore: un mese non ha postazioni disponibili.',

  'insights.anomalies.heading': 'Mesi insoliti',
  'insights.anomalies.help':
    'Un mese la cui variazione rispetto al mese precedente si discosta molto dalla variazione abituale della serie: più di 5 deviazioni robuste e almeno il 5 % della dimensione della serie (5 punti per l’utilizzo attivo %). Gli SKU con meno di 100 postazioni non vengono valutati.',
  'insights.anomalies.none': 'Nessun mese insolito in questo periodo.',
  'insights.anomaly.total': '{month}: {metric} {value}, previsto tra {low} e {high}.',
  'insights.anomaly.sku': '{month}: {metric} di {sku} {value}, previsto tra {low} e {high}.',
  'insights.anomalies.more': {
    one: '… e {count} altro mese',
    many: '… e {count} di altri mesi',
    other: '… e altri {count} mesi',
  },
  'insights.marker.note': '{metric} a {month}: valore insolito, {value}; previsto tra {low} e {high}.',
  'insights.marker.cell': '{value} (insolito, previsto tra {low} e {high})',
  'insights.marker.legend': 'Mese insolito',

  'insights.lists.heading': 'Dove intervenire a {month}',
  'insights.search.label': 'Cerca clienti in questi elenchi',
  'insights.search.placeholder': 'Cerca clienti',
  'insights.search.none': 'Nessun cliente in questi elenchi corrisponde a “{query}”.',
  'insights.unassigned.heading': 'Più postazioni non assegnate',
  'insights.unassigned.help': 'Postazioni pagate ma non assegnate a un utente (disponibili − assegnate).',
  'insights.inactive.heading': 'Assegnate ma non usate',
  'insights.inactive.help':
    'Postazioni assegnate a utenti che non le hanno usate negli ultimi 28 giorni (assegnate − attive).',
  'insights.falling.heading': 'Calo più forte dell’utilizzo attivo',
  'insights.falling.help': 'Utilizzo attivo % a {to} rispetto a {from}, in punti percentuali.',
  'insights.list.empty': 'Nessun cliente in questo elenco.',
  'insights.column.customer': 'Cliente',
  'insights.column.seats': 'Postazioni',
  'insights.column.unassigned': 'Non assegnate',
  'insights.column.inactive': 'Inattive',
  'insights.column.fall': 'Calo (punti)',
  'insights.column.activePercent': 'Attive %',
  'insights.column.subscriptions': 'Sottoscrizioni',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Fine',
  'insights.column.days': 'Giorni dopo {month}',
  'insights.sort': 'Ordina per {column}',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': 'Mostra {name} nella tabella delle sottoscrizioni',

  'insights.renewals.heading': 'Rinnovi a rischio',
  'insights.renewals.help':
    'Sottoscrizioni che terminano entro {days} giorni da {month} con utilizzo attivo inferiore a {below}, prima quelle con più postazioni.',
  'insights.renewals.none':
    'Nessuna sottoscrizione in scadenza entro {days} giorni ha un utilizzo attivo inferiore a {below}.',
  'insights.renewals.noEndDates':
    'Questa esportazione non contiene date di fine degli abbonamenti (SubscriptionEndDate), quindi i rinnovi non possono essere elencati.',
  'insights.renewals.unavailable': 'Impossibile elencare i rinnovi: {reason}',
  'insights.renewals.unreadable': {
    one: '{count} data di fine non è una data ed è esclusa.',
    many: '{count} di date di fine non sono date e sono escluse.',
    other: '{count} date di fine non sono date e sono escluse.',
  },

  'insights.showAll': 'Mostra tutte ({count})',
  'insights.showFewer': 'Mostra meno',
  'insights.csv.list': 'Elenco',
  'insights.csv.value': 'Valore',
  'insights.fileName': 'approfondimenti-utilizzo-dynamics',
} satisfies CatalogPart<'insights'>;
