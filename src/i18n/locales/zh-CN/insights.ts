import type { CatalogPart } from '../../catalog.js';

/** The insights messages in zh-CN (see ../en/insights.ts). */
export default {
  'insights.title': '见解',
  'insights.changes.heading': '从{from}到{to}的变化',
  'insights.changes.none': '该时间段只有一个月：暂无可解释的变化。',
  'insights.change.up': '{metric}增加了 {change}，达到 {to}。',
  'insights.change.down': '{metric}减少了 {change}，降至 {to}。',
  'insights.change.flat': '{metric}保持在 {to}。',
  'insights.drivers.sku': '按 SKU',
  'insights.drivers.country': '按国家/地区',
  'insights.drivers.customer': '按客户',
  'insights.drivers.other': { other: '其他 {count} 个：{change}' },
  'insights.percent.up':
    '活动使用率 % 上升了 {change} 个百分点，达到 {to}：其中 {seats} 来自活动席位的增减，{mix} 来自席位在 SKU 之间的转移。',
  'insights.percent.down':
    '活动使用率 % 下降了 {change} 个百分点，降至 {to}：其中 {seats} 来自活动席位的增减，{mix} 来自席位在 SKU 之间的转移。',
  'insights.percent.flat': '活动使用率 % 保持在 {to}。',
  'insights.percent.none': '活动使用率 % 没有数值：某个月没有可用席位。',

  'insights.anomalies.heading': '异常月份',
  'insights.anomalies.help':
    '与上月相比的变化明显偏离该序列通常变化的月份（超过 5 个稳健偏差，且至少为序列规模的 5 %；活跃使用率 % 至少 5 个百分点）。席位少于 100 的 SKU 不做判断。',
  'insights.anomalies.none': '此时间段内没有异常月份。',
  'insights.anomaly.total': '{month}：{metric} {value}，预期为 {low} 至 {high}。',
  'insights.anomaly.sku': '{month}：{sku} 的{metric} {value}，预期为 {low} 至 {high}。',
  'insights.anomalies.more': { other: '… 还有 {count} 个月' },

  'insights.lists.heading': '{month}的行动重点',
  'insights.search.label': '在这些列表中搜索客户',
  'insights.search.placeholder': '搜索客户',
  'insights.search.none': '这些列表中没有与“{query}”匹配的客户。',
  'insights.unassigned.heading': '未分配席位最多',
  'insights.unassigned.help': '已付费但未分配给用户的席位（可用 − 已分配）。',
  'insights.inactive.heading': '已分配但未使用',
  'insights.inactive.help': '分配给过去 28 天内未使用它们的用户的席位（已分配 − 活动）。',
  'insights.falling.heading': '活动使用率降幅最大',
  'insights.falling.help': '{to}与{from}相比的活动使用率 %，以百分点计。',
  'insights.list.empty': '此列表中没有客户。',
  'insights.column.customer': '客户',
  'insights.column.seats': '席位',
  'insights.column.unassigned': '未分配',
  'insights.column.inactive': '非活动',
  'insights.column.fall': '降幅（百分点）',
  'insights.column.activePercent': '活动 %',
  'insights.column.subscriptions': '订阅',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': '结束日期',
  'insights.column.days': '{month} 后的天数',
  'insights.sort': '按{column}排序',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': '在订阅表中显示 {name}',

  'insights.renewals.heading': '有风险的续订',
  'insights.renewals.help':
    '在{month}后 {days} 天内结束且活动使用率低于 {below} 的订阅，按席位数从多到少排列。',
  'insights.renewals.none': '没有在 {days} 天内结束且活动使用率低于 {below} 的订阅。',
  'insights.renewals.noEndDates': '此导出没有订阅结束日期 (SubscriptionEndDate)，因此无法列出续订。',
  'insights.renewals.unavailable': '无法列出续订：{reason}',
  'insights.renewals.unreadable': { other: '{count} 个结束日期不是有效日期，已排除。' },

  'insights.showAll': '全部显示（{count} 个）',
  'insights.showFewer': '收起',
  'insights.csv.list': '列表',
  'insights.csv.value': '值',
  'insights.fileName': 'dynamics-使用情况见解',
} satisfies CatalogPart<'insights'>;
