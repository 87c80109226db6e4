import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in pt-BR (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'Desempenho das assinaturas',
  'subscriptions.search.label': 'Pesquisar todos os clientes por nome ou ID do locatário',
  'subscriptions.search.placeholder': 'Pesquisar clientes ou IDs de locatário',
  'subscriptions.download': 'Baixar dados brutos',
  'subscriptions.download.preparing': 'Preparando…',
  'subscriptions.search.searching': 'Pesquisando…',
  'subscriptions.search.none': 'Nenhum cliente corresponde a “{query}”',
  'subscriptions.search.matches': {
    one: '{count} cliente corresponde a “{query}”',
    many: '{count} de clientes correspondem a “{query}”',
    other: '{count} clientes correspondem a “{query}”',
  },
  'subscriptions.search.noRows': 'Nenhum cliente corresponde à pesquisa.',
  'subscriptions.rows.loading': 'Carregando clientes…',
  'subscriptions.rows.none': 'Nenhum cliente para mostrar.',
  'subscriptions.rows.error': 'Não foi possível carregar estes clientes',
  'subscriptions.rows.invalid': 'Não foi possível ler os clientes de {url}: {detail}',
  'subscriptions.caption.top.revenue': {
    one: 'Os {ranked} primeiros de {count} cliente, por receita faturada, {range}',
    many: 'Os {ranked} primeiros de {count} de clientes, por receita faturada, {range}',
    other: 'Os {ranked} primeiros de {count} clientes, por receita faturada, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: 'Os {ranked} primeiros de {count} cliente, por licenças disponíveis em {month} (sem receita faturada nos dados)',
    many: 'Os {ranked} primeiros de {count} de clientes, por licenças disponíveis em {month} (sem receita faturada nos dados)',
    other:
      'Os {ranked} primeiros de {count} clientes, por licenças disponíveis em {month} (sem receita faturada nos dados)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'O único cliente, por receita faturada, {range}',
    many: 'Todos os {count} de clientes, por receita faturada, {range}',
    other: 'Todos os {count} clientes, por receita faturada, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'O único cliente, por licenças disponíveis em {month} (sem receita faturada nos dados)',
    many: 'Todos os {count} de clientes, por licenças disponíveis em {month} (sem receita faturada nos dados)',
    other: 'Todos os {count} clientes, por licenças disponíveis em {month} (sem receita faturada nos dados)',
  },
  'subscriptions.caption.search.revenue':
    'Clientes correspondentes a “{query}”, por receita faturada, {range}',
  'subscriptions.caption.search.seats':
    'Clientes correspondentes a “{query}”, por licenças disponíveis em {month} (sem receita faturada nos dados)',
  'subscriptions.caption.top.seatsHidden': {
    one: 'Os {ranked} primeiros de {count} cliente, por licenças disponíveis em {month}',
    many: 'Os {ranked} primeiros de {count} de clientes, por licenças disponíveis em {month}',
    other: 'Os {ranked} primeiros de {count} clientes, por licenças disponíveis em {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'O único cliente, por licenças disponíveis em {month}',
    many: 'Todos os {count} de clientes, por licenças disponíveis em {month}',
    other: 'Todos os {count} clientes, por licenças disponíveis em {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Clientes correspondentes a “{query}”, por licenças disponíveis em {month}',
  'subscriptions.caption.outside': {
    one: 'Clientes fora dos {count} primeiros não têm posição aqui.',
    many: 'Clientes fora dos {count} primeiros não têm posição aqui.',
    other: 'Clientes fora dos {count} primeiros não têm posição aqui.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'Clientes fora dos {count} primeiros não têm posição nem receita faturada aqui.',
    many: 'Clientes fora dos {count} primeiros não têm posição nem receita faturada aqui.',
    other: 'Clientes fora dos {count} primeiros não têm posição nem receita faturada aqui.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': 'Posição',
  'subscriptions.column.customer': 'Cliente',
  'subscriptions.column.market': 'Mercado',
  'subscriptions.column.segment': 'Segmento',
  'subscriptions.column.revenue': 'Receita faturada',
  'subscriptions.column.subscriptions': 'Assinaturas',
  'subscriptions.column.trend': 'Tendência de uso ativo',
  'subscriptions.trend.label': '% de uso ativo, {from} {fromValue} a {to} {toValue}',
  'subscriptions.subs.caption': 'Assinaturas de {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Assinatura',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Tendência',
  'subscriptions.subs.more': {
    one: 'Mostrando {shown} de {count} assinatura; o download dos dados brutos tem todas.',
    many: 'Mostrando {shown} de {count} de assinaturas; o download dos dados brutos tem todas.',
    other: 'Mostrando {shown} de {count} assinaturas; o download dos dados brutos tem todas.',
  },
  'subscriptions.pager.label': 'Páginas de clientes',
  'subscriptions.pager.previous': 'Anterior',
  'subscriptions.pager.next': 'Próxima',
  'subscriptions.pager.range': '{start}–{end} de {total}',
  'subscriptions.csv.customerKey': 'Chave do cliente',
  'subscriptions.csv.revenue': 'Receita faturada (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Uso do Dynamics assinaturas',
  'subscriptions.file.search': 'pesquisa',
} satisfies CatalogPart<'subscriptions'>;
