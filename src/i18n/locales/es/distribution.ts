import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in es (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Distribución del uso de Dynamics',
  'distribution.skus': { one: '{count} SKU', many: '{count} de SKU', other: '{count} SKU' },
  'distribution.availableSeats': {
    one: '{count} puesto disponible',
    many: '{count} de puestos disponibles',
    other: '{count} puestos disponibles',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote':
    'Todas las SKU son productos de {prefix}; los nombres se muestran sin «{prefix}».',
  'distribution.other': 'Otros ({skus})',
  'distribution.empty.noMonth': 'No hay ningún mes que mostrar.',
  'distribution.empty.noRows': 'No hay filas en {month}.',
  'distribution.legend': 'Series de puestos',
  'distribution.showAll': {
    one: 'Mostrar {count} SKU',
    many: 'Mostrar los {count} de SKU',
    other: 'Mostrar los {count} SKU',
  },
  'distribution.showTop': 'Mostrar los {count} primeros',
  'distribution.chart.label':
    'Puestos disponibles, asignados y activos por SKU, {month}: {shown}. Las teclas de flecha leen cada SKU.',
  'distribution.chart.labelLargest':
    'Puestos disponibles, asignados y activos por SKU, {month}: {shown}. Mayor: {sku}, {seats} de {total} puestos disponibles ({share}). Las teclas de flecha leen cada SKU.',
  'distribution.shown.top': 'los {top} primeros de {skus} y Otros',
  'distribution.readout':
    '{sku}: {available} disponibles, {availableShare} del total disponible; {assigned} asignados; {active} activos, {activeShare} del total activo',
  'distribution.tooltip.share': '{seats} · {share} del total',
  'distribution.table.caption': 'Puestos por SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Parte de disponibles',
  'distribution.table.shareActive': 'Parte de activos',
  'distribution.csv.shareAvailable': 'Parte de disponibles %',
} satisfies CatalogPart<'distribution'>;
