import type { CatalogPart } from '../../catalog.js';

/** The sku messages in ja (see ../en/sku.ts). */
export default {
  'sku.title': 'SKU 別の Dynamics 使用状況',
  'sku.view.group': '表示',
  'sku.view.single': '1 つの SKU',
  'sku.view.compare': 'SKU を比較',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKU 一覧',
  'sku.picker.none': '一致する SKU はありません',
  'sku.picker.matches': { other: '{count} 件の SKU が一致' },
  'sku.metric.label': '指標',
  'sku.sharedScale': 'すべて同じ目盛り',
  'sku.missing': 'この期間に「{sku}」の行はありません。{shown} を表示しています。',
  'sku.chart.label':
    '{sku}: 月別の使用可能、割り当て済み、アクティブなシート数 ({from}～{to})。{month}: 使用可能 {available}、割り当て済み {assigned}、アクティブ {active}。方向キーで各月を確認できます。',
  'sku.legend.label': '{sku} の系列',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': '、',
  'sku.multiples.unusual': '{sku}：{note}',
  'sku.multiples.label.own': {
    other:
      'SKU 別の{metric} ({from}～{to}): 小さなグラフ {count} 個 (それぞれ独自の目盛り)。方向キーで各月を確認できます。',
  },
  'sku.multiples.label.shared': {
    other:
      'SKU 別の{metric} ({from}～{to}): 小さなグラフ {count} 個 (共通の目盛り)。方向キーで各月を確認できます。',
  },
  'sku.table.single': '{sku}: 月別のシート数',
  'sku.table.compare': 'SKU 別・月別の{metric}',
  'sku.table.month': '月',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': '月',
} satisfies CatalogPart<'sku'>;
