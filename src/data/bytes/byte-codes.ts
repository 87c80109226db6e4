// The bytes the reader acts on: ASCII, so the same in UTF-8 and Windows-1252.
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const QUOTE = 34;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const ZERO = 48;
export const SEMICOLON = 59;
