import type { CatalogPart } from '../../catalog.js';

/** The common messages in de (see ../en/common.ts). */
export default {
  'metric.available.label': 'Verfügbare Arbeitsplätze',
  'metric.available.short': 'Verfügbar',
  'metric.available.definition':
    'Verfügbare Arbeitsplätze: im Monat verkaufte Lizenzen (bezahlt und verfügbar).',
  'metric.assigned.label': 'Zugewiesene Arbeitsplätze',
  'metric.assigned.short': 'Zugewiesen',
  'metric.assigned.definition':
    'Zugewiesene Arbeitsplätze: Lizenzen, die im Monat Benutzern zugewiesen waren.',
  'metric.active.label': 'Aktive Arbeitsplätze',
  'metric.active.short': 'Aktiv',
  'metric.active.definition': 'Aktive Arbeitsplätze: Lizenzen, die in den letzten 28 Tagen genutzt wurden.',
  'metric.activePercent.label': 'Aktive Nutzung %',
  'metric.activePercent.short': 'Aktiv %',
  'metric.activePercent.definition':
    'Aktive Nutzung %: aktive Arbeitsplätze in Prozent der verfügbaren Arbeitsplätze. Der Wert kann 100 % übersteigen, da ein Arbeitsplatz als aktiv zählt, wenn er in den letzten 28 Tagen genutzt wurde.',
  'state.loading': 'Wird geladen…',
  'state.loadingData': 'Nutzungsdaten werden geladen',
  'state.loadingPercent': 'Wird geladen… {percent} ({loaded} von {total})',
  'state.loadingRead': 'Wird geladen… {loaded} gelesen',
  'state.kilobytes': '{value} kB',
  'state.megabytes': '{value} MB',
  'state.idle': 'Noch keine Daten: src, records oder report festlegen.',
  'state.emptyMonths': 'Keine Zeilen in den ausgewählten Monaten.',
  'state.emptyMonthsRange': 'Keine Zeilen in den ausgewählten Monaten ({range}).',
  'state.errorHeading': 'Dieser Abschnitt kann nicht angezeigt werden.',
  'state.errorUnknown': 'Unbekannter Fehler',
  'state.retry': 'Erneut versuchen',
  'range.months': '{from} – {to}',
  'notice.warnings': { one: '{count} Warnung', other: '{count} Warnungen' },
  'notice.skipped': { one: '{count} Zeile übersprungen', other: '{count} Zeilen übersprungen' },
  'notice.emptyAvailable': {
    one: '{count} Zeile ohne verfügbare Arbeitsplätze (als 0 gelesen)',
    other: '{count} Zeilen ohne verfügbare Arbeitsplätze (als 0 gelesen)',
  },
  'notice.line': 'Zeile {line}: {reason}',
  'notice.more': '… und {count} weitere',
  'menu.label': '{title}: herunterladen',
  'menu.options': 'Abschnittsoptionen',
  'menu.csv': 'Zahlen herunterladen (CSV)',
  'menu.svg': 'Bild herunterladen (SVG)',
  'menu.png': 'Bild herunterladen (PNG)',
  'menu.print': 'Drucken / als PDF speichern',
  'menu.copy': 'Bild kopieren',
  'export.copied': 'Bild kopiert. Sie können es jetzt einfügen.',
  'export.copyUnavailable':
    'Dieser Browser kann hier keine Bilder kopieren. Laden Sie stattdessen das PNG herunter.',
  'export.copyDenied':
    'Der Browser hat das Kopieren des Bildes nicht erlaubt. Laden Sie stattdessen das PNG herunter.',
  'export.imageFailed':
    'Das Bild konnte nicht erstellt werden. Laden Sie stattdessen die Zahlen (CSV) herunter.',
  'export.filters': 'Filter: {filters}',
  'export.filter': '{dimension}: {values}',
  'export.titleWith': '{title}: {detail}',
} satisfies CatalogPart<'common'>;
