/**
 * The shortcuts format detection and matching take must never change a result: a layout's fixed start
 * and required text are checked against strings generated from the layout's own regex, every article
 * pattern's required and leading texts (read from its parse tree) against strings generated from the
 * pattern, the line positions the literal scan reads against the lines themselves, and rules tried at
 * their start texts against the same rules on re2js.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DIGIT, startsLike } from '../../src/lib/checker/fixed-start.ts';
import { FORMAT_LAYOUTS, WRAPPER_LAYOUTS } from '../../src/lib/checker/formats/detect.ts';
import { splitLogLines } from '../../src/lib/checker/normalise.ts';
import { classifyLine, loadRuleSet } from '../../src/lib/checker/index.ts';
import { LINE_START } from '../../src/lib/checker/rules.ts';
import { fixedStartCodes, leadingTexts, requiredLiterals, withoutAssertions } from '../../src/lib/checker-build/regex-tree.ts';
import { loadCompiledRules, publishedArticles } from '../../scripts/lib/checker-rules.ts';

const shown = (codes: number[]) => codes.map((code) => (code === DIGIT ? '\\d' : String.fromCharCode(code))).join('');

test('every layout runs with the fixed start its parse tree gives (else: npm run verdicts)', () => {
  for (const layout of [...WRAPPER_LAYOUTS, ...FORMAT_LAYOUTS]) {
    assert.equal(
      shown(layout.prefix),
      shown(fixedStartCodes(layout.pattern.source, layout.pattern.flags)),
      `${layout.pattern}: run \`npm run verdicts\``,
    );
  }
});

test('fixedStartCodes reads literal characters, escapes, \\d and exact counts through named groups', () => {
  assert.equal(shown(fixedStartCodes('^(?<timestamp>\\d{4}\\/\\d{2}) \\[(?<level>error)\\] ')), '\\d\\d\\d\\d/\\d\\d [error] ');
  assert.equal(shown(fixedStartCodes('^nginx: \\[')), 'nginx: [');
});

test('fixedStartCodes stops where the start is no longer fixed', () => {
  // Not anchored, or flags that change what a character matches.
  assert.deepEqual(fixedStartCodes('abc'), []);
  assert.deepEqual(fixedStartCodes('^abc', 'i'), []);
  // An optional or repeated item, and what follows it.
  assert.equal(shown(fixedStartCodes('^ab?c')), 'a');
  assert.equal(shown(fixedStartCodes('^a\\d+b')), 'a');
  assert.equal(shown(fixedStartCodes('^a\\d{1,3}b')), 'a');
  assert.equal(shown(fixedStartCodes('^\\[ *x')), '[');
  // A named group that is optional or holds alternatives.
  assert.equal(shown(fixedStartCodes('^a(?<x>bc)?d')), 'a');
  assert.equal(shown(fixedStartCodes('^a(?<x>bc|de)f')), 'a');
  assert.equal(shown(fixedStartCodes('^a(?<x>b[|)]c)d')), 'ab'); // `|` and `)` in a class neither end the group nor make it an alternation
  // Classes, non-capturing groups, lookaround and the wildcard.
  assert.equal(shown(fixedStartCodes('^a[bc]')), 'a');
  assert.equal(shown(fixedStartCodes('^a(?:b)')), 'ab'); // a group of one alternative is read through
  assert.equal(shown(fixedStartCodes('^a(?:b|c)')), 'a');
  assert.equal(shown(fixedStartCodes('^a(?=b)')), 'a');
  assert.equal(shown(fixedStartCodes('^a.b')), 'a');
});

test('startsLike checks each position, and a line shorter than the start fails', () => {
  const codes = fixedStartCodes('^\\d{2}/x');
  assert.equal(startsLike('12/x and more', codes), true);
  assert.equal(startsLike('1a/x', codes), false);
  assert.equal(startsLike('12/', codes), false);
  assert.equal(startsLike('anything', []), true);
});

/**
 * fast-check cannot generate from lookaround or `\b`; without them the generator yields a superset of
 * what the pattern matches, and the lines the real pattern rejects are skipped.
 */
function generatorFor(pattern: RegExp): RegExp {
  // Nor from `i`: what the case-sensitive pattern matches, the `i` one matches too.
  return new RegExp(withoutAssertions(pattern.source, pattern.flags), pattern.flags.replace('i', ''));
}

// Every layout's quick checks hold for any string its regex matches (fast-check generates them).
for (const layout of [...WRAPPER_LAYOUTS, ...FORMAT_LAYOUTS]) {
  const name = layout.wrapper ?? layout.format;
  test(`detection shortcuts of ${name} /${layout.pattern.source.slice(0, 50)}…/ never reject a matching line`, () => {
    let checked = 0;
    // Some layouts' generated text rarely passes the real regex (lookaround, `$`): another batch of runs,
    // up to four, keeps the floor below from failing by chance while still catching a check that says too little.
    for (let batch = 0; batch < 4 && checked < 30; batch++) {
      fc.assert(
        // The generated text alone, and followed by more (a pattern ending in `$` only matches the first).
        fc.property(fc.stringMatching(generatorFor(layout.pattern)), fc.string({ maxLength: 20 }), (head, tail) => {
          for (const line of [head, head + tail].filter((candidate) => layout.pattern.test(candidate))) {
            checked++;
            assert.ok(startsLike(line, layout.prefix), `fixed start ${shown(layout.prefix)} rejects ${JSON.stringify(line)}`);
            assert.ok(
              layout.start === undefined || layout.start(line.charCodeAt(0)),
              `first character test rejects ${JSON.stringify(line)}`,
            );
            assert.ok(
              layout.needs === undefined || line.includes(layout.needs),
              `required text ${layout.needs} missing from ${JSON.stringify(line)}`,
            );
          }
        }),
        { numRuns: 300 },
      );
    }
    assert.ok(checked >= 30, `only ${checked} generated lines matched the pattern: the check says too little`);
  });
}

// Every article pattern's prefilter texts (compile-rules.ts: literals, starts) hold for any line it matches.
test('required and leading texts never reject a line the pattern matches', () => {
  const patterns = publishedArticles().flatMap((article) =>
    article.data.patterns.map((pattern) => ({ id: `${article.id}/${pattern.id}`, regex: new RegExp(pattern.match, pattern.flags) })),
  );
  let checked = 0;
  for (const { id, regex } of patterns) {
    const literals = requiredLiterals(regex.source, regex.flags);
    const starts = regex.flags === '' ? leadingTexts(regex.source) : null;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.stringMatching(generatorFor(regex)),
        fc.string({ maxLength: 10 }),
        (head, body, tail) => {
          const line = head + body + tail;
          const match = regex.exec(line);
          if (!match) return;
          checked++;
          const lower = line.toLowerCase();
          assert.ok(
            !literals || literals.some((texts) => texts.every((text) => lower.includes(text))),
            `${id}: no alternative of ${JSON.stringify(literals)} in ${JSON.stringify(line)}`,
          );
          assert.ok(
            !starts || starts.some((text) => (text === LINE_START ? match.index === 0 : line.startsWith(text, match.index))),
            `${id}: the match in ${JSON.stringify(line)} starts with none of ${JSON.stringify(starts)}`,
          );
        },
      ),
      { numRuns: 40 },
    );
  }
  assert.ok(checked >= patterns.length * 10, `only ${checked} generated lines matched`);
});

test('each line says where it sits in the paste, so the literal scan reads the right characters', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('  indented', '\tx ', '', ' ', '\u00a0nbsp\u00a0', 'é ü')), {
        maxLength: 20,
      }),
      fc.constantFrom('\n', '\r\n', '\r'),
      (parts, eol) => {
        const text = parts.join(eol);
        for (const line of splitLogLines(text)) {
          assert.equal(line.source.slice(line.start, line.start + line.text.length), line.text);
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('every article rule tried at its start texts matches as it does on re2js, on its examples and on busy variants', async () => {
  const compiled = loadCompiledRules();
  const withAttempts = await loadRuleSet(compiled);
  const automatonOnly = await loadRuleSet({ ...compiled, rules: compiled.rules.map((rule) => ({ ...rule, starts: null })) });
  const tried = compiled.rules.filter((rule) => rule.starts);
  assert.ok(tried.length >= 10, `only ${tried.length} rules run as attempts`);
  const examples = new Map(
    publishedArticles().flatMap((article) =>
      article.data.patterns.map((pattern) => [`${article.id}/${pattern.id}`, pattern.examples.map((example) => example.line)]),
    ),
  );
  for (const rule of tried) {
    for (const example of examples.get(`${rule.article}/${rule.pattern}`)!) {
      for (const line of [
        example,
        `${rule.starts![0]} ${example}`,
        `${rule.starts![0]!.repeat(3)}${example}`,
        `${rule.starts![0]!.repeat(9)}${example}`,
      ]) {
        const [got, expected] = [withAttempts, automatonOnly].map((rules) =>
          classifyLine(line, rules)!.matches.map((m) => `${m.article}#${m.cause} ${m.start}-${m.end}`),
        );
        assert.deepEqual(got, expected, `${rule.article}/${rule.pattern}: ${line}`);
      }
    }
  }
});
