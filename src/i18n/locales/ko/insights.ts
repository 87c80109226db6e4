import type { CatalogPart } from '../../catalog.js';

/** The insights messages in ko (see ../en/insights.ts). */
export default {
  'insights.title': '인사이트',
  'insights.changes.heading': '{from}부터 {to}까지의 변화',
  'insights.changes.none': '기간에 한 달만 있어 아직 설명할 변화가 없습니다.',
  'insights.change.up': '{metric}이(가) {change} 증가하여 {to}이(가) 되었습니다.',
  'insights.change.down': '{metric}이(가) {change} 감소하여 {to}이(가) 되었습니다.',
  'insights.change.flat': '{metric}은(는) {to}(으)로 변동이 없습니다.',
  'insights.drivers.sku': 'SKU별',
  'insights.drivers.country': '국가/지역별',
  'insights.drivers.customer': '고객별',
  'insights.drivers.other': { other: '기타 {count}개: {change}' },
  'insights.percent.up':
    '활성 사용률 %가 {change}%p 올라 {to}이(가) 되었습니다. 활성 시트 증감에 따른 변화는 {seats}, SKU 간 시트 이동에 따른 변화는 {mix}입니다.',
  'insights.percent.down':
    '활성 사용률 %가 {change}%p 내려 {to}이(가) 되었습니다. 활성 시트 증감에 따른 변화는 {seats}, SKU 간 시트 이동에 따른 변화는 {mix}입니다.',
  'insights.percent.flat': '활성 사용률 %는 {to}(으)로 변동이 없습니다.',
  'insights.percent.none': '활성 사용률 %의 값이 없습니다. 사용 가능한 시트가 없는 월이 있습니다.',

  'insights.anomalies.heading': '비정상적인 월',
  'insights.anomalies.help':
    '전월 대비 변화가 계열의 일반적인 변화에서 크게 벗어난 월(로버스트 편차 5 초과, 그리고 계열 규모의 5 % 이상, 활성 사용률 %는 5포인트 이상). 시트가 100개 미만인 SKU는 판정하지 않습니다.',
  'insights.anomalies.none': '이 기간에는 비정상적인 월이 없습니다.',
  'insights.anomaly.total': '{month}: {metric} {value}, 예상 범위 {low}~{high}.',
  'insights.anomaly.sku': '{month}: {sku}의 {metric} {value}, 예상 범위 {low}~{high}.',
  'insights.anomalies.more': { other: '… 외 {count}개월' },
  'insights.marker.note': '{month}의 {metric} 값이 평소와 다릅니다: {value}, 예상 {low}~{high}.',
  'insights.marker.cell': '{value} (평소와 다름, 예상 {low}~{high})',
  'insights.marker.legend': '비정상적인 월',

  'insights.lists.heading': '{month} 조치 대상',
  'insights.search.label': '이 목록에서 고객 검색',
  'insights.search.placeholder': '고객 검색',
  'insights.search.none': '이 목록에 “{query}”과(와) 일치하는 고객이 없습니다.',
  'insights.unassigned.heading': '할당되지 않은 시트가 많은 고객',
  'insights.unassigned.help': '비용은 지불했지만 사용자에게 할당되지 않은 시트(사용 가능 − 할당됨).',
  'insights.inactive.heading': '할당되었지만 사용되지 않음',
  'insights.inactive.help': '최근 28일 동안 사용하지 않은 사용자에게 할당된 시트(할당됨 − 활성).',
  'insights.falling.heading': '활성 사용률이 가장 크게 떨어진 고객',
  'insights.falling.help': '{from} 대비 {to}의 활성 사용률 %(%p 단위).',
  'insights.list.empty': '이 목록에 고객이 없습니다.',
  'insights.column.customer': '고객',
  'insights.column.seats': '시트',
  'insights.column.unassigned': '미할당',
  'insights.column.inactive': '비활성',
  'insights.column.fall': '하락(%p)',
  'insights.column.activePercent': '활성 %',
  'insights.column.subscriptions': '구독',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': '종료일',
  'insights.column.days': '{month} 이후 일수',
  'insights.sort': '{column} 기준 정렬',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': '구독 표에서 {name} 표시',

  'insights.renewals.heading': '위험한 갱신',
  'insights.renewals.help':
    '{month} 이후 {days}일 이내에 종료되고 활성 사용률이 {below} 미만인 구독(시트가 많은 순).',
  'insights.renewals.none': '{days}일 이내에 종료되는 구독 중 활성 사용률이 {below} 미만인 구독이 없습니다.',
  'insights.renewals.noEndDates':
    '이 내보내기에는 구독 종료 날짜(SubscriptionEndDate)가 없으므로 갱신 목록을 표시할 수 없습니다.',
  'insights.renewals.unavailable': '갱신 목록을 표시할 수 없습니다: {reason}',
  'insights.renewals.unreadable': { other: '종료 날짜 {count}개가 날짜가 아니어서 제외되었습니다.' },

  'insights.showAll': '모두 표시({count}개)',
  'insights.showFewer': '간단히 표시',
  'insights.csv.list': '목록',
  'insights.csv.value': '값',
  'insights.fileName': 'dynamics-사용량-인사이트',
} satisfies CatalogPart<'insights'>;
