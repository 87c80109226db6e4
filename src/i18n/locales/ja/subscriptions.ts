import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in ja (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'サブスクリプションのパフォーマンス',
  'subscriptions.search.label': 'すべての顧客を名前またはテナント ID で検索',
  'subscriptions.search.placeholder': '顧客またはテナント ID を検索',
  'subscriptions.download': '生データをダウンロード',
  'subscriptions.download.preparing': '準備中…',
  'subscriptions.search.searching': '検索中…',
  'subscriptions.search.none': '「{query}」に一致する顧客はいません',
  'subscriptions.search.matches': { other: '「{query}」に一致する顧客: {count} 件' },
  'subscriptions.search.noRows': '検索に一致する顧客はいません。',
  'subscriptions.rows.loading': '顧客を読み込み中…',
  'subscriptions.rows.none': '表示する顧客はいません。',
  'subscriptions.rows.error': 'これらの顧客を読み込めませんでした',
  'subscriptions.rows.invalid': '{url} の顧客を読み取れませんでした: {detail}',
  'subscriptions.caption.top.revenue': {
    other: '顧客 {count} 社中の上位 {ranked} 社 (請求済み収益順、{range})',
  },
  'subscriptions.caption.top.seats': {
    other: '顧客 {count} 社中の上位 {ranked} 社 ({month} の利用可能なシート数順、データに請求済み収益なし)',
  },
  'subscriptions.caption.all.revenue': { other: 'すべての顧客 {count} 社 (請求済み収益順、{range})' },
  'subscriptions.caption.all.seats': {
    other: 'すべての顧客 {count} 社 ({month} の利用可能なシート数順、データに請求済み収益なし)',
  },
  'subscriptions.caption.search.revenue': '「{query}」に一致する顧客 (請求済み収益順、{range})',
  'subscriptions.caption.search.seats':
    '「{query}」に一致する顧客 ({month} の利用可能なシート数順、データに請求済み収益なし)',
  'subscriptions.caption.top.seatsHidden': {
    other: '顧客 {count} 社中の上位 {ranked} 社 ({month} の利用可能なシート数順)',
  },
  'subscriptions.caption.all.seatsHidden': {
    other: 'すべての顧客 {count} 社 ({month} の利用可能なシート数順)',
  },
  'subscriptions.caption.search.seatsHidden': '「{query}」に一致する顧客 ({month} の利用可能なシート数順)',
  'subscriptions.caption.outside': { other: '上位 {count} 社に入らない顧客には、ここでは順位がありません。' },
  'subscriptions.caption.outsideRevenue': {
    other: '上位 {count} 社に入らない顧客には、ここでは順位も請求済み収益もありません。',
  },
  'subscriptions.caption.withNote': '{caption}。{note}',
  'subscriptions.column.rank': '順位',
  'subscriptions.column.customer': '顧客',
  'subscriptions.column.market': '市場',
  'subscriptions.column.segment': 'セグメント',
  'subscriptions.column.revenue': '請求済み収益',
  'subscriptions.column.subscriptions': 'サブスクリプション',
  'subscriptions.column.trend': 'アクティブ使用率の推移',
  'subscriptions.trend.label': 'アクティブ使用率: {from} {fromValue} から {to} {toValue}',
  'subscriptions.subs.caption': '{customer} のサブスクリプション',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'サブスクリプション',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': '推移',
  'subscriptions.subs.more': {
    other:
      '{count} 件中 {shown} 件のサブスクリプションを表示しています。生データのダウンロードにはすべて含まれます。',
  },
  'subscriptions.pager.label': '顧客のページ',
  'subscriptions.pager.previous': '前へ',
  'subscriptions.pager.next': '次へ',
  'subscriptions.pager.range': '{start}～{end} / {total}',
  'subscriptions.csv.customerKey': '顧客キー',
  'subscriptions.csv.revenue': '請求済み収益 (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Dynamics 使用状況 サブスクリプション',
  'subscriptions.file.search': '検索',
} satisfies CatalogPart<'subscriptions'>;
