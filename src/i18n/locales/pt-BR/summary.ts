import type { CatalogPart } from '../../catalog.js';

/** The summary messages in pt-BR (see ../en/summary.ts). */
export default {
  'summary.title': 'Resumo',
  'summary.change.vs': '{change} em relação a {month}',
  'summary.change.points': '{change} p.p.',
  'summary.change.upSeats': {
    one: '{count} assento a mais que em {month}',
    many: '{count} de assentos a mais que em {month}',
    other: '{count} assentos a mais que em {month}',
  },
  'summary.change.downSeats': {
    one: '{count} assento a menos que em {month}',
    many: '{count} de assentos a menos que em {month}',
    other: '{count} assentos a menos que em {month}',
  },
  'summary.change.upPoints': {
    one: 'alta de {count} ponto percentual em relação a {month}',
    many: 'alta de {count} de pontos percentuais em relação a {month}',
    other: 'alta de {count} pontos percentuais em relação a {month}',
  },
  'summary.change.downPoints': {
    one: 'queda de {count} ponto percentual em relação a {month}',
    many: 'queda de {count} de pontos percentuais em relação a {month}',
    other: 'queda de {count} pontos percentuais em relação a {month}',
  },
  'summary.change.unchanged': 'sem alteração em relação a {month}',
  'summary.change.none': 'Não há mês anterior para comparar',
  'summary.spark.label':
    '{metric}, de {from} a {to}: de {first} para {last}. Use as teclas de seta para ler cada mês.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'Resumo por mês',
  'summary.table.month': 'Mês',
} satisfies CatalogPart<'summary'>;
