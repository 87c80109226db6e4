import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in ko (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Dynamics 사용량 분포',
  'distribution.skus': { other: 'SKU {count}개' },
  'distribution.availableSeats': { other: '사용 가능한 시트 {count}개' },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': '모든 SKU가 {prefix} 제품이므로 이름에서 “{prefix}”를 생략했습니다.',
  'distribution.other': '기타({skus})',
  'distribution.empty.noMonth': '표시할 월이 없습니다.',
  'distribution.empty.noRows': '{month}에 행이 없습니다.',
  'distribution.legend': '시트 계열',
  'distribution.showAll': { other: 'SKU {count}개 모두 표시' },
  'distribution.showTop': '상위 {count}개 표시',
  'distribution.chart.label':
    'SKU별 사용 가능, 할당된, 활성 시트, {month}: {shown}. 화살표 키로 각 SKU를 읽습니다.',
  'distribution.chart.labelLargest':
    'SKU별 사용 가능, 할당된, 활성 시트, {month}: {shown}. 최대: {sku}, 사용 가능한 시트 {total}개 중 {seats}개({share}). 화살표 키로 각 SKU를 읽습니다.',
  'distribution.shown.top': '{skus} 중 상위 {top}개 및 기타',
  'distribution.readout':
    '{sku}: 사용 가능 {available}, 전체 사용 가능의 {availableShare}; 할당됨 {assigned}; 활성 {active}, 전체 활성의 {activeShare}',
  'distribution.tooltip.share': '{seats} · 전체의 {share}',
  'distribution.table.caption': 'SKU별 시트, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': '사용 가능 중 비율',
  'distribution.table.shareActive': '활성 중 비율',
  'distribution.csv.shareAvailable': '사용 가능 중 비율 %',
} satisfies CatalogPart<'distribution'>;
