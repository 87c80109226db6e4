#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js';
import { computeReport } from '../core/compute-report.js';
import { ReportOptionError } from '../core/report-window.js';
import { cubeFromTable } from '../core/cube-from-table.js';
import { UsageInputError } from '../data/usage-input-error.js';
import { writeReportOutput } from './write-parts.js';
import { readExport } from './read-export.js';
import type { ReportCommand } from './cli-args.js';
import { EngineMissingError } from './duckdb-engine.js';
import { runEngineReport, runSqlCommand } from './sql-command.js';

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === 'version') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  try {
    if (command.command === 'sql') return await runSqlCommand(command, process.stdout);
    if (command.engine) return await runEngineReport(command, process.stdout);
    return await runReport(command);
  } catch (error) {
    throw withPath(error, command.file);
  }
}

/**
 * package.json is two folders up both from src/cli/dyn-usage.ts (run through tsx) and from
 * dist/cli/dyn-usage.js (tsc keeps src's layout under dist, and the package ships package.json beside dist).
 */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** A read error of a directory carries no path (the stream's open succeeded): give it the file's. */
function withPath(error: unknown, file: string): unknown {
  const systemError = error as NodeJS.ErrnoException | null;
  if (systemError && typeof systemError === 'object' && systemError.code && !systemError.path)
    systemError.path = file === '-' ? 'standard input' : file;
  return systemError;
}

/**
 * A reader that stops early (`dyn-usage report FILE | head -c 100`) closes the pipe: that is a normal end,
 * not a failure. Without a listener the stream's EPIPE would print Node's stack trace.
 */
function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
process.stdout.on('error', (error) => {
  if (isClosedPipe(error)) process.exit(0);
});

async function runReport({ file, options, pretty, parts, threads }: ReportCommand): Promise<number> {
  const result = await readExport(file, threads);
  if (result.kind === 'report') {
    throw new UsageInputError(`${file} is already a report document, not an export`, 'unreadable');
  }
  const report = computeReport(cubeFromTable(result.table), result.stats, options);
  const skipped = report.input.skippedCount;
  if (skipped > 0) {
    const first = report.input.skipped[0];
    const example = first ? ` (first: line ${first.line}: ${first.reason})` : '';
    const rows = skipped === 1 ? 'row' : 'rows';
    process.stderr.write(`dyn-usage: ${skipped} ${rows} skipped${example}; see input.skipped\n`);
  }
  for (const warning of report.input.warnings)
    process.stderr.write(`dyn-usage: warning: ${warning.message}\n`);
  // In pieces, never one string: a document past V8's longest string (about 512 MiB) still gets out.
  await writeReportOutput(report, { pretty, ...(parts ? { parts } : {}) }, process.stdout, process.stderr);
  return 0;
}

function describeFailure(error: unknown): { message: string; code: number } {
  if (isClosedPipe(error)) return { message: '', code: 0 };
  if (error instanceof CliUsageError) return { message: `${error.message}\n\n${USAGE}`, code: 2 };
  if (
    error instanceof UsageInputError ||
    error instanceof ReportOptionError ||
    error instanceof EngineMissingError
  ) {
    return { message: error.message, code: 1 };
  }
  const systemError = error as NodeJS.ErrnoException;
  if (systemError?.code === 'ENOENT')
    return { message: `cannot read ${systemError.path}: no such file`, code: 1 };
  if (systemError?.code === 'EISDIR')
    return { message: `cannot read ${systemError.path}: it is a directory`, code: 1 };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error), code: 1 };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { message, code } = describeFailure(error);
    if (message) process.stderr.write(`dyn-usage: ${message}\n`);
    process.exitCode = code;
  },
);
