import { UsageInputError } from './usage-input-error.js';

/** A 1-based line and column of the input text (a BOM not counted). */
export interface TextPosition {
  line: number;
  column: number;
}

/** The position `upTo` characters into `text`, when `text` starts at `start`. */
export function positionIn(text: string, upTo: number, start: TextPosition): TextPosition {
  let { line } = start;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < upTo; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: lineStart === 0 ? start.column + upTo : upTo - lineStart + 1 };
}

/** `'The file is not valid JSON: …'`, naming the line and column. */
export function jsonSyntaxError(detail: string, at: TextPosition, cause?: unknown): UsageInputError {
  return new UsageInputError(
    `The file is not valid JSON: ${detail} (line ${at.line}, column ${at.column})`,
    'unreadable',
    { cause, variant: 'json-syntax', values: { detail, line: String(at.line), column: String(at.column) } },
  );
}

/**
 * The error of `JSON.parse(text)` where `text` starts at `start`: V8 says `… in JSON at position 12`
 * (an offset into `text`, after `shift` characters parsed before it), which becomes a line and column of the file; a message without a position
 * (`Unexpected token 'x', "…" is not valid JSON`) points at the start of `text`.
 */
export function parseErrorIn(error: unknown, text: string, start: TextPosition, shift = 0): UsageInputError {
  const message = error instanceof Error ? error.message : String(error);
  const found = /^(.*?)(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  if (!found) return jsonSyntaxError(message, start, error);
  const [, detail = message, offset = '0'] = found;
  return jsonSyntaxError(detail, positionIn(text, Number(offset) - shift, start), error);
}

/** A character for a message: `"x"`, or `a line break`. */
export function showCharacter(code: number): string {
  return code === 0x0a || code === 0x0d ? 'a line break' : JSON.stringify(String.fromCharCode(code));
}

/**
 * The line being read, for messages: scanners call `newline` for each line feed outside strings (the only
 * place valid JSON has them), so a position costs nothing until an error asks for it.
 */
export class LineCount {
  /** Where the current chunk starts in the input. */
  offset = 0;
  private line = 1;
  private lineStart = 0;

  newline(i: number): void {
    this.line++;
    this.lineStart = this.offset + i + 1;
  }

  /** Index `i` of the current chunk is at `at` (counted by someone else). */
  set(i: number, at: TextPosition): void {
    this.line = at.line;
    this.lineStart = this.offset + i - (at.column - 1);
  }

  position(i: number): TextPosition {
    return { line: this.line, column: this.offset + i - this.lineStart + 1 };
  }
}
