import type { CatalogPart } from '../../catalog.js';

/** The input messages in pt-BR (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: as datas começam pelo dia ({value} na linha {line} é {month}), como o Excel as grava em en-GB, nl, de ou fr; lidas assim',
  'input.warning.date-order-ambiguous':
    'Month: nenhuma data distingue o dia do mês ({value} na linha {line}); lidas com o mês primeiro, como o Partner Center as grava',
  'input.warning.encoding-windows-1252':
    'O arquivo não é UTF-8 (a linha {line} é a primeira com um byte que não é): lido como Windows-1252, como o Excel salva "CSV" no Windows',
  'input.warning.encoding-invalid-utf8': {
    one: 'Bytes que não são UTF-8 na linha {lines}: lidos um a um como caracteres Windows-1252, então confira esses nomes',
    many: 'Bytes que não são UTF-8 nas linhas {lines}: lidos um a um como caracteres Windows-1252, então confira esses nomes',
    other:
      'Bytes que não são UTF-8 nas linhas {lines}: lidos um a um como caracteres Windows-1252, então confira esses nomes',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Bytes que não são UTF-8 nas linhas {lines} e outras: lidos um a um como caracteres Windows-1252, então confira esses nomes',
  'input.warning.decimal-comma':
    'O arquivo é separado por ponto e vírgula, como o Excel salva "CSV" em nl, de, fr…: os números foram lidos com vírgula decimal (1234,56 é 1234.56), e um "." em um número é recusado como separador de milhar',
  'input.warning.rows-recovered':
    'Uma aspa na linha {line} fez uma célula continuar pelas linhas seguintes (uma aspa solta?): essa linha foi ignorada e as linhas seguintes foram lidas de novo',
  'input.warning.rows-recovered.more': {
    one: 'Uma aspa na linha {line} (e em mais {count}) fez uma célula continuar pelas linhas seguintes (uma aspa solta?): essa linha foi ignorada e as linhas seguintes foram lidas de novo',
    many: 'Uma aspa na linha {line} (e em mais {count}) fez uma célula continuar pelas linhas seguintes (uma aspa solta?): essa linha foi ignorada e as linhas seguintes foram lidas de novo',
    other:
      'Uma aspa na linha {line} (e em mais {count}) fez uma célula continuar pelas linhas seguintes (uma aspa solta?): essa linha foi ignorada e as linhas seguintes foram lidas de novo',
  },
  'input.warning.outlier-month': {
    one: 'O mês {month} ({count} linha) está a mais de um ano do restante dos dados ({from} a {to}): confira o Month dessas linhas',
    many: 'O mês {month} ({count} linhas) está a mais de um ano do restante dos dados ({from} a {to}): confira o Month dessas linhas',
    other:
      'O mês {month} ({count} linhas) está a mais de um ano do restante dos dados ({from} a {to}): confira o Month dessas linhas',
  },
  'input.warning.outlier-month.default-window': {
    one: 'O mês {month} ({count} linha) está a mais de um ano do restante dos dados ({from} a {to}): confira o Month dessas linhas; o período padrão termina em {to}',
    many: 'O mês {month} ({count} linhas) está a mais de um ano do restante dos dados ({from} a {to}): confira o Month dessas linhas; o período padrão termina em {to}',
    other:
      'O mês {month} ({count} linhas) está a mais de um ano do restante dos dados ({from} a {to}): confira o Month dessas linhas; o período padrão termina em {to}',
  },
  'input.warning.window-clamped': {
    one: 'O período {from} a {to} passa de {count} mês: reduzido a {cutFrom} a {cutTo}, os meses dos dados',
    many: 'O período {from} a {to} passa de {count} meses: reduzido a {cutFrom} a {cutTo}, os meses dos dados',
    other:
      'O período {from} a {to} passa de {count} meses: reduzido a {cutFrom} a {cutTo}, os meses dos dados',
  },
  'input.skip.field-count': 'a linha tem {fields} campos, o cabeçalho {width}',
  'input.skip.cell-empty': '{column} está vazio',
  'input.skip.not-a-month': '{column} {value} não é um mês',
  'input.skip.thousands-separator': '{column} {value} tem separador de milhar',
  'input.skip.number-too-large': '{column} {value} é grande demais (2^53 ou mais)',
  'input.skip.not-a-whole-number': '{column} {value} não é um número inteiro não negativo',
  'input.skip.not-a-number': '{column} {value} não é um número',
  'input.skip.stray-quote':
    'uma aspa na linha {line} faz uma célula continuar pelas linhas seguintes (uma aspa solta?): a linha {line} é ignorada e as linhas seguintes são lidas de novo',
  'input.skip.not-an-object': 'a linha não é um objeto',
  'input.error.missing-columns': {
    one: 'Falta a coluna obrigatória: {columns}',
    many: 'Faltam as colunas obrigatórias: {columns}',
    other: 'Faltam as colunas obrigatórias: {columns}',
  },
  'input.error.empty': 'O arquivo está vazio',
  'input.error.workbook':
    'Esta é uma pasta de trabalho do Excel (.xlsx) ou outro arquivo zip, não uma exportação: salve a planilha como CSV (CSV UTF-8) e carregue-a',
  'input.error.workbook.xls':
    'Esta é uma pasta de trabalho do Excel 97–2003 (.xls), não uma exportação: salve a planilha como CSV (CSV UTF-8) e carregue-a',
  'input.error.html-page':
    'Esta é uma página da web (HTML), não uma exportação: talvez uma página de login ou de erro tenha sido enviada no lugar do arquivo',
  'input.error.html-page.markup':
    'Isto é marcação (XML ou HTML), não uma exportação: talvez um documento de erro tenha sido enviado no lugar do arquivo',
  'input.error.json-scalar':
    'Este é um único valor JSON ({value}), não uma exportação: esperava-se CSV, TSV ou uma matriz JSON de linhas',
  'input.error.not-text':
    'O arquivo contém bytes 00 numa ordem que nenhum texto UTF-16 teria: não é uma exportação de texto (salve-o como CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'A coluna {column} aparece duas vezes: chaves {first} e {second} (linha {line})',
  'input.error.date-order-mixed.day-first':
    'Month: o arquivo mistura ordens de data: {first} na linha {firstLine} começa pelo dia, {second} na linha {secondLine} pelo mês; salve a exportação de novo com um só formato de data',
  'input.error.date-order-mixed.month-first':
    'Month: o arquivo mistura ordens de data: {first} na linha {firstLine} começa pelo mês, {second} na linha {secondLine} pelo dia; salve a exportação de novo com um só formato de data',
  'input.error.unreadable.json-syntax':
    'O arquivo não é um JSON válido: {detail} (linha {line}, coluna {column})',
  'input.error.unreadable.json-not-rows':
    'O JSON não contém linhas de uso: esperava-se uma matriz de objetos de linha, { "value": [...] } ou um documento de relatório',
  'input.error.unreadable.json-no-objects': 'A matriz JSON não contém objetos de linha',
  'input.error.unreadable.gzip-unsupported':
    'O arquivo está compactado com gzip e este navegador não consegue descompactá-lo (sem DecompressionStream): descompacte-o primeiro',
  'input.error.unreadable.gzip-broken':
    'Os dados gzip estão corrompidos ({detail}): compacte a exportação de novo',
  'input.error.http-status': 'Não foi possível carregar {url}: HTTP {status}',
  'input.error.network': 'Não foi possível carregar {url}: {detail}',
  'input.error.not-a-url': 'src: {src} não é uma URL',
  'input.error.source-missing': 'source "{id}" não indica nenhum <dyn-usage-source> neste documento',
  'input.error.source-missing.shadow-root':
    'source "{id}" não indica nenhum <dyn-usage-source> nesta shadow root',
  'input.error.source-undefined':
    'source "{id}" indica um <dyn-usage-source> que não está definido (importe dyn-usage-kit/source, ou o pacote)',
  'input.error.source-not-source': 'source "{id}" indica um <{tag}>, não um <dyn-usage-source>',
  'input.error.worker-failed': 'O worker de análise falhou: {detail}',
  'input.error.worker-unreadable': 'O worker de análise enviou um resultado que não pôde ser lido',
  'input.error.worker-unavailable': 'Não foi possível analisar em um worker: {detail}',
  'input.error.code-unavailable': 'Não foi possível carregar o código dos gráficos da seção: {detail}',
  'input.error.filter-invalid': 'Filtro inválido: {detail}',
  'input.error.filter-report-document':
    'filter: um documento de relatório não pode ser filtrado; os filtros precisam de uma exportação',
  'input.freshness.asOf': 'Dados de {date}',
  'input.freshness.through': 'Dados até {month}',
  'input.freshness.partial.rows': {
    one: 'Os dados de {month} parecem incompletos: {count} linha contra {previousCount} em {previous}. O Partner Center atualiza os dados a cada 3 dias.',
    other:
      'Os dados de {month} parecem incompletos: {count} linhas contra {previousCount} em {previous}. O Partner Center atualiza os dados a cada 3 dias.',
  },
  'input.freshness.partial.available': {
    one: 'Os dados de {month} parecem incompletos: {count} assento disponível contra {previousCount} em {previous}. O Partner Center atualiza os dados a cada 3 dias.',
    other:
      'Os dados de {month} parecem incompletos: {count} assentos disponíveis contra {previousCount} em {previous}. O Partner Center atualiza os dados a cada 3 dias.',
  },
} satisfies CatalogPart<'input'>;
