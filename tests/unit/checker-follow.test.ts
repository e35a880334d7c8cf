/** `check-log --follow`: errors printed as their records complete, the summary on Ctrl+C or at the end of input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { QUIET, REFUSED } from '../lib/golden-lines.ts';

function startFollow(args: string[] = []) {
  const child = spawn(process.execPath, ['scripts/check-log.ts', '--follow', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  const waitFor = async (pattern: RegExp, ms: number) => {
    const deadline = Date.now() + ms;
    while (!pattern.test(out)) {
      if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms; output so far:\n${out}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, waitFor, output: () => out };
}

test('--follow prints an error once its record is complete, before the input ends, and the summary on Ctrl+C', async () => {
  const { child, waitFor, output } = startFollow();
  child.stdin.write(`${QUIET.line}\n${REFUSED.line}\n`);
  // Nothing follows the error line: it is printed after the idle time, while the input stays open.
  await waitFor(/line 2: nginx error log/, 15_000);
  assert.doesNotMatch(output(), /line 1:/, 'normal lines are not printed in follow mode');
  child.kill('SIGINT');
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 1, 'an error was seen');
  assert.match(output(), /2 lines, 2 records\./);
  assert.match(output(), /1 × .*nginx-502-bad-gateway/s);
});

test('--follow on a quiet log exits 0 at the end of input with the summary', async () => {
  const { child, output } = startFollow();
  child.stdin.end(`${QUIET.line}\n${QUIET.line}\n`);
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0);
  assert.match(output(), /2 lines, 2 records\./);
});
