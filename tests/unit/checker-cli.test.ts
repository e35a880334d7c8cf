/** The check-log command: JSON lines, the readable report, stdin, and a clear failure for unreadable files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonLine } from '../../scripts/lib/check-log-output.ts';
import { EXIT_READER_GONE } from '../../scripts/lib/check-log-cli.ts';
import { QUIET, REFUSED } from '../lib/golden-lines.ts';

function checkLog(args: string[], input?: string) {
  return spawnSync(process.execPath, ['scripts/check-log.ts', ...args], { input, encoding: 'utf8' });
}

const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonLine);

test('--json prints exactly one object per input line, best match first', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-log-'));
  const file = join(dir, 'error.log');
  writeFileSync(file, `${REFUSED.line}\r\n\n${QUIET.line}\n`);
  const run = checkLog(['--json', file]);
  assert.equal(run.status, 1, `a known error exits 1, like grep's match: ${run.stderr}`);
  const objects = jsonLines(run.stdout);
  const [first, , third] = objects;
  assert.ok(first && third && objects.length === 3);
  // The first four keys are the original ones, unchanged; the rest were added for records, wrappers and tiers.
  const keys = ['line', 'format', 'level', 'matches', 'record', 'recordFirst', 'recordLast', 'wrappers', 'fields', 'tier', 'systemError'];
  assert.deepEqual(
    objects.map((o) => Object.keys(o)),
    [keys, keys, keys],
  );
  assert.deepEqual(
    objects.map((o) => [o.line, o.format, o.level]),
    [
      [1, 'nginx-error', 'error'],
      [2, 'generic', null],
      [3, 'php-fpm', 'notice'],
    ],
  );
  const [best] = first.matches;
  assert.equal(best?.article, 'nginx-502-bad-gateway');
  assert.equal(best.cause, 'upstream-down');
  assert.deepEqual(Object.keys(best), ['article', 'cause', 'confidence', 'tier']);
  assert.equal(best.tier, 1);
  assert.deepEqual(
    objects.map((o) => [o.record, o.recordFirst, o.recordLast]),
    [
      [1, 1, 1],
      [null, null, null],
      [2, 3, 3],
    ],
  );
  assert.equal(first.fields.upstream, 'http://172.21.0.19:9000/');
  const confidences = first.matches.map((m) => m.confidence);
  assert.deepEqual(
    [...confidences].sort((a, b) => b - a),
    confidences,
  );
  assert.deepEqual(third.matches, []);
});

test('without a file it reads stdin and prints a readable report', () => {
  const run = checkLog([], `${REFUSED.line}\n${QUIET.line}\n`);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /2 lines, 2 records\./);
  assert.match(run.stdout, /fix: \/web-server\/nginx-502-bad-gateway\/#upstream-down/);
  assert.match(run.stdout, /ECONNREFUSED/);
  assert.match(run.stdout, /no known error; search for: fpm is running/);
});

test('empty input is read successfully and says so', () => {
  const run = checkLog([], '');
  assert.equal(run.status, 0);
  assert.match(run.stdout, /No log lines/);
  assert.equal(checkLog(['--json'], '').stdout, '');
});

test('an unreadable file exits 2 with a clear message', () => {
  const run = checkLog(['--json', 'no/such/file.log']);
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /check-log: cannot read no\/such\/file\.log: no such file/);
  const unknown = checkLog(['--yaml']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option --yaml/);
});

test('exit status: 0 without an error, 1 with one, 2 for bad usage; --help documents them', () => {
  assert.equal(checkLog([], `${QUIET.line}\n`).status, 0);
  assert.equal(checkLog(['--summary'], `${QUIET.line}\n${REFUSED.line}\n`).status, 1);
  assert.equal(checkLog(['--json', '--summary']).status, 2);
  assert.equal(checkLog(['--follow', 'error.log']).status, 2);
  const help = checkLog(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /exit status: 0 no error found, 1 an error was found, 2/);
  assert.match(help.stdout, /--follow/);
});

test('--errors-only leaves out lines without an error; --summary prints only the summary', () => {
  const input = `${QUIET.line}\n${REFUSED.line}\n${QUIET.line}\n`;
  const json = checkLog(['--json', '--errors-only'], input);
  assert.deepEqual(
    jsonLines(json.stdout).map((line) => line.line),
    [2],
  );
  const summary = checkLog(['--summary'], input);
  assert.match(summary.stdout, /3 lines, 3 records\./);
  assert.match(summary.stdout, /1 × .*fix: \/web-server\/nginx-502-bad-gateway\/#upstream-down/s);
  assert.doesNotMatch(summary.stdout, /^line \d+:/m);
  const report = checkLog(['--errors-only'], input);
  assert.deepEqual(
    [...report.stdout.matchAll(/^line (\d+):/gm)].map((m) => m[1]),
    ['2'],
  );
});

test('a reader that stops early (| head) ends the command quietly with the SIGPIPE status', async () => {
  const child = spawn(process.execPath, ['scripts/check-log.ts', '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.end(`${REFUSED.line}\n`.repeat(20_000));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, EXIT_READER_GONE, stderr);
  assert.doesNotMatch(stderr, /EPIPE|at /);
});
