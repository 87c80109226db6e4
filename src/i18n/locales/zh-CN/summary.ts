import type { CatalogPart } from '../../catalog.js';

/** The summary messages in zh-CN (see ../en/summary.ts). */
export default {
  'summary.title': '摘要',
  'summary.change.vs': '较{month} {change}',
  'summary.change.points': '{change} 个百分点',
  'summary.change.upSeats': { other: '较{month}增加 {count} 个席位' },
  'summary.change.downSeats': { other: '较{month}减少 {count} 个席位' },
  'summary.change.upPoints': { other: '较{month}上升 {count} 个百分点' },
  'summary.change.downPoints': { other: '较{month}下降 {count} 个百分点' },
  'summary.change.unchanged': '与{month}持平',
  'summary.change.none': '没有可比较的上月数据',
  'summary.spark.label': '{metric}，{from} 至 {to}：从 {first} 到 {last}。使用箭头键读取每个月。',
  'summary.spark.readout': '{month}：{value}',
  'summary.table.caption': '按月摘要',
  'summary.table.month': '月份',
} satisfies CatalogPart<'summary'>;
