import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in pt-BR (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Distribuição de uso do Dynamics',
  'distribution.skus': { one: '{count} SKU', many: '{count} de SKUs', other: '{count} SKUs' },
  'distribution.availableSeats': {
    one: '{count} assento disponível',
    many: '{count} de assentos disponíveis',
    other: '{count} assentos disponíveis',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'Todos os SKUs são produtos {prefix}; os nomes aparecem sem “{prefix}”.',
  'distribution.other': 'Outros ({skus})',
  'distribution.empty.noMonth': 'Nenhum mês para mostrar.',
  'distribution.empty.noRows': 'Nenhuma linha em {month}.',
  'distribution.legend': 'Séries de assentos',
  'distribution.showAll': {
    one: 'Mostrar {count} SKU',
    many: 'Mostrar todos os {count} de SKUs',
    other: 'Mostrar todos os {count} SKUs',
  },
  'distribution.showTop': 'Mostrar os {count} principais',
  'distribution.chart.label':
    'Assentos disponíveis, atribuídos e ativos por SKU, {month}: {shown}. As teclas de seta leem cada SKU.',
  'distribution.chart.labelLargest':
    'Assentos disponíveis, atribuídos e ativos por SKU, {month}: {shown}. Maior: {sku}, {seats} de {total} assentos disponíveis ({share}). As teclas de seta leem cada SKU.',
  'distribution.shown.top': 'os {top} principais de {skus} e Outros',
  'distribution.readout':
    '{sku}: {available} disponíveis, {availableShare} de todos os disponíveis; {assigned} atribuídos; {active} ativos, {activeShare} de todos os ativos',
  'distribution.tooltip.share': '{seats} · {share} do total',
  'distribution.table.caption': 'Assentos por SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Parcela dos disponíveis',
  'distribution.table.shareActive': 'Parcela dos ativos',
  'distribution.csv.shareAvailable': 'Parcela dos disponíveis %',
} satisfies CatalogPart<'distribution'>;
