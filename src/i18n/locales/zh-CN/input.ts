import type { CatalogPart } from '../../catalog.js';

/** The input messages in zh-CN (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month：日期以日开头（第 {line} 行的 {value} 为 {month}），这是 Excel 在 en-GB、nl、de 或 fr 中的写法；已按此读取',
  'input.warning.date-order-ambiguous':
    'Month：没有日期能区分日和月（第 {line} 行的 {value}）；已按 Partner Center 的写法以月在前读取',
  'input.warning.encoding-windows-1252':
    '文件不是 UTF-8（第 {line} 行是第一个含非 UTF-8 字节的行）：已按 Windows-1252 读取，即 Windows 版 Excel 保存“CSV”的方式',
  'input.warning.encoding-invalid-utf8': {
    other: '第 {lines} 行中有非 UTF-8 字节：已逐字节按 Windows-1252 字符读取，请检查这些名称',
  },
  'input.warning.encoding-invalid-utf8.more':
    '第 {lines} 行及更多行中有非 UTF-8 字节：已逐字节按 Windows-1252 字符读取，请检查这些名称',
  'input.warning.decimal-comma':
    '文件以分号分隔，即 nl、de、fr 等语言的 Excel 保存“CSV”的方式：数字已按小数逗号读取（1234,56 即 1234.56），数字中的“.”被视为千位分隔符而拒绝',
  'input.warning.rows-recovered':
    '第 {line} 行的引号使一个单元格延续到后面的行（多余的引号？）：已跳过该行并重新读取其后的行',
  'input.warning.rows-recovered.more': {
    other:
      '第 {line} 行（及另外 {count} 行）的引号使一个单元格延续到后面的行（多余的引号？）：已跳过该行并重新读取其后的行',
  },
  'input.warning.outlier-month': {
    other: '月份 {month}（{count} 行）与其余数据（{from} 至 {to}）相距一年以上：请检查这些行的 Month',
  },
  'input.warning.outlier-month.default-window': {
    other:
      '月份 {month}（{count} 行）与其余数据（{from} 至 {to}）相距一年以上：请检查这些行的 Month；默认时间范围截至 {to}',
  },
  'input.warning.window-clamped': {
    other: '时间范围 {from} 至 {to} 超过 {count} 个月：已缩短为数据所在的月份 {cutFrom} 至 {cutTo}',
  },
  'input.skip.field-count': '该行有 {fields} 个字段，标题行有 {width} 个',
  'input.skip.cell-empty': '{column} 为空',
  'input.skip.not-a-month': '{column} {value} 不是月份',
  'input.skip.thousands-separator': '{column} {value} 含有千位分隔符',
  'input.skip.number-too-large': '{column} {value} 过大（2^53 或以上）',
  'input.skip.not-a-whole-number': '{column} {value} 不是非负整数',
  'input.skip.not-a-number': '{column} {value} 不是数字',
  'input.skip.stray-quote':
    '第 {line} 行的引号使一个单元格延续到后面的行（多余的引号？）：跳过第 {line} 行并重新读取其后的行',
  'input.skip.not-an-object': '该行不是对象',
  'input.error.missing-columns': {
    other: '缺少必需的列：{columns}',
  },
  'input.error.empty': '文件为空',
  'input.error.workbook':
    '这是 Excel 工作簿（.xlsx）或其他 zip 文件，不是导出文件：请将工作表另存为 CSV（CSV UTF-8）后加载',
  'input.error.workbook.xls':
    '这是 Excel 97–2003 工作簿（.xls），不是导出文件：请将工作表另存为 CSV（CSV UTF-8）后加载',
  'input.error.html-page': '这是网页（HTML），不是导出文件：可能服务器返回了登录页或错误页，而不是文件',
  'input.error.html-page.markup':
    '这是标记语言（XML 或 HTML），不是导出文件：可能服务器返回了错误文档，而不是文件',
  'input.error.json-scalar':
    '这是单个 JSON 值（{value}），不是导出文件：需要 CSV、TSV 或由行组成的 JSON 数组',
  'input.error.not-text':
    '文件中的 00 字节不符合任何 UTF-16 文本的排列：它不是文本导出文件（请另存为 CSV UTF-8）',
  'input.error.duplicate-columns.keys': '列 {column} 出现了两次：键 {first} 和 {second}（第 {line} 行）',
  'input.error.date-order-mixed.day-first':
    'Month：文件混用了日期顺序：第 {firstLine} 行的 {first} 以日开头，第 {secondLine} 行的 {second} 以月开头；请用统一的日期格式重新保存导出文件',
  'input.error.date-order-mixed.month-first':
    'Month：文件混用了日期顺序：第 {firstLine} 行的 {first} 以月开头，第 {secondLine} 行的 {second} 以日开头；请用统一的日期格式重新保存导出文件',
  'input.error.unreadable.json-syntax': '文件不是有效的 JSON：{detail}（第 {line} 行，第 {column} 列）',
  'input.error.unreadable.json-not-rows':
    'JSON 中没有使用量行：需要由行对象组成的数组、{ "value": [...] } 或报表文档',
  'input.error.unreadable.json-no-objects': 'JSON 数组中没有行对象',
  'input.error.unreadable.gzip-unsupported':
    '文件经过 gzip 压缩，而此浏览器无法解压（没有 DecompressionStream）：请先解压',
  'input.error.unreadable.gzip-broken': 'gzip 数据已损坏（{detail}）：请重新压缩导出文件',
  'input.error.http-status': '无法加载 {url}：HTTP {status}',
  'input.error.network': '无法加载 {url}：{detail}',
  'input.error.not-a-url': 'src：{src} 不是 URL',
  'input.error.source-missing': 'source "{id}" 在此文档中找不到对应的 <dyn-usage-source>',
  'input.error.source-missing.shadow-root':
    'source "{id}" 在此 shadow root 中找不到对应的 <dyn-usage-source>',
  'input.error.source-undefined':
    'source "{id}" 指向的 <dyn-usage-source> 尚未定义（请导入 dyn-usage-kit/source 或完整包）',
  'input.error.source-not-source': 'source "{id}" 指向 <{tag}>，而不是 <dyn-usage-source>',
  'input.error.worker-failed': '解析 worker 失败：{detail}',
  'input.error.worker-unreadable': '解析 worker 发送了无法读取的结果',
  'input.error.worker-unavailable': '无法在 worker 中解析：{detail}',
  'input.error.code-unavailable': '无法加载此部分的图表代码：{detail}',
  'input.error.filter-invalid': '无效的筛选器：{detail}',
  'input.error.filter-report-document': 'filter：报表文档无法筛选；筛选需要导出文件',
  'input.freshness.asOf': '数据截至 {date}',
  'input.freshness.through': '数据截至 {month}（含）',
  'input.freshness.partial.rows': {
    other:
      '{month} 的数据似乎不完整：{count} 行，而 {previous} 为 {previousCount} 行。Partner Center 每 3 天刷新一次数据。',
  },
  'input.freshness.partial.available': {
    other:
      '{month} 的数据似乎不完整：可用席位 {count} 个，而 {previous} 为 {previousCount} 个。Partner Center 每 3 天刷新一次数据。',
  },
} satisfies CatalogPart<'input'>;
