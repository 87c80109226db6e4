import type { CatalogPart } from '../../catalog.js';

/** The sku messages in zh-CN (see ../en/sku.ts). */
export default {
  'sku.title': '按 SKU 划分的 Dynamics 使用情况',
  'sku.view.group': '视图',
  'sku.view.single': '单个 SKU',
  'sku.view.compare': '比较 SKU',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKU 列表',
  'sku.picker.none': '没有匹配的 SKU',
  'sku.picker.matches': { other: '{count} 个 SKU 匹配' },
  'sku.metric.label': '指标',
  'sku.sharedScale': '全部使用相同刻度',
  'sku.missing': '这些月份中没有“{sku}”的行；正在显示 {shown}。',
  'sku.chart.label':
    '{sku}：按月显示的可用、已分配和活动席位，{from} 至 {to}。{month}：可用 {available}，已分配 {assigned}，活动 {active}。使用方向键读取每个月。',
  'sku.legend.label': '{sku} 的系列',
  'sku.readout': '{month}：{figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': '，',
  'sku.multiples.unusual': '{sku}：{note}',
  'sku.multiples.label.own': {
    other:
      '按 SKU 划分的{metric}，{from} 至 {to}：{count} 个小图表，各自使用独立刻度。使用方向键读取每个月。',
  },
  'sku.multiples.label.shared': {
    other: '按 SKU 划分的{metric}，{from} 至 {to}：{count} 个小图表，使用同一刻度。使用方向键读取每个月。',
  },
  'sku.table.single': '{sku}：按月划分的席位',
  'sku.table.compare': '按 SKU 和月份划分的{metric}',
  'sku.table.month': '月份',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': '月份',
} satisfies CatalogPart<'sku'>;
