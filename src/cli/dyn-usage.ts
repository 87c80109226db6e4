#!/usr/bin/env node
import { createReadStream } from 'node:fs';
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js';
import { computeReport } from '../core/compute-report.js';
import { ReportOptionError } from '../core/report-window.js';
import { cubeFromTable } from '../core/cube-from-table.js';
import { readUsageTable } from '../core/read-usage-table.js';
import { UsageInputError } from '../data/usage-input-error.js';
import type { ReportCommand } from './cli-args.js';

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return runReport(command);
}

async function runReport({ file, options, pretty }: ReportCommand): Promise<number> {
  // Streamed in 1 MiB chunks: a 1 GB export never exists as one string.
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  const result = await readUsageTable(input);
  if (result.kind === 'report') {
    throw new UsageInputError(`${file} is already a report document, not an export`, 'unreadable');
  }
  const report = computeReport(cubeFromTable(result.table), result.stats, options);
  if (report.input.skippedCount > 0) {
    const first = report.input.skipped[0];
    const example = first ? ` (first: line ${first.line}: ${first.reason})` : '';
    process.stderr.write(
      `dyn-usage: ${report.input.skippedCount} rows skipped${example}; see input.skipped\n`,
    );
  }
  for (const warning of report.input.warnings)
    process.stderr.write(`dyn-usage: warning: ${warning.message}\n`);
  await writeOut(`${JSON.stringify(report, null, pretty ? 2 : undefined)}\n`);
  return 0;
}

function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof CliUsageError) return { message: `${error.message}\n\n${USAGE}`, code: 2 };
  if (error instanceof UsageInputError || error instanceof ReportOptionError) {
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
    process.stderr.write(`dyn-usage: ${message}\n`);
    process.exitCode = code;
  },
);
