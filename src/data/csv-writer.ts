/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A cell safe to open in a spreadsheet: text starting with a formula trigger gets a leading `'`.
 * Numbers are written as numbers, so a negative figure stays a number.
 */
export function formulaSafeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** One RFC 4180 record: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return values
    .map((value) => {
      const cell = formulaSafeCell(value);
      return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    })
    .join(',');
}

/**
 * A whole CSV file: UTF-8 BOM (so Excel reads accents right), header, rows, CRLF line ends.
 */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly (string | number | null | undefined)[]>,
): string {
  const lines = [csvRecord(header)];
  for (const row of rows) lines.push(csvRecord(row));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
