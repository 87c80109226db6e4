import type { CatalogPart } from '../../catalog.js';

/** The summary messages in ko (see ../en/summary.ts). */
export default {
  'summary.title': '요약',
  'summary.change.vs': '{month} 대비 {change}',
  'summary.change.points': '{change}%p',
  'summary.change.upSeats': { other: '{month} 대비 시트 {count}개 증가' },
  'summary.change.downSeats': { other: '{month} 대비 시트 {count}개 감소' },
  'summary.change.upPoints': { other: '{month} 대비 {count}%p 상승' },
  'summary.change.downPoints': { other: '{month} 대비 {count}%p 하락' },
  'summary.change.unchanged': '{month} 대비 변동 없음',
  'summary.change.none': '비교할 이전 달이 없음',
  'summary.spark.label':
    '{metric}, {from}~{to}: {first}에서 {last}(으)로. 화살표 키를 사용하여 각 월을 읽습니다.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': '월별 요약',
  'summary.table.month': '월',
} satisfies CatalogPart<'summary'>;
