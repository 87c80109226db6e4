import type { CatalogPart } from '../../catalog.js';

/** The input messages in ja (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: 日付が日から始まっています（{line} 行目の {value} は {month}）。en-GB、nl、de、fr の Excel の書き方です。そのとおりに読み取りました',
  'input.warning.date-order-ambiguous':
    'Month: 日と月を区別できる日付がありません（{line} 行目の {value}）。Partner Center の書き方どおり、月が先として読み取りました',
  'input.warning.encoding-windows-1252':
    'ファイルは UTF-8 ではありません（UTF-8 でないバイトを含む最初の行は {line} 行目）。Windows 版 Excel の「CSV」と同じく Windows-1252 として読み取りました',
  'input.warning.encoding-invalid-utf8': {
    other:
      '{lines} 行目に UTF-8 でないバイトがあります。1 バイトずつ Windows-1252 の文字として読み取ったので、その名前を確認してください',
  },
  'input.warning.encoding-invalid-utf8.more':
    '{lines} 行目ほかに UTF-8 でないバイトがあります。1 バイトずつ Windows-1252 の文字として読み取ったので、その名前を確認してください',
  'input.warning.decimal-comma':
    'ファイルはセミコロン区切りです（nl、de、fr などの Excel の「CSV」）。数値は小数点をコンマとして読み取りました（1234,56 は 1234.56）。数値中の「.」は桁区切りとして拒否されます',
  'input.warning.rows-recovered':
    '{line} 行目の引用符でセルが後続の行まで続いていました（引用符の閉じ忘れ？）。その行をスキップし、後続の行を読み直しました',
  'input.warning.rows-recovered.more': {
    other:
      '{line} 行目（ほか {count} 行）の引用符でセルが後続の行まで続いていました（引用符の閉じ忘れ？）。その行をスキップし、後続の行を読み直しました',
  },
  'input.warning.outlier-month': {
    other:
      '{month} の月（{count} 行）は他のデータ（{from}～{to}）から 1 年以上離れています。その行の Month を確認してください',
  },
  'input.warning.outlier-month.default-window': {
    other:
      '{month} の月（{count} 行）は他のデータ（{from}～{to}）から 1 年以上離れています。その行の Month を確認してください。既定の期間は {to} で終わります',
  },
  'input.warning.window-clamped': {
    other:
      '期間 {from}～{to} は {count} か月を超えています。データのある月 {cutFrom}～{cutTo} に短縮しました',
  },
  'input.skip.field-count': '行のフィールド数が {fields} で、ヘッダーは {width} です',
  'input.skip.cell-empty': '{column} が空です',
  'input.skip.not-a-month': '{column} {value} は月ではありません',
  'input.skip.thousands-separator': '{column} {value} に桁区切り記号があります',
  'input.skip.number-too-large': '{column} {value} が大きすぎます（2^53 以上）',
  'input.skip.not-a-whole-number': '{column} {value} は 0 以上の整数ではありません',
  'input.skip.not-a-number': '{column} {value} は数値ではありません',
  'input.skip.stray-quote':
    '{line} 行目の引用符でセルが後続の行まで続いています（引用符の閉じ忘れ？）。{line} 行目をスキップし、後続の行を読み直します',
  'input.skip.not-an-object': '行がオブジェクトではありません',
  'input.error.missing-columns': {
    other: '必須の列がありません: {columns}',
  },
  'input.error.empty': 'ファイルが空です',
  'input.error.workbook':
    'これは Excel ブック（.xlsx）または他の zip ファイルで、エクスポートではありません。シートを CSV（CSV UTF-8）として保存し、それを読み込んでください',
  'input.error.workbook.xls':
    'これは Excel 97–2003 ブック（.xls）で、エクスポートではありません。シートを CSV（CSV UTF-8）として保存し、それを読み込んでください',
  'input.error.html-page':
    'これは Web ページ（HTML）で、エクスポートではありません。ファイルの代わりにサインインページやエラーページが返された可能性があります',
  'input.error.html-page.markup':
    'これはマークアップ（XML または HTML）で、エクスポートではありません。ファイルの代わりにエラー文書が返された可能性があります',
  'input.error.json-scalar':
    'これは単一の JSON 値（{value}）で、エクスポートではありません。CSV、TSV、または行の JSON 配列が必要です',
  'input.error.not-text':
    'ファイルに UTF-16 テキストにはない並びの 00 バイトがあります。テキストのエクスポートではありません（CSV UTF-8 として保存してください）',
  'input.error.duplicate-columns.keys':
    '列 {column} が 2 回指定されています: キー {first} と {second}（{line} 行目）',
  'input.error.date-order-mixed.day-first':
    'Month: ファイル内で日付の順序が混在しています。{firstLine} 行目の {first} は日が先、{secondLine} 行目の {second} は月が先です。1 つの日付形式でエクスポートを保存し直してください',
  'input.error.date-order-mixed.month-first':
    'Month: ファイル内で日付の順序が混在しています。{firstLine} 行目の {first} は月が先、{secondLine} 行目の {second} は日が先です。1 つの日付形式でエクスポートを保存し直してください',
  'input.error.unreadable.json-syntax':
    'ファイルは有効な JSON ではありません: {detail}（{line} 行目、{column} 列目）',
  'input.error.unreadable.json-not-rows':
    'JSON に使用状況の行がありません。行オブジェクトの配列、{ "value": [...] }、またはレポート文書が必要です',
  'input.error.unreadable.json-no-objects': 'JSON 配列に行オブジェクトがありません',
  'input.error.unreadable.gzip-unsupported':
    'ファイルは gzip 圧縮されていますが、このブラウザーでは展開できません（DecompressionStream がありません）。先に展開してください',
  'input.error.unreadable.gzip-broken':
    'gzip データが壊れています（{detail}）。エクスポートを圧縮し直してください',
  'input.error.http-status': '{url} を読み込めませんでした: HTTP {status}',
  'input.error.network': '{url} を読み込めませんでした: {detail}',
  'input.error.not-a-url': 'src: {src} は URL ではありません',
  'input.error.source-missing': 'source "{id}" に当たる <dyn-usage-source> がこのドキュメントにありません',
  'input.error.source-missing.shadow-root':
    'source "{id}" に当たる <dyn-usage-source> がこのシャドウルートにありません',
  'input.error.source-undefined':
    'source "{id}" の <dyn-usage-source> が定義されていません（dyn-usage-kit/source またはバンドルをインポートしてください）',
  'input.error.source-not-source': 'source "{id}" は <{tag}> を指しており、<dyn-usage-source> ではありません',
  'input.error.worker-failed': '解析ワーカーが失敗しました: {detail}',
  'input.error.worker-unreadable': '解析ワーカーから読み取れない結果が届きました',
  'input.error.worker-unavailable': 'ワーカーで解析できませんでした: {detail}',
  'input.error.code-unavailable': 'このセクションのグラフのコードを読み込めませんでした: {detail}',
  'input.error.filter-invalid': '無効なフィルター: {detail}',
  'input.error.filter-report-document':
    'filter: レポート文書はフィルターできません。フィルターにはエクスポートが必要です',
  'input.freshness.asOf': '{date} 時点のデータ',
  'input.freshness.through': '{month} までのデータ',
  'input.freshness.partial.rows': {
    other:
      '{month} のデータは途中までのようです: {count} 行 ({previous} は {previousCount} 行)。Partner Center のデータは 3 日ごとに更新されます。',
  },
  'input.freshness.partial.available': {
    other:
      '{month} のデータは途中までのようです: 使用可能なシート数 {count} ({previous} は {previousCount})。Partner Center のデータは 3 日ごとに更新されます。',
  },
} satisfies CatalogPart<'input'>;
