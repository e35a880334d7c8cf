/**
 * Generated from the articles: every example line of a primary pattern is recognised as that article
 * and cause first; every example of a secondary pattern at least lists its article and cause; no
 * counterexample is claimed by its pattern.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedArticles, loadCompiledRules } from '../../scripts/lib/checker-rules.ts';
import { classifyLine, loadRuleSet } from '../../src/lib/checker/index.ts';

const articles = publishedArticles();
const rules = await loadRuleSet(loadCompiledRules());

test('the articles define checker patterns', () => {
  assert.ok(rules.rules.length >= articles.length, `only ${rules.rules.length} patterns for ${articles.length} articles`);
});

for (const article of articles) {
  test(`checker recognises the examples of ${article.id}`, () => {
    const problems: string[] = [];
    for (const pattern of article.data.patterns) {
      const own = `${article.id}#${pattern.cause}`;
      for (const { line: example } of pattern.examples) {
        const matches = classifyLine(example, rules)?.matches ?? [];
        const keys = matches.map((m) => `${m.article}#${m.cause}${m.secondary ? ' (secondary)' : ''}`);
        const top = matches[0] && `${matches[0].article}#${matches[0].cause}`;
        if (!pattern.secondary && top !== own) {
          problems.push(
            `primary pattern "${pattern.id}": top match is ${top ?? 'nothing'}, not ${own}; all: [${keys.join(', ')}]\n` +
              `      line: ${example}`,
          );
        }
        if (pattern.secondary && !matches.some((m) => `${m.article}#${m.cause}` === own)) {
          problems.push(`secondary pattern "${pattern.id}": ${own} is not among the matches [${keys.join(', ')}]\n      line: ${example}`);
        }
      }
      // A counterexample may still belong to the same cause through a sibling pattern (the modern and
      // legacy wording of one message); what must not happen is this pattern claiming it.
      for (const line of pattern.counterexamples) {
        const claimed = classifyLine(line, rules)?.matches.some((m) => m.article === article.id && m.pattern === pattern.id);
        if (claimed) problems.push(`counterexample of "${pattern.id}" is claimed by that pattern\n      line: ${line}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
