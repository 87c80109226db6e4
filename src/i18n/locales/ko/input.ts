import type { CatalogPart } from '../../catalog.js';

/** The input messages in ko (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: 날짜가 일부터 시작합니다({line}행의 {value}는 {month}). en-GB, nl, de, fr의 Excel이 쓰는 방식이며 그대로 읽었습니다',
  'input.warning.date-order-ambiguous':
    'Month: 일과 월을 구분할 수 있는 날짜가 없습니다({line}행의 {value}). Partner Center 방식대로 월을 먼저 읽었습니다',
  'input.warning.encoding-windows-1252':
    '파일이 UTF-8이 아닙니다(UTF-8이 아닌 바이트가 있는 첫 행은 {line}행). Windows용 Excel의 "CSV"처럼 Windows-1252로 읽었습니다',
  'input.warning.encoding-invalid-utf8': {
    other:
      '{lines}행에 UTF-8이 아닌 바이트가 있습니다. 한 바이트씩 Windows-1252 문자로 읽었으니 해당 이름을 확인하세요',
  },
  'input.warning.encoding-invalid-utf8.more':
    '{lines}행 외 여러 행에 UTF-8이 아닌 바이트가 있습니다. 한 바이트씩 Windows-1252 문자로 읽었으니 해당 이름을 확인하세요',
  'input.warning.decimal-comma':
    '파일이 세미콜론으로 구분되어 있습니다(nl, de, fr 등의 Excel "CSV"). 숫자는 소수점 쉼표로 읽었으며(1234,56은 1234.56), 숫자 안의 "."은 천 단위 구분 기호로 보아 거부합니다',
  'input.warning.rows-recovered':
    '{line}행의 따옴표 때문에 셀이 다음 행들까지 이어졌습니다(짝이 맞지 않는 따옴표?). 그 행을 건너뛰고 다음 행들을 다시 읽었습니다',
  'input.warning.rows-recovered.more': {
    other:
      '{line}행(외 {count}개 행)의 따옴표 때문에 셀이 다음 행들까지 이어졌습니다(짝이 맞지 않는 따옴표?). 그 행을 건너뛰고 다음 행들을 다시 읽었습니다',
  },
  'input.warning.outlier-month': {
    other:
      '{month} 월({count}개 행)이 나머지 데이터({from}~{to})와 1년 이상 떨어져 있습니다. 해당 행의 Month를 확인하세요',
  },
  'input.warning.outlier-month.default-window': {
    other:
      '{month} 월({count}개 행)이 나머지 데이터({from}~{to})와 1년 이상 떨어져 있습니다. 해당 행의 Month를 확인하세요. 기본 기간은 {to}에 끝납니다',
  },
  'input.warning.window-clamped': {
    other: '기간 {from}~{to}가 {count}개월보다 깁니다. 데이터가 있는 달인 {cutFrom}~{cutTo}로 줄였습니다',
  },
  'input.skip.field-count': '행의 필드는 {fields}개인데 머리글은 {width}개입니다',
  'input.skip.cell-empty': '{column}이(가) 비어 있습니다',
  'input.skip.not-a-month': '{column} {value}은(는) 월이 아닙니다',
  'input.skip.thousands-separator': '{column} {value}에 천 단위 구분 기호가 있습니다',
  'input.skip.number-too-large': '{column} {value}이(가) 너무 큽니다(2^53 이상)',
  'input.skip.not-a-whole-number': '{column} {value}은(는) 0 이상의 정수가 아닙니다',
  'input.skip.not-a-number': '{column} {value}은(는) 숫자가 아닙니다',
  'input.skip.stray-quote':
    '{line}행의 따옴표 때문에 셀이 다음 행들까지 이어집니다(짝이 맞지 않는 따옴표?). {line}행을 건너뛰고 다음 행들을 다시 읽습니다',
  'input.skip.not-an-object': '행이 개체가 아닙니다',
  'input.error.missing-columns': {
    other: '필수 열이 없습니다: {columns}',
  },
  'input.error.empty': '파일이 비어 있습니다',
  'input.error.workbook':
    'Excel 통합 문서(.xlsx) 또는 다른 zip 파일이며 내보내기가 아닙니다. 시트를 CSV(CSV UTF-8)로 저장한 뒤 그 파일을 불러오세요',
  'input.error.workbook.xls':
    'Excel 97–2003 통합 문서(.xls)이며 내보내기가 아닙니다. 시트를 CSV(CSV UTF-8)로 저장한 뒤 그 파일을 불러오세요',
  'input.error.html-page':
    '웹 페이지(HTML)이며 내보내기가 아닙니다. 파일 대신 로그인 페이지나 오류 페이지가 전달되었을 수 있습니다',
  'input.error.html-page.markup':
    '마크업(XML 또는 HTML)이며 내보내기가 아닙니다. 파일 대신 오류 문서가 전달되었을 수 있습니다',
  'input.error.json-scalar':
    '단일 JSON 값({value})이며 내보내기가 아닙니다. CSV, TSV 또는 행의 JSON 배열이 필요합니다',
  'input.error.not-text':
    '파일에 UTF-16 텍스트에는 없는 순서의 00 바이트가 있습니다. 텍스트 내보내기가 아닙니다(CSV UTF-8로 저장하세요)',
  'input.error.duplicate-columns.keys': '{column} 열이 두 번 있습니다: 키 {first}와(과) {second}({line}행)',
  'input.error.date-order-mixed.day-first':
    'Month: 파일에 날짜 순서가 섞여 있습니다. {firstLine}행의 {first}는 일이 먼저, {secondLine}행의 {second}는 월이 먼저입니다. 한 가지 날짜 형식으로 내보내기를 다시 저장하세요',
  'input.error.date-order-mixed.month-first':
    'Month: 파일에 날짜 순서가 섞여 있습니다. {firstLine}행의 {first}는 월이 먼저, {secondLine}행의 {second}는 일이 먼저입니다. 한 가지 날짜 형식으로 내보내기를 다시 저장하세요',
  'input.error.unreadable.json-syntax': '파일이 올바른 JSON이 아닙니다: {detail}({line}행, {column}열)',
  'input.error.unreadable.json-not-rows':
    'JSON에 사용량 행이 없습니다. 행 개체의 배열, { "value": [...] } 또는 보고서 문서가 필요합니다',
  'input.error.unreadable.json-no-objects': 'JSON 배열에 행 개체가 없습니다',
  'input.error.unreadable.gzip-unsupported':
    '파일이 gzip으로 압축되어 있으며 이 브라우저는 압축을 풀 수 없습니다(DecompressionStream 없음). 먼저 압축을 푸세요',
  'input.error.unreadable.gzip-broken': 'gzip 데이터가 손상되었습니다({detail}). 내보내기를 다시 압축하세요',
  'input.error.http-status': '{url}을(를) 불러올 수 없습니다: HTTP {status}',
  'input.error.network': '{url}을(를) 불러올 수 없습니다: {detail}',
  'input.error.not-a-url': 'src: {src}은(는) URL이 아닙니다',
  'input.error.source-missing': 'source "{id}"에 해당하는 <dyn-usage-source>가 이 문서에 없습니다',
  'input.error.source-missing.shadow-root':
    'source "{id}"에 해당하는 <dyn-usage-source>가 이 섀도 루트에 없습니다',
  'input.error.source-undefined':
    'source "{id}"의 <dyn-usage-source>가 정의되지 않았습니다(dyn-usage-kit/source 또는 번들을 가져오세요)',
  'input.error.source-not-source': 'source "{id}"는 <dyn-usage-source>가 아니라 <{tag}>를 가리킵니다',
  'input.error.worker-failed': '파서 작업자가 실패했습니다: {detail}',
  'input.error.worker-unreadable': '파서 작업자가 읽을 수 없는 결과를 보냈습니다',
  'input.error.worker-unavailable': '작업자에서 분석할 수 없습니다: {detail}',
  'input.error.code-unavailable': '이 섹션의 차트 코드를 불러오지 못했습니다: {detail}',
  'input.error.filter-invalid': '잘못된 필터: {detail}',
  'input.error.filter-report-document':
    'filter: 보고서 문서는 필터링할 수 없습니다. 필터에는 내보내기가 필요합니다',
  'input.freshness.asOf': '{date} 기준 데이터',
  'input.freshness.through': '{month}까지의 데이터',
  'input.freshness.partial.rows': {
    other:
      '{month} 데이터가 일부만 있는 것 같습니다: {count}개 행({previous}: {previousCount}개). Partner Center는 3일마다 데이터를 새로 고칩니다.',
  },
  'input.freshness.partial.available': {
    other:
      '{month} 데이터가 일부만 있는 것 같습니다: 사용 가능한 시트 {count}개({previous}: {previousCount}개). Partner Center는 3일마다 데이터를 새로 고칩니다.',
  },
} satisfies CatalogPart<'input'>;
