import type { CatalogPart } from '../../catalog.js';

/** The insights messages in fr (see ../en/insights.ts). */
export default {
  'insights.title': 'Analyses',
  'insights.changes.heading': 'Ce qui a changé de {from} à {to}',
  'insights.changes.none': 'La période ne compte qu’un mois : il n’y a encore aucune évolution à expliquer.',
  'insights.change.up': '{metric} : en hausse de {change}, à {to}.',
  'insights.change.down': '{metric} : en baisse de {change}, à {to}.',
  'insights.change.flat': '{metric} : stable à {to}.',
  'insights.drivers.sku': 'Par SKU',
  'insights.drivers.country': 'Par pays/région',
  'insights.drivers.customer': 'Par client',
  'insights.drivers.other': {
    one: '{count} autre : {change}',
    many: '{count} d’autres : {change}',
    other: '{count} autres : {change}',
  },
  'insights.percent.up':
    'L’utilisation active % a augmenté de {change} points pour atteindre {to} : {seats} proviennent des sièges actifs gagnés ou perdus, {mix} du passage de sièges d’une SKU à l’autre.',
  'insights.percent.down':
    'L’utilisation active % a baissé de {change} points pour atteindre {to} : {seats} proviennent des sièges actifs gagnés ou perdus, {mix} du passage de sièges d’une SKU à l’autre.',
  'insights.percent.flat': 'L’utilisation active % est restée à {to}.',
  'insights.percent.none': 'L’utilisation active % n’a pas de valeur : un mois n’a aucun siège disponible.',

  'insights.anomalies.heading': 'Mois inhabituels',
  'insights.anomalies.help':
    'Un mois dont l’évolution par rapport au mois précédent s’écarte fortement de l’évolution habituelle de la série : plus de 5 écarts robustes et au moins 5 % de la taille de la série (5 points pour l’utilisation active %). Les SKU de moins de 100 sièges ne sont pas évalués.',
  'insights.anomalies.none': 'Aucun mois inhabituel sur cette période.',
  'insights.anomaly.total': '{month} : {metric} {value}, attendu entre {low} et {high}.',
  'insights.anomaly.sku': '{month} : {metric} de {sku} {value}, attendu entre {low} et {high}.',
  'insights.anomalies.more': {
    one: '… et {count} autre mois',
    many: '… et {count} de mois de plus',
    other: '… et {count} autres mois',
  },
  'insights.marker.note':
    '{metric} en {month} : valeur inhabituelle, {value} ; attendu entre {low} et {high}.',
  'insights.marker.cell': '{value} (inhabituel, attendu entre {low} et {high})',
  'insights.marker.legend': 'Mois inhabituel',

  'insights.lists.heading': 'Où agir en {month}',
  'insights.search.label': 'Rechercher des clients dans ces listes',
  'insights.search.placeholder': 'Rechercher des clients',
  'insights.search.none': 'Aucun client de ces listes ne correspond à « {query} ».',
  'insights.unassigned.heading': 'Le plus de sièges non attribués',
  'insights.unassigned.help': 'Sièges payés mais attribués à aucun utilisateur (disponibles − attribués).',
  'insights.inactive.heading': 'Attribués mais inutilisés',
  'insights.inactive.help':
    'Sièges attribués à des utilisateurs qui ne les ont pas utilisés au cours des 28 derniers jours (attribués − actifs).',
  'insights.falling.heading': 'Plus forte baisse de l’utilisation active',
  'insights.falling.help': 'Utilisation active % en {to} par rapport à {from}, en points de pourcentage.',
  'insights.list.empty': 'Aucun client dans cette liste.',
  'insights.column.customer': 'Client',
  'insights.column.seats': 'Sièges',
  'insights.column.unassigned': 'Non attribués',
  'insights.column.inactive': 'Inactifs',
  'insights.column.fall': 'Baisse (points)',
  'insights.column.activePercent': 'Actifs %',
  'insights.column.subscriptions': 'Abonnements',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Fin',
  'insights.column.days': 'Jours après {month}',
  'insights.sort': 'Trier par {column}',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': 'Afficher {name} dans le tableau des abonnements',

  'insights.renewals.heading': 'Renouvellements à risque',
  'insights.renewals.help':
    'Abonnements qui se terminent dans les {days} jours suivant {month} avec une utilisation active inférieure à {below}, ceux qui ont le plus de sièges en premier.',
  'insights.renewals.none':
    'Aucun abonnement se terminant dans les {days} jours n’a une utilisation active inférieure à {below}.',
  'insights.renewals.noEndDates':
    'Cet export ne contient pas de dates de fin d’abonnement (SubscriptionEndDate) : les renouvellements ne peuvent pas être listés.',
  'insights.renewals.unavailable': 'Impossible de lister les renouvellements : {reason}',
  'insights.renewals.unreadable': {
    one: '{count} date de fin n’est pas une date et est ignorée.',
    many: '{count} de dates de fin ne sont pas des dates et sont ignorées.',
    other: '{count} dates de fin ne sont pas des dates et sont ignorées.',
  },

  'insights.showAll': 'Afficher les {count}',
  'insights.showFewer': 'Afficher moins',
  'insights.csv.list': 'Liste',
  'insights.csv.value': 'Valeur',
  'insights.fileName': 'analyses-utilisation-dynamics',
} satisfies CatalogPart<'insights'>;
