import type { CatalogPart } from '../../catalog.js';

/** The insights messages in pt-BR (see ../en/insights.ts). */
export default {
  'insights.title': 'Análises',
  'insights.changes.heading': 'O que mudou de {from} a {to}',
  'insights.changes.none': 'O período tem um só mês: ainda não há mudança a explicar.',
  'insights.change.up': '{metric}: alta de {change}, para {to}.',
  'insights.change.down': '{metric}: queda de {change}, para {to}.',
  'insights.change.flat': '{metric}: estável em {to}.',
  'insights.drivers.sku': 'Por SKU',
  'insights.drivers.country': 'Por país/região',
  'insights.drivers.customer': 'Por cliente',
  'insights.drivers.other': {
    one: '{count} outro: {change}',
    many: '{count} de outros: {change}',
    other: '{count} outros: {change}',
  },
  'insights.percent.up':
    'O uso ativo % subiu {change} pontos, para {to}: {seats} por assentos ativos ganhos ou perdidos, {mix} por assentos que mudaram de SKU.',
  'insights.percent.down':
    'O uso ativo % caiu {change} pontos, para {to}: {seats} por assentos ativos ganhos ou perdidos, {mix} por assentos que mudaram de SKU.',
  'insights.percent.flat': 'O uso ativo % ficou em {to}.',
  'insights.percent.none': 'O uso ativo % não tem valor: um mês não tem assentos disponíveis.',

  'insights.anomalies.heading': 'Meses incomuns',
  'insights.anomalies.help':
    'Um mês cuja variação em relação ao mês anterior fica muito longe da variação habitual da série: mais de 5 desvios robustos e pelo menos 5 % do tamanho da série (5 pontos no uso ativo %). SKUs com menos de 100 licenças não são avaliados.',
  'insights.anomalies.none': 'Nenhum mês incomum neste período.',
  'insights.anomaly.total': '{month}: {metric} {value}, esperado de {low} a {high}.',
  'insights.anomaly.sku': '{month}: {metric} de {sku} {value}, esperado de {low} a {high}.',
  'insights.anomalies.more': {
    one: '… e mais {count} mês',
    many: '… e mais {count} de meses',
    other: '… e mais {count} meses',
  },
  'insights.marker.note': '{metric} em {month}: valor incomum, {value}; esperado entre {low} e {high}.',
  'insights.marker.cell': '{value} (incomum, esperado entre {low} e {high})',
  'insights.marker.legend': 'Mês incomum',

  'insights.lists.heading': 'Onde agir em {month}',
  'insights.search.label': 'Pesquisar clientes nestas listas',
  'insights.search.placeholder': 'Pesquisar clientes',
  'insights.search.none': 'Nenhum cliente nestas listas corresponde a “{query}”.',
  'insights.unassigned.heading': 'Mais assentos não atribuídos',
  'insights.unassigned.help': 'Assentos pagos, mas não atribuídos a um usuário (disponíveis − atribuídos).',
  'insights.inactive.heading': 'Atribuídos, mas não usados',
  'insights.inactive.help':
    'Assentos atribuídos a usuários que não os usaram nos últimos 28 dias (atribuídos − ativos).',
  'insights.falling.heading': 'Maior queda no uso ativo',
  'insights.falling.help': 'Uso ativo % em {to} comparado a {from}, em pontos percentuais.',
  'insights.list.empty': 'Nenhum cliente nesta lista.',
  'insights.column.customer': 'Cliente',
  'insights.column.seats': 'Assentos',
  'insights.column.unassigned': 'Não atribuídos',
  'insights.column.inactive': 'Inativos',
  'insights.column.fall': 'Queda (pontos)',
  'insights.column.activePercent': 'Ativos %',
  'insights.column.subscriptions': 'Assinaturas',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Término',
  'insights.column.days': 'Dias após {month}',
  'insights.sort': 'Classificar por {column}',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': 'Mostrar {name} na tabela de assinaturas',

  'insights.renewals.heading': 'Renovações em risco',
  'insights.renewals.help':
    'Assinaturas que terminam em até {days} dias após {month} com uso ativo abaixo de {below}, as com mais assentos primeiro.',
  'insights.renewals.none':
    'Nenhuma assinatura que termina em até {days} dias tem uso ativo abaixo de {below}.',
  'insights.renewals.noEndDates':
    'Esta exportação não tem datas de término das assinaturas (SubscriptionEndDate), por isso as renovações não podem ser listadas.',
  'insights.renewals.unavailable': 'Não é possível listar as renovações: {reason}',
  'insights.renewals.unreadable': {
    one: '{count} data de término não é uma data e foi deixada de fora.',
    many: '{count} de datas de término não são datas e foram deixadas de fora.',
    other: '{count} datas de término não são datas e foram deixadas de fora.',
  },

  'insights.showAll': 'Mostrar todas ({count})',
  'insights.showFewer': 'Mostrar menos',
  'insights.csv.list': 'Lista',
  'insights.csv.value': 'Valor',
  'insights.fileName': 'analises-uso-dynamics',
} satisfies CatalogPart<'insights'>;
