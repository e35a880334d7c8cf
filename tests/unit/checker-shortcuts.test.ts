/**
 * The shortcuts format detection and matching take must never change a result: a layout's fixed start
 * and required text are checked against strings generated from the layout's own regex, the line
 * positions the literal scan reads against the lines themselves, and rules tried at their start texts
 * against the same rules on re2js.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DIGIT, fixedStart, startsLike } from '../../src/lib/checker/fixed-start.ts';
import { FORMAT_LAYOUTS, WRAPPER_LAYOUTS } from '../../src/lib/checker/formats/detect.ts';
import { splitLogLines } from '../../src/lib/checker/normalise.ts';
import { classifyLine, loadRuleSet } from '../../src/lib/checker/index.ts';
import { loadCompiledRules, publishedArticles } from '../../scripts/lib/checker-rules.ts';

const shown = (codes: number[]) => codes.map((code) => (code === DIGIT ? '\\d' : String.fromCharCode(code))).join('');

test('fixedStart reads literal characters, escapes, \\d and exact counts through named groups', () => {
  assert.equal(shown(fixedStart('^(?<timestamp>\\d{4}\\/\\d{2}) \\[(?<level>error)\\] ')), '\\d\\d\\d\\d/\\d\\d [error] ');
  assert.equal(shown(fixedStart('^nginx: \\[')), 'nginx: [');
});

test('fixedStart stops where the start is no longer fixed', () => {
  // Not anchored, or flags that change what a character matches.
  assert.deepEqual(fixedStart('abc'), []);
  assert.deepEqual(fixedStart('^abc', 'i'), []);
  // An optional or repeated item, and what follows it.
  assert.equal(shown(fixedStart('^ab?c')), 'a');
  assert.equal(shown(fixedStart('^a\\d+b')), 'a');
  assert.equal(shown(fixedStart('^a\\d{1,3}b')), 'a');
  assert.equal(shown(fixedStart('^\\[ *x')), '[');
  // A named group that is optional or holds alternatives.
  assert.equal(shown(fixedStart('^a(?<x>bc)?d')), 'a');
  assert.equal(shown(fixedStart('^a(?<x>bc|de)f')), 'a');
  assert.equal(shown(fixedStart('^a(?<x>b[|)]c)d')), 'ab'); // `|` and `)` in a class neither end the group nor make it an alternation
  // Classes, non-capturing groups, lookaround and the wildcard.
  assert.equal(shown(fixedStart('^a[bc]')), 'a');
  assert.equal(shown(fixedStart('^a(?:b)')), 'a');
  assert.equal(shown(fixedStart('^a(?=b)')), 'a');
  assert.equal(shown(fixedStart('^a.b')), 'a');
});

test('startsLike checks each position, and a line shorter than the start fails', () => {
  const codes = fixedStart('^\\d{2}/x');
  assert.equal(startsLike('12/x and more', codes), true);
  assert.equal(startsLike('1a/x', codes), false);
  assert.equal(startsLike('12/', codes), false);
  assert.equal(startsLike('anything', []), true);
});

/**
 * fast-check cannot generate from lookahead (positive or negative, with groups one level deep inside) or
 * `\b`; without them the generator yields a superset of what the pattern matches, and the lines the real
 * pattern rejects are skipped.
 */
function generatorFor(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/\(\?[=!](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)/g, '').replace(/\\b/g, ''));
}

// Every layout's quick checks hold for any string its regex matches (fast-check generates them).
for (const layout of [...WRAPPER_LAYOUTS, ...FORMAT_LAYOUTS]) {
  test(`detection shortcuts of ${layout.wrapper ?? layout.format} /${layout.pattern.source.slice(0, 50)}…/ never reject a matching line`, () => {
    let checked = 0;
    fc.assert(
      // The generated text alone, and followed by more (a pattern ending in `$` only matches the first).
      fc.property(fc.stringMatching(generatorFor(layout.pattern)), fc.string({ maxLength: 20 }), (head, tail) => {
        for (const line of [head, head + tail].filter((candidate) => layout.pattern.test(candidate))) {
          checked++;
          assert.ok(startsLike(line, layout.prefix), `fixed start ${shown(layout.prefix)} rejects ${JSON.stringify(line)}`);
          assert.ok(layout.start === undefined || layout.start(line.charCodeAt(0)), `first character test rejects ${JSON.stringify(line)}`);
          assert.ok(layout.needs === undefined || line.includes(layout.needs), `required text ${layout.needs} missing from ${JSON.stringify(line)}`);
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(checked >= 30, `only ${checked} generated lines matched the pattern: the check says too little`);
  });
}

test('each line says where it sits in the paste, so the literal scan reads the right characters', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('  indented', '\tx ', '', ' ', '\u00a0nbsp\u00a0', 'é ü')), { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'), (parts, eol) => {
      const text = parts.join(eol);
      for (const line of splitLogLines(text)) {
        assert.equal(line.source.slice(line.start, line.start + line.text.length), line.text);
      }
    }),
    { numRuns: 500 },
  );
});

test('every article rule tried at its start texts matches as it does on re2js, on its examples and on busy variants', async () => {
  const compiled = await loadCompiledRules();
  const withAttempts = await loadRuleSet(compiled);
  const automatonOnly = await loadRuleSet({ ...compiled, rules: compiled.rules.map((rule) => ({ ...rule, starts: null })) });
  const tried = compiled.rules.filter((rule) => rule.starts);
  assert.ok(tried.length >= 10, `only ${tried.length} rules run as attempts`);
  const examples = new Map(publishedArticles().flatMap((article) => article.data.patterns.map((pattern) => [`${article.id}/${pattern.id}`, pattern.examples.map((example) => example.line)])));
  for (const rule of tried) {
    for (const example of examples.get(`${rule.article}/${rule.pattern}`)!) {
      for (const line of [example, `${rule.starts![0]} ${example}`, `${rule.starts![0]!.repeat(3)}${example}`, `${rule.starts![0]!.repeat(9)}${example}`]) {
        const [got, expected] = [withAttempts, automatonOnly].map((rules) => classifyLine(line, rules)!.matches.map((m) => `${m.article}#${m.cause} ${m.start}-${m.end}`));
        assert.deepEqual(got, expected, `${rule.article}/${rule.pattern}: ${line}`);
      }
    }
  }
});
