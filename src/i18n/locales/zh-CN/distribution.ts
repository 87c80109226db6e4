import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in zh-CN (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Dynamics 使用情况分布',
  'distribution.skus': { other: '{count} 个 SKU' },
  'distribution.availableSeats': { other: '{count} 个可用席位' },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': '所有 SKU 均为 {prefix} 产品，名称中省略了“{prefix}”。',
  'distribution.other': '其他（{skus}）',
  'distribution.empty.noMonth': '没有可显示的月份。',
  'distribution.empty.noRows': '{month}没有数据行。',
  'distribution.legend': '席位系列',
  'distribution.showAll': { other: '显示全部 {count} 个 SKU' },
  'distribution.showTop': '显示前 {count} 个',
  'distribution.chart.label':
    '按 SKU 划分的可用、已分配和活动席位，{month}：{shown}。 使用箭头键读取每个 SKU。',
  'distribution.chart.labelLargest':
    '按 SKU 划分的可用、已分配和活动席位，{month}：{shown}。 最大：{sku}，{total} 个可用席位中的 {seats} 个（{share}）。 使用箭头键读取每个 SKU。',
  'distribution.shown.top': '{skus}中的前 {top} 个及其他',
  'distribution.readout':
    '{sku}：可用 {available}，占全部可用的 {availableShare}；已分配 {assigned}；活动 {active}，占全部活动的 {activeShare}',
  'distribution.tooltip.share': '{seats} · 占总数的 {share}',
  'distribution.table.caption': '按 SKU 划分的席位，{month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': '占可用的比例',
  'distribution.table.shareActive': '占活动的比例',
  'distribution.csv.shareAvailable': '占可用的比例 %',
} satisfies CatalogPart<'distribution'>;
