import type { CatalogPart } from '../../catalog.js';

/** The report messages in ja (see ../en/report.ts). */
export default {
  'report.loading': '使用状況データを読み込んでいます…',
  'report.loadError': 'レポートを読み込めませんでした。',
  'report.filters': 'レポートのフィルター',
  'report.months': '月',
  'report.from': '開始',
  'report.to': '終了',
  'report.presets': 'プリセット',
  'report.preset.months': { other: '{count} か月' },
  'report.preset.all': 'すべて',
  'report.filter.all': 'すべて',
  'report.dimension.sku': 'SKU',
  'report.dimension.country': '国/地域',
  'report.dimension.segment': '顧客セグメント',
  'report.dimension.salesModel': '販売モデル',
  'report.dimension.partnerLocation': 'パートナーの所在地',
  'report.dimension.partnerAttachType': 'パートナーの関連付けの種類',
  'report.chips': '適用中のフィルター',
  'report.chip.dimension': '{dimension}:',
  'report.chip.remove': 'フィルター {dimension} を削除: {value}',
  'report.chips.clear': 'すべてクリア',
  'report.empty.heading': 'このビューに一致する行はありません。',
  'report.empty.filtered': '選択した月には、これらのフィルターに一致する行がありません。',
  'report.empty.windowed': '選択した月には行がありません。',
  'report.empty.noRows': '表示する行がデータにありません。',
  'report.clearFilters': 'フィルターをクリア',
  'report.allMonths': 'すべての月を表示',
  'report.viewError': 'このビューを表示できません。',
  'report.view.notView': 'view: {shape} が必要ですが、{value} が指定されました',
  'report.view.badMonth': 'view.{field}: {value} は YYYY-MM 形式の月ではありません',
  'report.view.filterNotObject':
    'view.filter: 値のリストのオブジェクト (例: {example}) が必要ですが、{value} が指定されました',
  'report.view.filterNotList':
    'view.filter.{dimension}: 文字列のリストが必要ですが、{value} が指定されました',
  'report.view.unknownDimension': 'view.filter: 不明なディメンション {name} (使用できるもの: {expected})',
  'report.view.reportDocument':
    'view.filter: レポート ドキュメントはフィルターできません ({dimension} {value})。フィルターにはエクスポートが必要です',
  'report.view.unknownValue': 'view.filter: {dimension} {value} はデータにありません',
} satisfies CatalogPart<'report'>;
