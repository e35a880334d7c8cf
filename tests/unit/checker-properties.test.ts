/**
 * Property tests: whatever is pasted, the checker returns a result without throwing, and its time
 * grows linearly with the input, with the real rules from the articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadCompiledRules, publishedArticles } from '../../scripts/lib/checker-rules.ts';
import { classifyText, loadRuleSet, type CheckResult } from '../../src/lib/checker/index.ts';

const rules = await loadRuleSet(loadCompiledRules());

function assertWellFormed(text: string, result: CheckResult) {
  assert.equal(result.empty, result.lines.length === 0);
  for (const line of result.lines) {
    assert.ok(line.line >= 1);
    for (const field of line.fields) assert.ok(0 <= field.start && field.start <= field.end && field.end <= line.text.length);
    for (const match of line.matches) assert.ok(match.confidence > 0 && match.confidence <= 1);
  }
  const counted = result.summary.reduce((sum, group) => sum + group.count, 0);
  assert.equal(counted, result.recordCount);
  assert.ok(result.lines.length <= text.length);
}

test('any string, including lone surrogates and control characters, gives a result', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ maxLength: 400 }),
      ),
      (text) => {
        assertWellFormed(text, classifyText(text, rules));
      },
    ),
    { numRuns: 500 },
  );
});

test('log-shaped strings built from real fragments give a result', () => {
  const fragment = fc.constantFrom(
    '2020/05/07 03:15:12 [error] 6#6: *1 ',
    'connect() failed (111: Connection refused)',
    ' while connecting to upstream',
    ', client: 1.2.3.4',
    'Nov 25 10:01:02 host prog[1]: ',
    '[ 1234.567890] ',
    'Out of memory: Killed process 1 (',
    ')',
    '(',
    '[',
    ']',
    '"',
    'time="x" level=error msg=',
    'Traceback (most recent call last):',
    '\n',
    '\r\n',
    '  at f (a.js:1:2)',
    '\x1b[31m',
    '\uD800',
    ' ',
  );
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 200 }), (parts) => {
      const text = parts.join('');
      assertWellFormed(text, classifyText(text, rules));
    }),
    { numRuns: 300 },
  );
});

/** Milliseconds for classifying `text`, best of five runs (to drop garbage-collection and load noise). */
function timeOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    classifyText(text, rules);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Adversarial inputs: long runs of one character, nested brackets, and the literal openings of real
// rules repeated (the worst case for a backtracking regex searching from every position).
const adversarial: Record<string, (n: number) => string> = {
  'repeated a': (n) => 'a'.repeat(n),
  'repeated space': (n) => ' '.repeat(n) + 'x',
  'nested brackets': (n) => '['.repeat(n / 2) + ']'.repeat(n / 2),
  'nested parentheses': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'repeated rule openings': (n) => 'Out of memory: Killed process 0 ('.repeat(n / 33),
  'repeated nginx prefix': (n) => '2020/05/07 03:15:12 [error] 6#6: *1 connect() to '.repeat(n / 48),
  'many short lines': (n) => 'connect() failed (111: Connection refused)\n'.repeat(n / 43),
  'unpaired surrogates': (n) => '\uD800\uDC00\uDC00'.repeat(n / 3),
  // Lines just under the rule window, so every line costs the most a rule can cost.
  'long lines without spaces': (n) => `${'x'.repeat(4000)}\n`.repeat(n / 4001),
  'long lines of rule openings': (n) => `${'Out of memory: Killed process 0 ('.repeat(121)}\n`.repeat(n / 3994),
  'long lines of quotes and brackets': (n) => `${'"[(\\'.repeat(1000)}\n`.repeat(n / 4001),
};

for (const [name, build] of Object.entries(adversarial)) {
  test(`time stays linear on adversarial input: ${name}`, () => {
    const small = timeOf(build(100_000));
    const large = timeOf(build(400_000));
    // 100k characters in well under a second, and 4× the input in under 10× the time: linear growth
    // gives ~4×, quadratic 16×; the slack absorbs timer and GC noise on a busy machine.
    assert.ok(small < 1000, `${name}: ${small.toFixed(1)} ms for 100k characters`);
    assert.ok(large < Math.max(10 * small, 100), `${name}: ${small.toFixed(1)} ms for 100k but ${large.toFixed(1)} ms for 400k`);
  });
}

/**
 * Every rule's own opening repeated along a line, the first half of what it matches in its first
 * example (`upstream timed out (110: Connection t` again and again), ending with the texts the rule
 * requires in capitals: the literal prefilter lets the regex run, and it fails only at the end. That
 * is the input that makes `upstream timed out \(110: [^)]*\) while` quadratic on a backtracking engine.
 */
test("time stays linear on every rule's opening repeated along a line", () => {
  const compiled = loadCompiledRules();
  const required = new Map(compiled.rules.map((rule) => [`${rule.article}/${rule.pattern}`, rule.literals?.flat() ?? []]));
  const attacks = publishedArticles().flatMap((article) =>
    article.data.patterns.map((pattern) => {
      const matched = new RegExp(pattern.match, pattern.flags).exec(pattern.examples[0]!.line)![0];
      const opening = matched.slice(0, Math.max(1, Math.ceil(matched.length / 2)));
      const tail = ` ${required.get(`${article.id}/${pattern.id}`)!.join(' ').toUpperCase()}`;
      return (length: number) => `${opening.repeat(Math.ceil(length / opening.length)).slice(0, Math.max(0, length - tail.length))}${tail}`;
    }),
  );
  const log = (length: number) => attacks.map((attack) => attack(length)).join('\n');
  const small = timeOf(log(1000));
  const large = timeOf(log(4000));
  assert.ok(
    large < Math.max(10 * small, 100),
    `${attacks.length} rules: ${small.toFixed(1)} ms for 1,000-character lines but ${large.toFixed(1)} ms for 4,000`,
  );
});
