/** Golden lines from public reports and docs (tests/fixtures/logs): format, level, fields, errno. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCompiledRules } from '../../scripts/lib/checker-rules.ts';
import { classifyLine, classifyText, loadRuleSet } from '../../src/lib/checker/index.ts';
import { LOG_FORMATS } from '../../src/lib/log-formats.ts';
import { definitionModules } from './format-definitions.ts';
import { GOLDEN_LINES } from '../lib/golden-lines.ts';

const rules = await loadRuleSet(loadCompiledRules());

for (const entry of GOLDEN_LINES) {
  test(`checker reads a ${entry.format} line: ${entry.line.slice(0, 70)}`, () => {
    const result = classifyLine(entry.line, rules)!;
    assert.equal(result.format, entry.format, `format of ${entry.source}`);
    assert.equal(result.level, entry.level);
    for (const [name, value] of Object.entries(entry.fields)) {
      const field = result.fields.find((f) => f.name === name && f.value === value);
      assert.ok(
        field,
        `field ${name}=${JSON.stringify(value)} missing; got ${JSON.stringify(result.fields.map((f) => [f.name, f.value]))}`,
      );
      // A field's span points at its text in the line.
      assert.equal(result.text.slice(field.start, field.end), value);
    }
    assert.equal(result.errno?.name ?? undefined, entry.errno);
    if (entry.noMatch)
      assert.deepEqual(
        result.matches.map((m) => `${m.article}#${m.cause}`),
        [],
      );
  });
}

test('every log format has at least one real line: a golden line here or a sample of its definition', async () => {
  const samples = (await definitionModules()).flatMap((module) => module.samples);
  const covered = new Set([...GOLDEN_LINES, ...samples].map((entry) => entry.format));
  assert.deepEqual(
    LOG_FORMATS.filter((format) => !covered.has(format)),
    [],
  );
});

test('a Node.js stack trace stays one record with its error line, the source excerpt above it and the event trace below', () => {
  const result = classifyText(readFileSync('tests/fixtures/logs/node-stack.log', 'utf8'), rules);
  // nodemon's own line, then the whole uncaught error.
  assert.equal(result.recordCount, 2);
  const errorLine = result.lines.find((line) => line.text.startsWith('Error: listen EADDRINUSE'))!;
  const frames = result.lines.filter((line) => line.text.startsWith('at ') && line.line < 17);
  assert.equal(frames.length, 10);
  for (const frame of frames) {
    assert.equal(frame.record, errorLine.record);
    assert.equal(frame.format, 'nodejs');
  }
  assert.equal(errorLine.errno?.name, 'EADDRINUSE');
});

test('a Python traceback is one record that ends with its exception line', () => {
  const text = readFileSync('tests/fixtures/logs/python-traceback.log', 'utf8');
  const result = classifyText(text, rules);
  assert.equal(result.lines.length, 10);
  assert.deepEqual(new Set(result.lines.map((line) => line.record)), new Set([1]));
  assert.ok(result.lines.every((line) => line.format === 'python'));
  assert.equal(result.recordCount, 1);
  const last = result.lines.at(-1)!;
  assert.equal(last.errno?.name, 'ECONNREFUSED');
  // The summary counts the record once, under the best match of any of its lines.
  const top = last.matches[0];
  assert.ok(top, 'the exception line matches an article');
  assert.deepEqual(
    result.summary.map((g) => [g.article, g.count]),
    [[top.article, 1]],
  );
});
