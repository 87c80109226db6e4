import type { CatalogPart } from '../../catalog.js';

/** The sku messages in pt-BR (see ../en/sku.ts). */
export default {
  'sku.title': 'Uso do Dynamics por SKU',
  'sku.view.group': 'Exibição',
  'sku.view.single': 'Um SKU',
  'sku.view.compare': 'Comparar SKUs',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKUs',
  'sku.picker.none': 'Nenhum SKU corresponde',
  'sku.picker.matches': {
    one: '{count} SKU corresponde',
    many: '{count} SKUs correspondem',
    other: '{count} SKUs correspondem',
  },
  'sku.metric.label': 'Métrica',
  'sku.sharedScale': 'Mesma escala para todos',
  'sku.missing': 'Nenhuma linha de “{sku}” nesses meses; mostrando {shown}.',
  'sku.chart.label':
    '{sku}: assentos disponíveis, atribuídos e ativos por mês, de {from} a {to}. Em {month}: {available} disponíveis, {assigned} atribuídos, {active} ativos. Use as teclas de seta para ler cada mês.',
  'sku.legend.label': 'Séries de {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    one: '{metric} por SKU, de {from} a {to}: {count} gráfico pequeno. Use as teclas de seta para ler cada mês.',
    many: '{metric} por SKU, de {from} a {to}: {count} gráficos pequenos, cada um com sua própria escala. Use as teclas de seta para ler cada mês.',
    other:
      '{metric} por SKU, de {from} a {to}: {count} gráficos pequenos, cada um com sua própria escala. Use as teclas de seta para ler cada mês.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} por SKU, de {from} a {to}: {count} gráfico pequeno. Use as teclas de seta para ler cada mês.',
    many: '{metric} por SKU, de {from} a {to}: {count} gráficos pequenos, em uma escala comum. Use as teclas de seta para ler cada mês.',
    other:
      '{metric} por SKU, de {from} a {to}: {count} gráficos pequenos, em uma escala comum. Use as teclas de seta para ler cada mês.',
  },
  'sku.table.single': '{sku}: assentos por mês',
  'sku.table.compare': '{metric} por SKU e mês',
  'sku.table.month': 'Mês',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Mês',
} satisfies CatalogPart<'sku'>;
