import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];
const SAMPLE = 'demo/data/dynamics-usage-sample.csv';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dyn-usage on a bad command line or an odd output', () => {
  it('report FILE | head -c 100: a reader that closes the pipe early ends the command quietly, code 0', async () => {
    // The sample's report is megabytes of JSON, far past a pipe's buffer: the write meets the closed pipe.
    const child = spawn(process.execPath, [...CLI, 'report', SAMPLE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    let head = '';
    child.stdout.setEncoding('utf8').once('data', (text: string) => {
      head = text.slice(0, 100);
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.match(head, /^\{"version":1,/);
    assert.equal(code, 0);
    assert.doesNotMatch(stderr, /EPIPE|at |node:/);
  });

  it('a directory is named in the message, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-dir-'));
    try {
      const { code, stderr, stdout } = run(['report', dir]);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(stderr, `dyn-usage: cannot read ${dir}: it is a directory\n`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('a month option that is not a month is a bad command line: exit 2 with the usage', () => {
    for (const [option, value] of [
      ['--from', '2026-13'],
      ['--to', '2026-1'],
      ['--month', 'june'],
    ] as const) {
      const { code, stderr, stdout } = run(['report', 'test/fixtures/hand-export.csv', option, value]);
      assert.equal(code, 2, `${option} ${value}`);
      assert.equal(stdout, '');
      assert.match(stderr, new RegExp(`^dyn-usage: invalid ${option}: "${value}" \\(expected YYYY-MM\\)`));
      assert.match(stderr, /Usage: dyn-usage report/);
    }
  });

  it('a window the data cannot make is still exit 1 (the command line was well formed)', () => {
    const { code, stderr } = run([
      'report',
      'test/fixtures/hand-export.csv',
      '--from',
      '2026-03',
      '--to',
      '2026-01',
    ]);
    assert.equal(code, 1);
    assert.match(stderr, /from 2026-03 is after to 2026-01/);
  });

  it('--version and -v print package.json’s version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, stdout, stderr } = run([flag]);
      assert.equal(code, 0, stderr);
      assert.equal(stdout, `${version}\n`);
    }
  });
});
