import type { CatalogPart } from '../../catalog.js';

/** The geo messages in zh-CN (see ../en/geo.ts). */
export default {
  'geo.title': '按地理位置划分的 Dynamics 使用情况',
  'geo.count': {
    other: '有使用量的国家/地区',
  },
  'geo.unmatched': {
    other: '{count} 个市场无法在地图上定位：{markets}',
  },
  'geo.unmatched.market': {
    other: '{market}（{count} 行）',
  },
  'geo.unmatched.separator': '、',
  'geo.metric.group': '地图显示',
  'geo.map.label.available': '按国家/地区显示可用席位的世界地图，{month}；颜色越深，席位越多。',
  'geo.map.label.active': '按国家/地区显示活动席位的世界地图，{month}；颜色越深，席位越多。',
  'geo.map.keys': '按键：+ 和 − 缩放，方向键平移，0 显示整个地图。',
  'geo.zoom.group': '地图缩放',
  'geo.zoom.in': '放大',
  'geo.zoom.out': '缩小',
  'geo.zoom.home': '全图',
  'geo.zoom.homeLabel': '全图：返回整个地图',
  'geo.tooltip.figure': '{metric}：{value}',
  'geo.legend.title': '{metric}，{month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': '无数据行',
  'geo.legend.small': '小国家或地区',
  'geo.grid.caption': '按国家/地区划分的席位，{month}',
  'geo.grid.country': '国家/地区',
  'geo.search.label': '搜索国家/地区',
  'geo.search.status': {
    other: '{count} 个国家/地区中的 {shown} 个',
  },
  'geo.search.noMatch': '没有与“{query}”匹配的国家/地区。',
  'geo.csv.code': '代码',
  'geo.csv.market': '市场',
} satisfies CatalogPart<'geo'>;
