import type { CatalogPart } from '../../catalog.js';

/** The geo messages in ja (see ../en/geo.ts). */
export default {
  'geo.title': '地域別の Dynamics 使用状況',
  'geo.count': {
    other: '使用のある国/地域',
  },
  'geo.unmatched': {
    other: '{count} 件の市場を地図上に配置できませんでした: {markets}',
  },
  'geo.unmatched.market': {
    other: '{market} ({count} 行)',
  },
  'geo.unmatched.separator': '、',
  'geo.metric.group': '地図の表示内容',
  'geo.map.label.available':
    '国/地域別の使用可能なシート数を示す世界地図 ({month})。色が濃いほどシート数が多くなります。',
  'geo.map.label.active':
    '国/地域別のアクティブなシート数を示す世界地図 ({month})。色が濃いほどシート数が多くなります。',
  'geo.map.keys': 'キー操作: + と − で拡大/縮小、方向キーで移動、0 で地図全体を表示します。',
  'geo.zoom.group': '地図のズーム',
  'geo.zoom.in': '拡大',
  'geo.zoom.out': '縮小',
  'geo.zoom.home': 'ホーム',
  'geo.zoom.homeLabel': 'ホーム: 地図全体に戻る',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric} ({month})',
  'geo.legend.range': '{from}～{to}',
  'geo.legend.noRows': '行なし',
  'geo.legend.small': '小さな国または地域',
  'geo.grid.caption': '国/地域別のシート数 ({month})',
  'geo.grid.country': '国/地域',
  'geo.search.label': '国/地域を検索',
  'geo.search.status': {
    other: '{count} 件の国/地域のうち {shown} 件',
  },
  'geo.search.noMatch': '「{query}」に一致する国/地域はありません。',
  'geo.csv.code': 'コード',
  'geo.csv.market': '市場',
} satisfies CatalogPart<'geo'>;
