import type { CatalogPart } from '../../catalog.js';

/** The geo messages in de (see ../en/geo.ts). */
export default {
  'geo.title': 'Dynamics-Nutzung nach Geografie',
  'geo.count': {
    one: 'Land/Region mit Nutzung',
    other: 'Länder/Regionen mit Nutzung',
  },
  'geo.unmatched': {
    one: '{count} Markt konnte nicht auf der Karte platziert werden: {markets}',
    other: '{count} Märkte konnten nicht auf der Karte platziert werden: {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} ({count} Zeile)',
    other: '{market} ({count} Zeilen)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'Karte zeigt',
  'geo.map.label.available':
    'Weltkarte der verfügbaren Arbeitsplätze nach Land/Region, {month}; je kräftiger die Farbe, desto mehr Arbeitsplätze.',
  'geo.map.label.active':
    'Weltkarte der aktiven Arbeitsplätze nach Land/Region, {month}; je kräftiger die Farbe, desto mehr Arbeitsplätze.',
  'geo.map.keys': 'Tasten: + und − zoomen, Pfeiltasten verschieben, 0 zeigt die ganze Karte.',
  'geo.zoom.group': 'Kartenzoom',
  'geo.zoom.in': 'Vergrößern',
  'geo.zoom.out': 'Verkleinern',
  'geo.zoom.home': 'Start',
  'geo.zoom.homeLabel': 'Start: zurück zur ganzen Karte',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'Keine Zeilen',
  'geo.legend.small': 'Kleines Land oder Gebiet',
  'geo.grid.caption': 'Arbeitsplätze nach Land/Region, {month}',
  'geo.grid.country': 'Land/Region',
  'geo.search.label': 'Länder/Regionen suchen',
  'geo.search.status': {
    one: '{shown} von {count} Land/Region',
    other: '{shown} von {count} Ländern/Regionen',
  },
  'geo.search.noMatch': 'Kein Land/keine Region passt zu „{query}“.',
  'geo.csv.code': 'Ländercode',
  'geo.csv.market': 'Markt',
} satisfies CatalogPart<'geo'>;
