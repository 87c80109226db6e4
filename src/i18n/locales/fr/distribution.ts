import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in fr (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Distribution de l’utilisation de Dynamics',
  'distribution.skus': { one: '{count} SKU', many: '{count} de SKU', other: '{count} SKU' },
  'distribution.availableSeats': {
    one: '{count} siège disponible',
    many: '{count} de sièges disponibles',
    other: '{count} sièges disponibles',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'Tous les SKU sont des produits {prefix} ; noms affichés sans « {prefix} ».',
  'distribution.other': 'Autres ({skus})',
  'distribution.empty.noMonth': 'Aucun mois à afficher.',
  'distribution.empty.noRows': 'Aucune ligne en {month}.',
  'distribution.legend': 'Séries de sièges',
  'distribution.showAll': {
    one: 'Afficher {count} SKU',
    many: 'Afficher les {count} de SKU',
    other: 'Afficher les {count} SKU',
  },
  'distribution.showTop': 'Afficher le top {count}',
  'distribution.chart.label':
    'Sièges disponibles, attribués et actifs par SKU, {month} : {shown}. Les touches fléchées lisent chaque SKU.',
  'distribution.chart.labelLargest':
    'Sièges disponibles, attribués et actifs par SKU, {month} : {shown}. Le plus grand : {sku}, {seats} sur {total} sièges disponibles ({share}). Les touches fléchées lisent chaque SKU.',
  'distribution.shown.top': 'top {top} sur {skus} et Autres',
  'distribution.readout':
    '{sku} : {available} disponibles, {availableShare} de tous les disponibles ; {assigned} attribués ; {active} actifs, {activeShare} de tous les actifs',
  'distribution.tooltip.share': '{seats} · {share} du total',
  'distribution.table.caption': 'Sièges par SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Part des disponibles',
  'distribution.table.shareActive': 'Part des actifs',
  'distribution.csv.shareAvailable': 'Part des disponibles %',
} satisfies CatalogPart<'distribution'>;
