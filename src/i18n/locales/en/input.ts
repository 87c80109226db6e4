/**
 * What the reader says about an input, by the stable codes the data carries (the CLI prints the data's own
 * English): `input.warning.<code>` for an `InputWarning`, `input.skip.<code>` for a skipped row's reason,
 * `input.error.<code>` for a refused input or a failed load; `.<variant>` follows the code when its sentence
 * has several wordings. Each English message says exactly what the data's message says, from its values.
 * Column names (`{column}`, AvailableSeats…), quoted cells (`{value}`), lines and months stay as they are in
 * every language.
 */
export default {
  'input.warning.date-day-first':
    'Month: dates are day first ({value} on line {line} is {month}), as Excel writes them in en-GB, nl, de or fr; read as such',
  'input.warning.date-order-ambiguous':
    'Month: no date tells day from month ({value} on line {line}); read month first, as Partner Center writes them',
  'input.warning.encoding-windows-1252':
    'The file is not UTF-8 (line {line} is the first with a byte that is not): read as Windows-1252, as Excel saves "CSV" on Windows',
  'input.warning.encoding-invalid-utf8': {
    one: 'Bytes that are not UTF-8 in line {lines}: read one by one as Windows-1252 characters, so check those names',
    other:
      'Bytes that are not UTF-8 in lines {lines}: read one by one as Windows-1252 characters, so check those names',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Bytes that are not UTF-8 in lines {lines} and more: read one by one as Windows-1252 characters, so check those names',
  'input.warning.decimal-comma':
    'The file is semicolon-separated, as Excel saves "CSV" in nl, de, fr…: numbers were read with a decimal comma (1234,56 is 1234.56), and a "." in a number is refused as a thousands separator',
  'input.warning.rows-recovered':
    'A quote in line {line} made a cell run over the lines after it (a stray quote?): that line was skipped and the rows after it were read again',
  'input.warning.rows-recovered.more': {
    one: 'A quote in line {line} (and {count} more) made a cell run over the lines after it (a stray quote?): that line was skipped and the rows after it were read again',
    other:
      'A quote in line {line} (and {count} more) made a cell run over the lines after it (a stray quote?): that line was skipped and the rows after it were read again',
  },
  'input.warning.outlier-month': {
    one: "Month {month} ({count} row) is more than a year away from the rest of the data ({from} to {to}): check its rows' Month",
    other:
      "Month {month} ({count} rows) is more than a year away from the rest of the data ({from} to {to}): check its rows' Month",
  },
  'input.warning.outlier-month.default-window': {
    one: "Month {month} ({count} row) is more than a year away from the rest of the data ({from} to {to}): check its rows' Month; the default window ends at {to}",
    other:
      "Month {month} ({count} rows) is more than a year away from the rest of the data ({from} to {to}): check its rows' Month; the default window ends at {to}",
  },
  'input.warning.window-clamped': {
    one: "The window {from} to {to} is longer than {count} month: cut to {cutFrom} to {cutTo}, the data's months",
    other:
      "The window {from} to {to} is longer than {count} months: cut to {cutFrom} to {cutTo}, the data's months",
  },

  'input.skip.field-count': 'row has {fields} fields, header has {width}',
  'input.skip.cell-empty': '{column} is empty',
  'input.skip.not-a-month': '{column} {value} is not a month',
  'input.skip.thousands-separator': '{column} {value} has a thousands separator',
  'input.skip.number-too-large': '{column} {value} is too large (2^53 or more)',
  'input.skip.not-a-whole-number': '{column} {value} is not a non-negative whole number',
  'input.skip.not-a-number': '{column} {value} is not a number',
  'input.skip.stray-quote':
    'a quote in line {line} makes a cell run over the lines after it (a stray quote?): line {line} is skipped and the lines after it read again',
  'input.skip.not-an-object': 'row is not an object',

  'input.error.missing-columns': {
    one: 'Missing required column: {columns}',
    other: 'Missing required columns: {columns}',
  },
  'input.error.empty': 'The file is empty',
  'input.error.workbook':
    'This is an Excel workbook (.xlsx) or another zip file, not an export: save the sheet as CSV (CSV UTF-8) and load that',
  'input.error.workbook.xls':
    'This is an Excel 97–2003 workbook (.xls), not an export: save the sheet as CSV (CSV UTF-8) and load that',
  'input.error.html-page':
    'This is a web page (HTML), not an export: perhaps a sign-in or error page was served in place of the file',
  'input.error.html-page.markup':
    'This is markup (XML or HTML), not an export: perhaps an error document was served in place of the file',
  'input.error.json-scalar':
    'This is a single JSON value ({value}), not an export: expected CSV, TSV or a JSON array of rows',
  'input.error.not-text':
    'The file holds 00 bytes in no order that UTF-16 text would have: it is not a text export (save it as CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'Column {column} is given twice: keys {first} and {second} (line {line})',
  'input.error.date-order-mixed.day-first':
    'Month: the file mixes date orders: {first} on line {firstLine} reads day first, {second} on line {secondLine} month first; save the export again with one date format',
  'input.error.date-order-mixed.month-first':
    'Month: the file mixes date orders: {first} on line {firstLine} reads month first, {second} on line {secondLine} day first; save the export again with one date format',
  'input.error.unreadable.json-syntax': 'The file is not valid JSON: {detail} (line {line}, column {column})',
  'input.error.unreadable.json-not-rows':
    'The JSON is not usage rows: expected an array of row objects, { "value": [...] } or a report document',
  'input.error.unreadable.json-no-objects': 'The JSON array holds no row objects',
  'input.error.unreadable.gzip-unsupported':
    'The file is gzip-compressed and this browser cannot unpack it (no DecompressionStream): unpack it first',
  'input.error.unreadable.gzip-broken': 'The gzip data is broken ({detail}): compress the export again',

  'input.error.http-status': 'Could not load {url}: HTTP {status}',
  'input.error.network': 'Could not load {url}: {detail}',
  'input.error.not-a-url': 'src: {src} is not a URL',
  'input.error.source-missing': 'source "{id}" names no <dyn-usage-source> in this document',
  'input.error.source-missing.shadow-root': 'source "{id}" names no <dyn-usage-source> in this shadow root',
  'input.error.source-undefined':
    'source "{id}" names a <dyn-usage-source> that is not defined (import dyn-usage-kit/source, or the bundle)',
  'input.error.source-not-source': 'source "{id}" names a <{tag}>, not a <dyn-usage-source>',
  'input.error.worker-failed': 'The parser worker failed: {detail}',
  'input.error.worker-unreadable': 'The parser worker sent a result that could not be read',
  'input.error.worker-unavailable': 'Could not parse in a worker: {detail}',
  'input.error.code-unavailable': "The section's chart code did not load: {detail}",
  'input.error.filter-invalid': '{detail}',
  'input.error.filter-report-document':
    'filter: a report document cannot be filtered; filters need an export',
  // How fresh the data is, under each section: {date} from data-as-of or the response's Last-Modified,
  // else the data's latest {month}. The partial note compares the latest month with the one before.
  'input.freshness.asOf': 'Data as of {date}',
  'input.freshness.through': 'Data through {month}',
  'input.freshness.partial.rows': {
    one: '{month} looks partial: {count} row against {previousCount} in {previous}. Partner Center refreshes every 3 days.',
    other:
      '{month} looks partial: {count} rows against {previousCount} in {previous}. Partner Center refreshes every 3 days.',
  },
  'input.freshness.partial.available': {
    one: '{month} looks partial: {count} available seat against {previousCount} in {previous}. Partner Center refreshes every 3 days.',
    other:
      '{month} looks partial: {count} available seats against {previousCount} in {previous}. Partner Center refreshes every 3 days.',
  },
} as const;
