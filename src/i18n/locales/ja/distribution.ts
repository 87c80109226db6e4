import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in ja (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Dynamics 使用状況の分布',
  'distribution.skus': { other: '{count} 個の SKU' },
  'distribution.availableSeats': { other: '使用可能なシート数 {count}' },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote':
    'すべての SKU が {prefix} 製品のため、名前から「{prefix}」を省いて表示しています。',
  'distribution.other': 'その他 ({skus})',
  'distribution.empty.noMonth': '表示する月がありません。',
  'distribution.empty.noRows': '{month} に行がありません。',
  'distribution.legend': 'シート数の系列',
  'distribution.showAll': { other: '{count} 個の SKU をすべて表示' },
  'distribution.showTop': '上位 {count} 個を表示',
  'distribution.chart.label':
    'SKU 別の使用可能、割り当て済み、アクティブなシート数 ({month}): {shown}。 方向キーで各 SKU を読み上げます。',
  'distribution.chart.labelLargest':
    'SKU 別の使用可能、割り当て済み、アクティブなシート数 ({month}): {shown}。 最大: {sku}、使用可能なシート数 {total} のうち {seats} ({share})。 方向キーで各 SKU を読み上げます。',
  'distribution.shown.top': '{skus} のうち上位 {top} 個とその他',
  'distribution.readout':
    '{sku}: 使用可能 {available} (使用可能全体の {availableShare})、割り当て済み {assigned}、アクティブ {active} (アクティブ全体の {activeShare})',
  'distribution.tooltip.share': '{seats} · 合計の {share}',
  'distribution.table.caption': 'SKU 別のシート数 ({month})',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': '使用可能に占める割合',
  'distribution.table.shareActive': 'アクティブに占める割合',
  'distribution.csv.shareAvailable': '使用可能に占める割合 %',
} satisfies CatalogPart<'distribution'>;
