import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in ko (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': '구독 성과',
  'subscriptions.search.label': '이름 또는 테넌트 ID로 모든 고객 검색',
  'subscriptions.search.placeholder': '고객 또는 테넌트 ID 검색',
  'subscriptions.download': '원시 데이터 다운로드',
  'subscriptions.download.preparing': '준비 중…',
  'subscriptions.search.searching': '검색 중…',
  'subscriptions.search.none': '“{query}”과(와) 일치하는 고객이 없습니다',
  'subscriptions.search.matches': { other: '“{query}”과(와) 일치하는 고객 {count}명' },
  'subscriptions.search.noRows': '검색과 일치하는 고객이 없습니다.',
  'subscriptions.rows.loading': '고객 로드 중…',
  'subscriptions.rows.none': '표시할 고객이 없습니다.',
  'subscriptions.rows.error': '이 고객들을 불러올 수 없습니다',
  'subscriptions.rows.invalid': '{url}의 고객을 읽을 수 없습니다: {detail}',
  'subscriptions.caption.top.revenue': {
    other: '고객 {count}명 중 상위 {ranked}명, 청구된 수익순, {range}',
  },
  'subscriptions.caption.top.seats': {
    other: '고객 {count}명 중 상위 {ranked}명, {month} 사용 가능한 시트순(데이터에 청구된 수익 없음)',
  },
  'subscriptions.caption.all.revenue': { other: '전체 고객 {count}명, 청구된 수익순, {range}' },
  'subscriptions.caption.all.seats': {
    other: '전체 고객 {count}명, {month} 사용 가능한 시트순(데이터에 청구된 수익 없음)',
  },
  'subscriptions.caption.search.revenue': '“{query}”과(와) 일치하는 고객, 청구된 수익순, {range}',
  'subscriptions.caption.search.seats':
    '“{query}”과(와) 일치하는 고객, {month} 사용 가능한 시트순(데이터에 청구된 수익 없음)',
  'subscriptions.caption.top.seatsHidden': {
    other: '고객 {count}명 중 상위 {ranked}명, {month} 사용 가능한 시트순',
  },
  'subscriptions.caption.all.seatsHidden': {
    other: '전체 고객 {count}명, {month} 사용 가능한 시트순',
  },
  'subscriptions.caption.search.seatsHidden': '“{query}”과(와) 일치하는 고객, {month} 사용 가능한 시트순',
  'subscriptions.caption.outside': { other: '상위 {count}명에 들지 않는 고객은 여기서 순위가 없습니다.' },
  'subscriptions.caption.outsideRevenue': {
    other: '상위 {count}명에 들지 않는 고객은 여기서 순위와 청구된 수익이 없습니다.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': '순위',
  'subscriptions.column.customer': '고객',
  'subscriptions.column.market': '시장',
  'subscriptions.column.segment': '세그먼트',
  'subscriptions.column.revenue': '청구된 수익',
  'subscriptions.column.subscriptions': '구독',
  'subscriptions.column.trend': '활성 사용률 추세',
  'subscriptions.trend.label': '활성 사용률, {from} {fromValue}에서 {to} {toValue}까지',
  'subscriptions.subs.caption': '{customer}의 구독',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': '구독',
  'subscriptions.subs.ofMonth': '{label}({month})',
  'subscriptions.subs.trend': '추세',
  'subscriptions.subs.more': {
    other: '구독 {count}개 중 {shown}개를 표시합니다. 원시 데이터 다운로드에는 모두 포함됩니다.',
  },
  'subscriptions.pager.label': '고객 페이지',
  'subscriptions.pager.previous': '이전',
  'subscriptions.pager.next': '다음',
  'subscriptions.pager.range': '{start}–{end} / {total}',
  'subscriptions.csv.customerKey': '고객 키',
  'subscriptions.csv.revenue': '청구된 수익(USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Dynamics 사용량 구독',
  'subscriptions.file.search': '검색',
} satisfies CatalogPart<'subscriptions'>;
