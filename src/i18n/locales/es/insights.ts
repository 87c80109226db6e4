import type { CatalogPart } from '../../catalog.js';

/** The insights messages in es (see ../en/insights.ts). */
export default {
  'insights.title': 'Información clave',
  'insights.changes.heading': 'Qué cambió de {from} a {to}',
  'insights.changes.none': 'El período tiene un solo mes: aún no hay ningún cambio que explicar.',
  'insights.change.up': '{metric}: aumento de {change}, hasta {to}.',
  'insights.change.down': '{metric}: descenso de {change}, hasta {to}.',
  'insights.change.flat': '{metric}: sin cambios en {to}.',
  'insights.drivers.sku': 'Por SKU',
  'insights.drivers.country': 'Por país o región',
  'insights.drivers.customer': 'Por cliente',
  'insights.drivers.other': {
    one: '{count} otro: {change}',
    many: '{count} de otros: {change}',
    other: '{count} otros: {change}',
  },
  'insights.percent.up':
    'El uso activo % subió {change} puntos hasta {to}: {seats} por puestos activos ganados o perdidos, {mix} por puestos que pasaron de una SKU a otra.',
  'insights.percent.down':
    'El uso activo % bajó {change} puntos hasta {to}: {seats} por puestos activos ganados o perdidos, {mix} por puestos que pasaron de una SKU a otra.',
  'insights.percent.flat': 'El uso activo % se mantuvo en {to}.',
  'insights.percent.none': 'El uso activo % no tiene valor: un mes no tiene puestos disponibles.',

  'insights.anomalies.heading': 'Meses inusuales',
  'insights.anomalies.help':
    'Un mes cuyo cambio respecto al mes anterior se aleja mucho del cambio habitual de la serie: más de 5 desviaciones robustas y al menos un 5 % del tamaño de la serie (5 puntos en el uso activo %). No se evalúan los SKU con menos de 100 puestos.',
  'insights.anomalies.none': 'No hay meses inusuales en este período.',
  'insights.anomaly.total': '{month}: {metric} {value}, se esperaba de {low} a {high}.',
  'insights.anomaly.sku': '{month}: {metric} de {sku} {value}, se esperaba de {low} a {high}.',
  'insights.anomalies.more': {
    one: '… y {count} mes más',
    many: '… y {count} de meses más',
    other: '… y {count} meses más',
  },
  'insights.marker.note': '{metric} en {month}: valor inusual, {value}; se esperaba entre {low} y {high}.',
  'insights.marker.cell': '{value} (inusual, se esperaba entre {low} y {high})',
  'insights.marker.legend': 'Mes inusual',

  'insights.lists.heading': 'Dónde actuar en {month}',
  'insights.search.label': 'Buscar clientes en estas listas',
  'insights.search.placeholder': 'Buscar clientes',
  'insights.search.none': 'Ningún cliente de estas listas coincide con «{query}».',
  'insights.unassigned.heading': 'Más puestos sin asignar',
  'insights.unassigned.help': 'Puestos pagados pero no asignados a ningún usuario (disponibles − asignados).',
  'insights.inactive.heading': 'Asignados pero sin usar',
  'insights.inactive.help':
    'Puestos asignados a usuarios que no los usaron en los últimos 28 días (asignados − activos).',
  'insights.falling.heading': 'Mayor caída del uso activo',
  'insights.falling.help': 'Uso activo % en {to} frente a {from}, en puntos porcentuales.',
  'insights.list.empty': 'No hay clientes en esta lista.',
  'insights.column.customer': 'Cliente',
  'insights.column.seats': 'Puestos',
  'insights.column.unassigned': 'Sin asignar',
  'insights.column.inactive': 'Inactivos',
  'insights.column.fall': 'Caída (puntos)',
  'insights.column.activePercent': 'Activos %',
  'insights.column.subscriptions': 'Suscripciones',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Fin',
  'insights.column.days': 'Días después de {month}',
  'insights.sort': 'Ordenar por {column}',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': 'Mostrar {name} en la tabla de suscripciones',

  'insights.renewals.heading': 'Renovaciones en riesgo',
  'insights.renewals.help':
    'Suscripciones que terminan en los {days} días posteriores a {month} con un uso activo inferior a {below}, primero las de más puestos.',
  'insights.renewals.none':
    'Ninguna suscripción que termine en {days} días o menos tiene un uso activo inferior a {below}.',
  'insights.renewals.noEndDates':
    'Esta exportación no tiene fechas de fin de suscripción (SubscriptionEndDate), por lo que no se pueden mostrar las renovaciones.',
  'insights.renewals.unavailable': 'No se pueden enumerar las renovaciones: {reason}',
  'insights.renewals.unreadable': {
    one: '{count} fecha de finalización no es una fecha y se omite.',
    many: '{count} de fechas de finalización no son fechas y se omiten.',
    other: '{count} fechas de finalización no son fechas y se omiten.',
  },

  'insights.showAll': 'Mostrar las {count}',
  'insights.showFewer': 'Mostrar menos',
  'insights.csv.list': 'Lista',
  'insights.csv.value': 'Valor',
  'insights.fileName': 'informacion-uso-dynamics',
} satisfies CatalogPart<'insights'>;
