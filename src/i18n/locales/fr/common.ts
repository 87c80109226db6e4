import type { CatalogPart } from '../../catalog.js';

/** The common messages in fr (see ../en/common.ts). */
export default {
  'metric.available.label': 'Sièges disponibles',
  'metric.available.short': 'Disponibles',
  'metric.available.definition':
    'Sièges disponibles : licences vendues (payées et disponibles) au cours du mois.',
  'metric.assigned.label': 'Sièges attribués',
  'metric.assigned.short': 'Attribués',
  'metric.assigned.definition': 'Sièges attribués : licences attribuées à des utilisateurs au cours du mois.',
  'metric.active.label': 'Sièges actifs',
  'metric.active.short': 'Actifs',
  'metric.active.definition': 'Sièges actifs : licences utilisées au cours des 28 derniers jours.',
  'metric.activePercent.label': 'Utilisation active %',
  'metric.activePercent.short': 'Actifs %',
  'metric.activePercent.definition':
    'Utilisation active % : sièges actifs en pourcentage des sièges disponibles. Elle peut dépasser 100 %, car un siège compte comme actif s’il a été utilisé au cours des 28 derniers jours.',
  'state.loading': 'Chargement…',
  'state.loadingData': 'Chargement des données d’utilisation',
  'state.loadingPercent': 'Chargement… {percent} ({loaded} sur {total})',
  'state.loadingRead': 'Chargement… {loaded} lus',
  'state.kilobytes': '{value} ko',
  'state.megabytes': '{value} Mo',
  'state.idle': 'Aucune donnée pour l’instant : définissez src, records ou report.',
  'state.emptyMonths': 'Aucune ligne dans les mois sélectionnés.',
  'state.emptyMonthsRange': 'Aucune ligne dans les mois sélectionnés ({range}).',
  'state.errorHeading': 'Impossible d’afficher cette section.',
  'state.errorUnknown': 'Erreur inconnue',
  'state.retry': 'Réessayer',
  'range.months': '{from} – {to}',
  'notice.warnings': {
    one: '{count} avertissement',
    many: '{count} d’avertissements',
    other: '{count} avertissements',
  },
  'notice.skipped': {
    one: '{count} ligne ignorée',
    many: '{count} de lignes ignorées',
    other: '{count} lignes ignorées',
  },
  'notice.emptyAvailable': {
    one: '{count} ligne sans sièges disponibles (lue comme 0)',
    many: '{count} de lignes sans sièges disponibles (lues comme 0)',
    other: '{count} lignes sans sièges disponibles (lues comme 0)',
  },
  'notice.line': 'Ligne {line} : {reason}',
  'notice.more': '… et {count} de plus',
  'menu.label': '{title} : télécharger',
  'menu.options': 'Options de la section',
  'menu.csv': 'Télécharger les chiffres (CSV)',
  'menu.svg': 'Télécharger le graphique (SVG)',
  'menu.png': 'Télécharger le graphique (PNG)',
} satisfies CatalogPart<'common'>;
