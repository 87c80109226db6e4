import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in es (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'Rendimiento de las suscripciones',
  'subscriptions.search.label': 'Buscar en todos los clientes por nombre o id. de inquilino',
  'subscriptions.search.placeholder': 'Buscar clientes o id. de inquilino',
  'subscriptions.download': 'Descargar datos sin procesar',
  'subscriptions.download.preparing': 'Preparando…',
  'subscriptions.search.searching': 'Buscando…',
  'subscriptions.search.none': 'Ningún cliente coincide con «{query}»',
  'subscriptions.search.matches': {
    one: '{count} cliente coincide con «{query}»',
    many: '{count} de clientes coinciden con «{query}»',
    other: '{count} clientes coinciden con «{query}»',
  },
  'subscriptions.search.noRows': 'Ningún cliente coincide con la búsqueda.',
  'subscriptions.rows.loading': 'Cargando clientes…',
  'subscriptions.rows.none': 'No hay clientes que mostrar.',
  'subscriptions.rows.error': 'No se pudieron cargar estos clientes',
  'subscriptions.rows.invalid': 'No se pudieron leer los clientes de {url}: {detail}',
  'subscriptions.caption.top.revenue': {
    one: 'Los {ranked} primeros de {count} cliente, por ingresos facturados, {range}',
    many: 'Los {ranked} primeros de {count} de clientes, por ingresos facturados, {range}',
    other: 'Los {ranked} primeros de {count} clientes, por ingresos facturados, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: 'Los {ranked} primeros de {count} cliente, por licencias disponibles en {month} (sin ingresos facturados en los datos)',
    many: 'Los {ranked} primeros de {count} de clientes, por licencias disponibles en {month} (sin ingresos facturados en los datos)',
    other:
      'Los {ranked} primeros de {count} clientes, por licencias disponibles en {month} (sin ingresos facturados en los datos)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'El único cliente, por ingresos facturados, {range}',
    many: 'Los {count} de clientes, por ingresos facturados, {range}',
    other: 'Los {count} clientes, por ingresos facturados, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'El único cliente, por licencias disponibles en {month} (sin ingresos facturados en los datos)',
    many: 'Los {count} de clientes, por licencias disponibles en {month} (sin ingresos facturados en los datos)',
    other:
      'Los {count} clientes, por licencias disponibles en {month} (sin ingresos facturados en los datos)',
  },
  'subscriptions.caption.search.revenue':
    'Clientes que coinciden con «{query}», por ingresos facturados, {range}',
  'subscriptions.caption.search.seats':
    'Clientes que coinciden con «{query}», por licencias disponibles en {month} (sin ingresos facturados en los datos)',
  'subscriptions.caption.top.seatsHidden': {
    one: 'Los {ranked} primeros de {count} cliente, por licencias disponibles en {month}',
    many: 'Los {ranked} primeros de {count} de clientes, por licencias disponibles en {month}',
    other: 'Los {ranked} primeros de {count} clientes, por licencias disponibles en {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'El único cliente, por licencias disponibles en {month}',
    many: 'Los {count} de clientes, por licencias disponibles en {month}',
    other: 'Los {count} clientes, por licencias disponibles en {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Clientes que coinciden con «{query}», por licencias disponibles en {month}',
  'subscriptions.caption.outside': {
    one: 'Los clientes fuera de los {count} primeros no tienen posición aquí.',
    many: 'Los clientes fuera de los {count} primeros no tienen posición aquí.',
    other: 'Los clientes fuera de los {count} primeros no tienen posición aquí.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'Los clientes fuera de los {count} primeros no tienen aquí posición ni ingresos facturados.',
    many: 'Los clientes fuera de los {count} primeros no tienen aquí posición ni ingresos facturados.',
    other: 'Los clientes fuera de los {count} primeros no tienen aquí posición ni ingresos facturados.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': 'Posición',
  'subscriptions.column.customer': 'Cliente',
  'subscriptions.column.market': 'Mercado',
  'subscriptions.column.segment': 'Segmento',
  'subscriptions.column.revenue': 'Ingresos facturados',
  'subscriptions.column.subscriptions': 'Suscripciones',
  'subscriptions.column.trend': 'Tendencia de uso activo',
  'subscriptions.trend.label': '% de uso activo, {from} {fromValue} a {to} {toValue}',
  'subscriptions.subs.caption': 'Suscripciones de {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Suscripción',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Tendencia',
  'subscriptions.subs.more': {
    one: 'Se muestran {shown} de {count} suscripción; la descarga de datos sin procesar las incluye todas.',
    many: 'Se muestran {shown} de {count} de suscripciones; la descarga de datos sin procesar las incluye todas.',
    other:
      'Se muestran {shown} de {count} suscripciones; la descarga de datos sin procesar las incluye todas.',
  },
  'subscriptions.pager.label': 'Páginas de clientes',
  'subscriptions.pager.previous': 'Anterior',
  'subscriptions.pager.next': 'Siguiente',
  'subscriptions.pager.range': '{start}–{end} de {total}',
  'subscriptions.csv.customerKey': 'Clave de cliente',
  'subscriptions.csv.revenue': 'Ingresos facturados (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Uso de Dynamics suscripciones',
  'subscriptions.file.search': 'busqueda',
} satisfies CatalogPart<'subscriptions'>;
