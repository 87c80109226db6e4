import type { CatalogPart } from '../../catalog.js';

/** The insights messages in ja (see ../en/insights.ts). */
export default {
  'insights.title': '分析情報',
  'insights.changes.heading': '{from}から{to}までの変化',
  'insights.changes.none': '期間が 1 か月のみのため、説明する変化はまだありません。',
  'insights.change.up': '{metric}は {change} 増加して {to} になりました。',
  'insights.change.down': '{metric}は {change} 減少して {to} になりました。',
  'insights.change.flat': '{metric}は {to} のまま変わりませんでした。',
  'insights.drivers.sku': 'SKU 別',
  'insights.drivers.country': '国/地域別',
  'insights.drivers.customer': '顧客別',
  'insights.drivers.other': { other: 'その他 {count} 件: {change}' },
  'insights.percent.up':
    'アクティブ使用率 % は {change} ポイント上昇して {to} になりました。アクティブなシートの増減による変化が {seats}、SKU 間のシートの移動による変化が {mix} です。',
  'insights.percent.down':
    'アクティブ使用率 % は {change} ポイント低下して {to} になりました。アクティブなシートの増減による変化が {seats}、SKU 間のシートの移動による変化が {mix} です。',
  'insights.percent.flat': 'アクティブ使用率 % は {to} のまま変わりませんでした。',
  'insights.percent.none': 'アクティブ使用率 % の値がありません: 使用可能なシートがない月があります。',

  'insights.anomalies.heading': '通常と異なる月',
  'insights.anomalies.help':
    '前月からの変化が系列の通常の変化から大きく外れている月 (ロバスト偏差が 5 を超え、かつ系列の規模の 5 % 以上、アクティブ使用率 % では 5 ポイント以上)。シート数が 100 未満の SKU は判定しません。',
  'insights.anomalies.none': 'この期間に通常と異なる月はありません。',
  'insights.anomaly.total': '{month}: {metric} {value} (予測範囲 {low}～{high})。',
  'insights.anomaly.sku': '{month}: {sku} の{metric} {value} (予測範囲 {low}～{high})。',
  'insights.anomalies.more': { other: '… ほか {count} か月' },
  'insights.marker.note': '{month}の{metric}は通常と異なります: {value} (予測 {low}～{high})。',
  'insights.marker.cell': '{value} (通常と異なる、予測 {low}～{high})',
  'insights.marker.legend': '通常と異なる月',

  'insights.lists.heading': '{month}の対応候補',
  'insights.search.label': 'これらのリストで顧客を検索',
  'insights.search.placeholder': '顧客を検索',
  'insights.search.none': 'これらのリストに「{query}」に一致する顧客はいません。',
  'insights.unassigned.heading': '未割り当てのシートが多い顧客',
  'insights.unassigned.help': '支払い済みでユーザーに割り当てられていないシート (使用可能 − 割り当て済み)。',
  'insights.inactive.heading': '割り当て済みだが未使用',
  'insights.inactive.help':
    '過去 28 日間に使用していないユーザーに割り当てられたシート (割り当て済み − アクティブ)。',
  'insights.falling.heading': 'アクティブ使用率の低下が大きい顧客',
  'insights.falling.help': '{from}と比べた{to}のアクティブ使用率 % (パーセント ポイント)。',
  'insights.list.empty': 'このリストに顧客はいません。',
  'insights.column.customer': '顧客',
  'insights.column.seats': 'シート数',
  'insights.column.unassigned': '未割り当て',
  'insights.column.inactive': '非アクティブ',
  'insights.column.fall': '低下 (ポイント)',
  'insights.column.activePercent': 'アクティブ %',
  'insights.column.subscriptions': 'サブスクリプション',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': '終了日',
  'insights.column.days': '{month} 以降の日数',
  'insights.sort': '{column}で並べ替え',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': 'サブスクリプションの表で {name} を表示',

  'insights.renewals.heading': 'リスクのある更新',
  'insights.renewals.help':
    '{month}の後 {days} 日以内に終了し、アクティブ使用率が {below} 未満のサブスクリプション (シート数の多い順)。',
  'insights.renewals.none':
    '{days} 日以内に終了するサブスクリプションのうち、アクティブ使用率が {below} 未満のものはありません。',
  'insights.renewals.noEndDates':
    'このエクスポートにはサブスクリプションの終了日 (SubscriptionEndDate) がないため、更新を一覧表示できません。',
  'insights.renewals.unavailable': '更新を一覧表示できません: {reason}',
  'insights.renewals.unreadable': { other: '終了日 {count} 件が日付ではないため除外されています。' },

  'insights.showAll': 'すべて表示 ({count} 件)',
  'insights.showFewer': '表示を減らす',
  'insights.csv.list': 'リスト',
  'insights.csv.value': '値',
  'insights.fileName': 'dynamics-使用状況-分析情報',
} satisfies CatalogPart<'insights'>;
