import type { CatalogPart } from '../../catalog.js';

/** The summary messages in ja (see ../en/summary.ts). */
export default {
  'summary.title': '概要',
  'summary.change.vs': '{month}比 {change}',
  'summary.change.points': '{change} ポイント',
  'summary.change.upSeats': { other: '{month}から {count} シート増加' },
  'summary.change.downSeats': { other: '{month}から {count} シート減少' },
  'summary.change.upPoints': { other: '{month}から {count} ポイント上昇' },
  'summary.change.downPoints': { other: '{month}から {count} ポイント低下' },
  'summary.change.unchanged': '{month}から変化なし',
  'summary.change.none': '比較する前月がありません',
  'summary.spark.label': '{metric}、{from}～{to}: {first} から {last}。方向キーで各月の値を読み上げます。',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': '月別の概要',
  'summary.table.month': '月',
} satisfies CatalogPart<'summary'>;
