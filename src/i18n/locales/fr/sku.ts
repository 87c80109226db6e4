import type { CatalogPart } from '../../catalog.js';

/** The sku messages in fr (see ../en/sku.ts). */
export default {
  'sku.title': 'Utilisation de Dynamics par SKU',
  'sku.view.group': 'Affichage',
  'sku.view.single': 'Une SKU',
  'sku.view.compare': 'Comparer les SKU',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKU',
  'sku.picker.none': 'Aucune SKU correspondante',
  'sku.picker.matches': {
    one: '{count} SKU correspondante',
    many: '{count} SKU correspondantes',
    other: '{count} SKU correspondantes',
  },
  'sku.metric.label': 'Mesure',
  'sku.sharedScale': 'Même échelle pour toutes',
  'sku.missing': 'Aucune ligne pour « {sku} » sur ces mois ; affichage de {shown}.',
  'sku.chart.label':
    '{sku} : sièges disponibles, attribués et actifs par mois, de {from} à {to}. En {month} : {available} disponibles, {assigned} attribués, {active} actifs. Utilisez les touches fléchées pour lire chaque mois.',
  'sku.legend.label': 'Séries de {sku}',
  'sku.readout': '{month} : {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku} : {note}',
  'sku.multiples.label.own': {
    one: '{metric} par SKU, de {from} à {to} : {count} petit graphique. Utilisez les touches fléchées pour lire chaque mois.',
    many: '{metric} par SKU, de {from} à {to} : {count} petits graphiques, chacun à sa propre échelle. Utilisez les touches fléchées pour lire chaque mois.',
    other:
      '{metric} par SKU, de {from} à {to} : {count} petits graphiques, chacun à sa propre échelle. Utilisez les touches fléchées pour lire chaque mois.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} par SKU, de {from} à {to} : {count} petit graphique. Utilisez les touches fléchées pour lire chaque mois.',
    many: '{metric} par SKU, de {from} à {to} : {count} petits graphiques, sur une même échelle. Utilisez les touches fléchées pour lire chaque mois.',
    other:
      '{metric} par SKU, de {from} à {to} : {count} petits graphiques, sur une même échelle. Utilisez les touches fléchées pour lire chaque mois.',
  },
  'sku.table.single': '{sku} : sièges par mois',
  'sku.table.compare': '{metric} par SKU et par mois',
  'sku.table.month': 'Mois',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Mois',
} satisfies CatalogPart<'sku'>;
