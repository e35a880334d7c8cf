import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedArticles, loadCompiledRules } from '../../scripts/lib/checker-rules.ts';
import { classifyLine, loadRuleSet } from '../../src/lib/checker/index.ts';
import { ALWAYS, cutRules, FALLBACKS, filesFor, mergeRules, type RuleFile } from '../../src/lib/search/rule-shards.ts';

const compiled = loadCompiledRules();
const { keys, files } = cutRules(compiled);
const fileNamed = (name: string): RuleFile => {
  const file = files[name];
  assert.ok(file, `filesFor named ${name}, which cutRules did not write`);
  return file;
};
const everyRule = await loadRuleSet(compiled);
const lines = publishedArticles().flatMap((article) =>
  article.data.patterns.flatMap((pattern) => [...pattern.examples.map((example) => example.line), ...pattern.counterexamples]),
);

const summary = (line: string, rules: Awaited<ReturnType<typeof loadRuleSet>>) =>
  (classifyLine(line, rules)?.matches ?? []).map((m) => `${m.article}#${m.cause}/${m.pattern}: ${m.title} ${m.causeTitle}`);

test("search's rule files give every example and counterexample line the checker's own verdict", async () => {
  assert.ok(lines.length > 200);
  const differing: string[] = [];
  for (const line of lines) {
    const rules = await loadRuleSet(mergeRules([...filesFor(line, keys), FALLBACKS].map(fileNamed)));
    const [got, wanted] = [summary(line, rules), summary(line, everyRule)];
    if (got.join() !== wanted.join()) differing.push(`${line}\n  files: ${got.join(', ')}\n  all rules: ${wanted.join(', ')}`);
  }
  assert.deepEqual(differing, []);
});

test('a query loads only the files of the keys it holds, whole-word keys as whole words', () => {
  const names = filesFor('Connection refused', keys);
  assert.ok(names.length > 0 && names.length <= 3, names.join());
  assert.ok(names.every((name) => 'connection refused'.includes(name)));
  assert.deepEqual(filesFor('nginx', keys), keys.always ? [ALWAYS] : []);
  const [word] = keys.words;
  assert.ok(word, 'some key is a whole word');
  assert.ok(filesFor(`x ${word} y`, keys).includes(word));
  assert.ok(!filesFor(`x ${word}z y`, keys).includes(word), 'a whole-word key inside a longer word');
});

test('every rule is in some file, with its article and cause', () => {
  const merged = mergeRules(Object.values(files));
  assert.deepEqual(merged.fallbacks, compiled.fallbacks);
  assert.equal(merged.rules.length, compiled.rules.length);
  for (const rule of merged.rules) assert.ok(merged.articles[rule.article]?.causes[rule.cause], `${rule.article}/${rule.pattern}`);
});
