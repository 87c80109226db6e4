import type { CatalogPart } from '../../catalog.js';

/** The insights messages in de (see ../en/insights.ts). */
export default {
  'insights.title': 'Einblicke',
  'insights.changes.heading': 'Was sich von {from} bis {to} geändert hat',
  'insights.changes.none': 'Der Zeitraum umfasst einen Monat: Es gibt noch keine Änderung zu erklären.',
  'insights.change.up': '{metric} stiegen um {change} auf {to}.',
  'insights.change.down': '{metric} sanken um {change} auf {to}.',
  'insights.change.flat': '{metric} blieben bei {to}.',
  'insights.drivers.sku': 'Nach SKU',
  'insights.drivers.country': 'Nach Land/Region',
  'insights.drivers.customer': 'Nach Kunde',
  'insights.drivers.other': { one: '{count} weiterer: {change}', other: '{count} weitere: {change}' },
  'insights.percent.up':
    'Aktive Nutzung % stieg um {change} Pp. auf {to}: {seats} durch gewonnene oder verlorene aktive Arbeitsplätze, {mix} durch Verschiebungen von Arbeitsplätzen zwischen SKUs.',
  'insights.percent.down':
    'Aktive Nutzung % sank um {change} Pp. auf {to}: {seats} durch gewonnene oder verlorene aktive Arbeitsplätze, {mix} durch Verschiebungen von Arbeitsplätzen zwischen SKUs.',
  'insights.percent.flat': 'Aktive Nutzung % blieb bei {to}.',
  'insights.percent.none': 'Aktive Nutzung % hat keinen Wert: Ein Monat hat keine verfügbaren Arbeitsplätze.',

  'insights.anomalies.heading': 'Ungewöhnliche Monate',
  'insights.anomalies.help':
    'Ein Monat, dessen Änderung zum Vormonat weit von der üblichen Änderung der Reihe abweicht: mehr als 5 robuste Abweichungen und mindestens 5 % der Größe der Reihe (5 Prozentpunkte bei aktiver Nutzung %). SKUs mit weniger als 100 Arbeitsplätzen werden nicht bewertet.',
  'insights.anomalies.none': 'Keine ungewöhnlichen Monate in diesem Zeitraum.',
  'insights.anomaly.total': '{month}: {metric} {value}, erwartet {low} bis {high}.',
  'insights.anomaly.sku': '{month}: {metric} von {sku} {value}, erwartet {low} bis {high}.',
  'insights.anomalies.more': { one: '… und {count} weiterer Monat', other: '… und {count} weitere Monate' },
  'insights.marker.note': '{metric} im {month} ungewöhnlich: {value}, erwartet {low} bis {high}.',
  'insights.marker.cell': '{value} (ungewöhnlich, erwartet {low} bis {high})',
  'insights.marker.legend': 'Ungewöhnlicher Monat',

  'insights.lists.heading': 'Handlungsbedarf im {month}',
  'insights.search.label': 'Kunden in diesen Listen suchen',
  'insights.search.placeholder': 'Kunden suchen',
  'insights.search.none': 'Kein Kunde in diesen Listen passt zu „{query}“.',
  'insights.unassigned.heading': 'Die meisten nicht zugewiesenen Arbeitsplätze',
  'insights.unassigned.help':
    'Bezahlte Arbeitsplätze, die keinem Benutzer zugewiesen sind (verfügbar − zugewiesen).',
  'insights.inactive.heading': 'Zugewiesen, aber nicht genutzt',
  'insights.inactive.help':
    'Arbeitsplätze von Benutzern, die sie in den letzten 28 Tagen nicht genutzt haben (zugewiesen − aktiv).',
  'insights.falling.heading': 'Stärkster Rückgang der aktiven Nutzung',
  'insights.falling.help': 'Aktive Nutzung % im {to} gegenüber {from}, in Prozentpunkten.',
  'insights.list.empty': 'Kein Kunde in dieser Liste.',
  'insights.column.customer': 'Kunde',
  'insights.column.seats': 'Arbeitsplätze',
  'insights.column.unassigned': 'Nicht zugewiesen',
  'insights.column.inactive': 'Inaktiv',
  'insights.column.fall': 'Rückgang (Pp.)',
  'insights.column.activePercent': 'Aktiv %',
  'insights.column.subscriptions': 'Abonnements',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Endet',
  'insights.column.days': 'Tage nach {month}',
  'insights.sort': 'Nach {column} sortieren',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': '{name} in der Abonnementtabelle anzeigen',

  'insights.renewals.heading': 'Gefährdete Verlängerungen',
  'insights.renewals.help':
    'Abonnements, die bis {days} Tage nach {month} enden und eine aktive Nutzung unter {below} haben; die mit den meisten Arbeitsplätzen zuerst.',
  'insights.renewals.none':
    'Kein Abonnement, das innerhalb von {days} Tagen endet, hat eine aktive Nutzung unter {below}.',
  'insights.renewals.noEndDates':
    'Dieser Export enthält keine Enddaten der Abonnements (SubscriptionEndDate), daher können keine Verlängerungen aufgeführt werden.',
  'insights.renewals.unavailable': 'Verlängerungen können nicht aufgelistet werden: {reason}',
  'insights.renewals.unreadable': {
    one: '{count} Enddatum ist kein Datum und wird ausgelassen.',
    other: '{count} Enddaten sind keine Daten und werden ausgelassen.',
  },

  'insights.showAll': 'Alle {count} anzeigen',
  'insights.showFewer': 'Weniger anzeigen',
  'insights.csv.list': 'Liste',
  'insights.csv.value': 'Wert',
  'insights.fileName': 'dynamics-nutzung-einblicke',
} satisfies CatalogPart<'insights'>;
