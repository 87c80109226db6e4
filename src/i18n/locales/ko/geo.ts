import type { CatalogPart } from '../../catalog.js';

/** The geo messages in ko (see ../en/geo.ts). */
export default {
  'geo.title': '지역별 Dynamics 사용량',
  'geo.count': {
    other: '사용량이 있는 국가/지역',
  },
  'geo.unmatched': {
    other: '시장 {count}개를 지도에 배치할 수 없습니다: {markets}',
  },
  'geo.unmatched.market': {
    other: '{market}({count}행)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': '지도 표시 항목',
  'geo.map.label.available':
    '국가/지역별 사용 가능한 시트 수를 보여 주는 세계 지도, {month}. 색이 진할수록 시트가 많습니다.',
  'geo.map.label.active':
    '국가/지역별 활성 시트 수를 보여 주는 세계 지도, {month}. 색이 진할수록 시트가 많습니다.',
  'geo.map.keys': '키: + 및 −로 확대/축소, 화살표 키로 이동, 0으로 전체 지도를 표시합니다.',
  'geo.zoom.group': '지도 확대/축소',
  'geo.zoom.in': '확대',
  'geo.zoom.out': '축소',
  'geo.zoom.home': '홈',
  'geo.zoom.homeLabel': '홈: 전체 지도로 돌아가기',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': '행 없음',
  'geo.legend.small': '작은 국가 또는 지역',
  'geo.grid.caption': '국가/지역별 시트, {month}',
  'geo.grid.country': '국가/지역',
  'geo.search.label': '국가/지역 검색',
  'geo.search.status': {
    other: '국가/지역 {count}개 중 {shown}개',
  },
  'geo.search.noMatch': '“{query}”와(과) 일치하는 국가/지역이 없습니다.',
  'geo.csv.code': '코드',
  'geo.csv.market': '시장',
} satisfies CatalogPart<'geo'>;
