import type { CatalogPart } from '../../catalog.js';

/** The sku messages in ko (see ../en/sku.ts). */
export default {
  'sku.title': 'SKU별 Dynamics 사용량',
  'sku.view.group': '보기',
  'sku.view.single': 'SKU 1개',
  'sku.view.compare': 'SKU 비교',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKU 목록',
  'sku.picker.none': '일치하는 SKU 없음',
  'sku.picker.matches': { other: 'SKU {count}개 일치' },
  'sku.metric.label': '메트릭',
  'sku.sharedScale': '모두 같은 눈금',
  'sku.missing': '이 기간에 “{sku}”의 행이 없어 {shown}을(를) 표시합니다.',
  'sku.chart.label':
    '{sku}: 월별 사용 가능, 할당된, 활성 시트, {from}~{to}. {month}: 사용 가능 {available}, 할당됨 {assigned}, 활성 {active}. 화살표 키로 각 월을 읽을 수 있습니다.',
  'sku.legend.label': '{sku} 계열',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    other:
      'SKU별 {metric}, {from}~{to}: 작은 차트 {count}개, 각각 자체 눈금. 화살표 키로 각 월을 읽을 수 있습니다.',
  },
  'sku.multiples.label.shared': {
    other:
      'SKU별 {metric}, {from}~{to}: 작은 차트 {count}개, 하나의 공통 눈금. 화살표 키로 각 월을 읽을 수 있습니다.',
  },
  'sku.table.single': '{sku}: 월별 시트',
  'sku.table.compare': 'SKU 및 월별 {metric}',
  'sku.table.month': '월',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': '월',
} satisfies CatalogPart<'sku'>;
