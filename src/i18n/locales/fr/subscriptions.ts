import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in fr (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'Performances des abonnements',
  'subscriptions.search.label': 'Rechercher parmi tous les clients par nom ou ID de locataire',
  'subscriptions.search.placeholder': 'Rechercher des clients ou des ID de locataire',
  'subscriptions.download': 'Télécharger les données brutes',
  'subscriptions.download.preparing': 'Préparation…',
  'subscriptions.search.searching': 'Recherche…',
  'subscriptions.search.none': 'Aucun client ne correspond à « {query} »',
  'subscriptions.search.matches': {
    one: '{count} client correspond à « {query} »',
    many: '{count} de clients correspondent à « {query} »',
    other: '{count} clients correspondent à « {query} »',
  },
  'subscriptions.search.noRows': 'Aucun client ne correspond à la recherche.',
  'subscriptions.rows.loading': 'Chargement des clients…',
  'subscriptions.rows.none': 'Aucun client à afficher.',
  'subscriptions.rows.error': 'Impossible de charger ces clients',
  'subscriptions.rows.invalid': 'Impossible de lire les clients de {url} : {detail}',
  'subscriptions.caption.top.revenue': {
    one: '{ranked} premiers sur {count} client, classés par chiffre d’affaires facturé, {range}',
    many: '{ranked} premiers sur {count} de clients, classés par chiffre d’affaires facturé, {range}',
    other: '{ranked} premiers sur {count} clients, classés par chiffre d’affaires facturé, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: '{ranked} premiers sur {count} client, classés par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
    many: '{ranked} premiers sur {count} de clients, classés par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
    other:
      '{ranked} premiers sur {count} clients, classés par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'Le seul client, classé par chiffre d’affaires facturé, {range}',
    many: 'Les {count} de clients, classés par chiffre d’affaires facturé, {range}',
    other: 'Les {count} clients, classés par chiffre d’affaires facturé, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'Le seul client, classé par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
    many: 'Les {count} de clients, classés par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
    other:
      'Les {count} clients, classés par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
  },
  'subscriptions.caption.search.revenue':
    'Clients correspondant à « {query} », classés par chiffre d’affaires facturé, {range}',
  'subscriptions.caption.search.seats':
    'Clients correspondant à « {query} », classés par licences disponibles en {month} (aucun chiffre d’affaires facturé dans les données)',
  'subscriptions.caption.top.seatsHidden': {
    one: '{ranked} premiers sur {count} client, classés par licences disponibles en {month}',
    many: '{ranked} premiers sur {count} de clients, classés par licences disponibles en {month}',
    other: '{ranked} premiers sur {count} clients, classés par licences disponibles en {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'Le seul client, classé par licences disponibles en {month}',
    many: 'Les {count} de clients, classés par licences disponibles en {month}',
    other: 'Les {count} clients, classés par licences disponibles en {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Clients correspondant à « {query} », classés par licences disponibles en {month}',
  'subscriptions.caption.outside': {
    one: 'Les clients hors du top {count} n’ont pas de rang ici.',
    many: 'Les clients hors du top {count} n’ont pas de rang ici.',
    other: 'Les clients hors du top {count} n’ont pas de rang ici.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'Les clients hors du top {count} n’ont ici ni rang ni chiffre d’affaires facturé.',
    many: 'Les clients hors du top {count} n’ont ici ni rang ni chiffre d’affaires facturé.',
    other: 'Les clients hors du top {count} n’ont ici ni rang ni chiffre d’affaires facturé.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': 'Rang',
  'subscriptions.column.customer': 'Client',
  'subscriptions.column.market': 'Marché',
  'subscriptions.column.segment': 'Segment client',
  'subscriptions.column.revenue': 'Chiffre d’affaires facturé',
  'subscriptions.column.subscriptions': 'Abonnements',
  'subscriptions.column.trend': 'Tendance de l’utilisation active',
  'subscriptions.trend.label': '% d’utilisation active, {from} {fromValue} à {to} {toValue}',
  'subscriptions.subs.caption': 'Abonnements de {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Abonnement',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Tendance',
  'subscriptions.subs.more': {
    one: '{shown} abonnement affiché sur {count} ; le téléchargement des données brutes les contient tous.',
    many: '{shown} abonnements affichés sur {count} ; le téléchargement des données brutes les contient tous.',
    other:
      '{shown} abonnements affichés sur {count} ; le téléchargement des données brutes les contient tous.',
  },
  'subscriptions.pager.label': 'Pages de clients',
  'subscriptions.pager.previous': 'Précédent',
  'subscriptions.pager.next': 'Suivant',
  'subscriptions.pager.range': '{start}–{end} sur {total}',
  'subscriptions.csv.customerKey': 'Clé client',
  'subscriptions.csv.revenue': 'Chiffre d’affaires facturé (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Utilisation Dynamics abonnements',
  'subscriptions.file.search': 'recherche',
} satisfies CatalogPart<'subscriptions'>;
