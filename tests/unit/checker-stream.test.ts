/** The streaming checker behind `check-log --follow`: records as they complete, the same verdicts as a whole-text check. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadCompiledRules } from '../../scripts/lib/checker-rules.ts';
import { StreamChecker } from '../../scripts/lib/stream-checker.ts';
import { classifyText, loadRuleSet } from '../../src/lib/checker/index.ts';
import { GOLDEN_LINES } from '../lib/golden-lines.ts';

const rules = await loadRuleSet(loadCompiledRules());
// Real lines and two real multi-line records (sources in tests/fixtures/logs/README.md).
const log = [
  GOLDEN_LINES[0]!.line,
  readFileSync('tests/fixtures/logs/node-stack.log', 'utf8').trimEnd(),
  GOLDEN_LINES[1]!.line,
  '',
  readFileSync('tests/fixtures/logs/python-traceback.log', 'utf8').trimEnd(),
  GOLDEN_LINES[2]!.line,
].join('\r\n');

function streamed(chunkSize: number) {
  const checker = new StreamChecker(rules);
  const records = [];
  for (let at = 0; at < log.length; at += chunkSize) records.push(...checker.push(log.slice(at, at + chunkSize)));
  records.push(...checker.flush());
  return { checker, lines: records.flatMap((record) => record.lines) };
}

test('streamed in any chunk size, every line gets the verdict a whole-text check gives', () => {
  const whole = classifyText(log, rules);
  const expected = whole.lines.map((line) => [line.line, line.record, line.format, line.matches[0]?.article ?? null]);
  for (const size of [1, 7, 100, 4096, log.length]) {
    const { checker, lines } = streamed(size);
    assert.deepEqual(
      lines.map((line) => [line.line, line.record, line.format, line.matches[0]?.article ?? null]),
      expected,
      `chunks of ${size}`,
    );
    assert.equal(checker.recordCount, whole.recordCount);
    assert.deepEqual(
      checker.summary().map((group) => [group.article, group.cause, group.count, group.firstLine, group.lastLine]),
      whole.summary.map((group) => [group.article, group.cause, group.count, group.firstLine, group.lastLine]),
    );
  }
});

test('a record is reported once the next record starts, and the open one on flush', () => {
  const checker = new StreamChecker(rules);
  assert.deepEqual(checker.push(`${GOLDEN_LINES[0]!.line}\n`), [], 'the first record may still continue');
  const [first] = checker.push(`${GOLDEN_LINES[1]!.line}\n`);
  assert.equal(first?.lines[0]?.line, 1);
  const [second] = checker.flush();
  assert.equal(second?.lines[0]?.line, 2);
  assert.equal(checker.linesRead, 2);
});

test('memory stays flat over 2 million streamed lines: only counts are kept', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const block = `${Array.from({ length: 500 }, (_, i) => (i % 50 === 0 ? GOLDEN_LINES[0]!.line : GOLDEN_LINES[2]!.line)).join('\n')}\n`;
  const checker = new StreamChecker(rules);
  let afterWarmUp = 0;
  for (let written = 0; written < 2_000_000; written += 500) {
    checker.push(block);
    if (written === 100_000) afterWarmUp = live();
  }
  checker.flush();
  const growth = live() - afterWarmUp;
  assert.equal(checker.linesRead, 2_000_000);
  // A line kept by mistake costs at least its text (over 100 bytes): 1.9 million of them would be 190 MB.
  assert.ok(growth < 2_000_000, `live heap grew by ${(growth / 1e6).toFixed(1)} MB over 1.9 million lines`);
});
