import type { CatalogPart } from '../../catalog.js';

/** The geo messages in pt-BR (see ../en/geo.ts). */
export default {
  'geo.title': 'Uso do Dynamics por geografia',
  'geo.count': {
    one: 'país/região com uso',
    many: 'de países/regiões com uso',
    other: 'países/regiões com uso',
  },
  'geo.unmatched': {
    one: '{count} mercado não pôde ser colocado no mapa: {markets}',
    many: '{count} de mercados não puderam ser colocados no mapa: {markets}',
    other: '{count} mercados não puderam ser colocados no mapa: {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} ({count} linha)',
    many: '{market} ({count} de linhas)',
    other: '{market} ({count} linhas)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'O mapa mostra',
  'geo.map.label.available':
    'Mapa-múndi de assentos disponíveis por país/região, {month}; quanto mais forte a cor, mais assentos.',
  'geo.map.label.active':
    'Mapa-múndi de assentos ativos por país/região, {month}; quanto mais forte a cor, mais assentos.',
  'geo.map.keys': 'Teclas: + e − aproximam e afastam, as setas movem, 0 mostra o mapa inteiro.',
  'geo.zoom.group': 'Zoom do mapa',
  'geo.zoom.in': 'Ampliar',
  'geo.zoom.out': 'Reduzir',
  'geo.zoom.home': 'Início',
  'geo.zoom.homeLabel': 'Início: voltar ao mapa inteiro',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'Sem linhas',
  'geo.legend.small': 'País ou território pequeno',
  'geo.grid.caption': 'Assentos por país/região, {month}',
  'geo.grid.country': 'País/região',
  'geo.search.label': 'Pesquisar países/regiões',
  'geo.search.status': {
    one: '{shown} de {count} país/região',
    many: '{shown} de {count} de países/regiões',
    other: '{shown} de {count} países/regiões',
  },
  'geo.search.noMatch': 'Nenhum país/região corresponde a “{query}”.',
  'geo.csv.code': 'Código',
  'geo.csv.market': 'Mercado',
} satisfies CatalogPart<'geo'>;
