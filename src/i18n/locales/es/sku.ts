import type { CatalogPart } from '../../catalog.js';

/** The sku messages in es (see ../en/sku.ts). */
export default {
  'sku.title': 'Uso de Dynamics por SKU',
  'sku.view.group': 'Vista',
  'sku.view.single': 'Una SKU',
  'sku.view.compare': 'Comparar SKU',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKU',
  'sku.picker.none': 'Ninguna SKU coincide',
  'sku.picker.matches': {
    one: '{count} SKU coincide',
    many: '{count} SKU coinciden',
    other: '{count} SKU coinciden',
  },
  'sku.metric.label': 'Métrica',
  'sku.sharedScale': 'Misma escala para todas',
  'sku.missing': 'No hay filas de «{sku}» en estos meses; se muestra {shown}.',
  'sku.chart.label':
    '{sku}: puestos disponibles, asignados y activos por mes, de {from} a {to}. En {month}: {available} disponibles, {assigned} asignados, {active} activos. Use las teclas de flecha para leer cada mes.',
  'sku.legend.label': 'Series de {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    one: '{metric} por SKU, de {from} a {to}: {count} gráfico pequeño. Use las teclas de flecha para leer cada mes.',
    many: '{metric} por SKU, de {from} a {to}: {count} gráficos pequeños, cada uno con su propia escala. Use las teclas de flecha para leer cada mes.',
    other:
      '{metric} por SKU, de {from} a {to}: {count} gráficos pequeños, cada uno con su propia escala. Use las teclas de flecha para leer cada mes.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} por SKU, de {from} a {to}: {count} gráfico pequeño. Use las teclas de flecha para leer cada mes.',
    many: '{metric} por SKU, de {from} a {to}: {count} gráficos pequeños, con una escala común. Use las teclas de flecha para leer cada mes.',
    other:
      '{metric} por SKU, de {from} a {to}: {count} gráficos pequeños, con una escala común. Use las teclas de flecha para leer cada mes.',
  },
  'sku.table.single': '{sku}: puestos por mes',
  'sku.table.compare': '{metric} por SKU y mes',
  'sku.table.month': 'Mes',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Mes',
} satisfies CatalogPart<'sku'>;
