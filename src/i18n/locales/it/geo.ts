import type { CatalogPart } from '../../catalog.js';

/** The geo messages in it (see ../en/geo.ts). */
export default {
  'geo.title': 'Utilizzo di Dynamics per area geografica',
  'geo.count': {
    one: 'paese/area geografica con utilizzo',
    many: 'di paesi/aree geografiche con utilizzo',
    other: 'paesi/aree geografiche con utilizzo',
  },
  'geo.unmatched': {
    one: '{count} mercato non è stato collocato sulla mappa: {markets}',
    many: '{count} di mercati non sono stati collocati sulla mappa: {markets}',
    other: '{count} mercati non sono stati collocati sulla mappa: {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} ({count} riga)',
    many: '{market} ({count} di righe)',
    other: '{market} ({count} righe)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'La mappa mostra',
  'geo.map.label.available':
    'Mappa del mondo delle postazioni disponibili per paese/area geografica, {month}; più intenso è il colore, più postazioni ci sono.',
  'geo.map.label.active':
    'Mappa del mondo delle postazioni attive per paese/area geografica, {month}; più intenso è il colore, più postazioni ci sono.',
  'geo.map.keys': 'Tasti: + e − per lo zoom, frecce per spostarsi, 0 mostra l’intera mappa.',
  'geo.zoom.group': 'Zoom della mappa',
  'geo.zoom.in': 'Zoom avanti',
  'geo.zoom.out': 'Zoom indietro',
  'geo.zoom.home': 'Inizio',
  'geo.zoom.homeLabel': 'Inizio: torna all’intera mappa',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'Nessuna riga',
  'geo.legend.small': 'Piccolo paese o territorio',
  'geo.grid.caption': 'Postazioni per paese/area geografica, {month}',
  'geo.grid.country': 'Paese/area geografica',
  'geo.search.label': 'Cerca paesi/aree geografiche',
  'geo.search.status': {
    one: '{shown} di {count} paese/area geografica',
    many: '{shown} di {count} di paesi/aree geografiche',
    other: '{shown} di {count} paesi/aree geografiche',
  },
  'geo.search.noMatch': 'Nessun paese/area geografica corrisponde a «{query}».',
  'geo.csv.code': 'Codice',
  'geo.csv.market': 'Mercato',
} satisfies CatalogPart<'geo'>;
