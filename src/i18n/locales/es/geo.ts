import type { CatalogPart } from '../../catalog.js';

/** The geo messages in es (see ../en/geo.ts). */
export default {
  'geo.title': 'Uso de Dynamics por geografía',
  'geo.count': {
    one: 'país/región con uso',
    many: 'de países/regiones con uso',
    other: 'países/regiones con uso',
  },
  'geo.unmatched': {
    one: '{count} mercado no se pudo situar en el mapa: {markets}',
    many: '{count} de mercados no se pudieron situar en el mapa: {markets}',
    other: '{count} mercados no se pudieron situar en el mapa: {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} ({count} fila)',
    many: '{market} ({count} de filas)',
    other: '{market} ({count} filas)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'El mapa muestra',
  'geo.map.label.available':
    'Mapa mundial de puestos disponibles por país/región, {month}; cuanto más intenso es el color, más puestos.',
  'geo.map.label.active':
    'Mapa mundial de puestos activos por país/región, {month}; cuanto más intenso es el color, más puestos.',
  'geo.map.keys': 'Teclas: + y − acercan y alejan, las flechas desplazan, 0 muestra el mapa completo.',
  'geo.zoom.group': 'Zoom del mapa',
  'geo.zoom.in': 'Acercar',
  'geo.zoom.out': 'Alejar',
  'geo.zoom.home': 'Inicio',
  'geo.zoom.homeLabel': 'Inicio: volver al mapa completo',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'Sin filas',
  'geo.legend.small': 'País o territorio pequeño',
  'geo.grid.caption': 'Puestos por país/región, {month}',
  'geo.grid.country': 'País/región',
  'geo.search.label': 'Buscar países/regiones',
  'geo.search.status': {
    one: '{shown} de {count} país/región',
    many: '{shown} de {count} de países/regiones',
    other: '{shown} de {count} países/regiones',
  },
  'geo.search.noMatch': 'Ningún país/región coincide con «{query}».',
  'geo.csv.code': 'Código',
  'geo.csv.market': 'Mercado',
} satisfies CatalogPart<'geo'>;
