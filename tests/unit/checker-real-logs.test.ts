/**
 * The checker on real, cited log lines (tests/fixtures/real-logs/): every line's format, level and
 * record, and every error record's answer (the article first, or no tier-1/2 answer for an error no
 * article knows). A failure names the file and line, the expectation and what the checker said.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCompiledRules, publishedArticles } from '../../scripts/lib/checker-rules.ts';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';
import { corpusProblems, loadRealLogs, recordsOf, scoreSnippet, type Snippet } from '../../scripts/lib/real-logs.ts';
import { classifyText, loadRuleSet } from '../../src/lib/checker/index.ts';

const snippets = loadRealLogs();
const published = new Set(publishedArticles().map((article) => article.id));
const rules = await loadRuleSet(await loadCompiledRules());

test('the corpus is big and varied enough to measure the checker', () => {
  const lines = snippets.flatMap((snippet) => snippet.lines);
  const formats = new Set(lines.map((line) => line.format));
  const covers = new Set(snippets.flatMap((snippet) => snippet.covers));
  // Scored against no result at all, only the expectations decide which lines are ordinary.
  const normal = snippets.flatMap((snippet) => scoreSnippet(snippet, []).lines.filter((line) => line.normal));
  const multiLine = snippets.flatMap((snippet) => [...recordsOf(snippet.lines).values()].filter((record) => record.length > 1));
  assert.ok(lines.length >= 400, `${lines.length} lines, fewer than 400`);
  assert.ok(formats.size + covers.size >= 30, `${formats.size} formats and ${covers.size} variants/wrappers, fewer than 30 together`);
  assert.ok(normal.length >= 80, `${normal.length} normal lines, fewer than 80`);
  assert.ok(multiLine.length >= 10, `${multiLine.length} multi-line records, fewer than 10`);
});

test('every corpus file is well-formed and cited', () => {
  // Drafts count: an expectation may name an article being written.
  const articleIds = new Set(readAllArticles().map((article) => article.id));
  assert.deepEqual(snippets.flatMap((snippet) => corpusProblems(snippet, articleIds)), []);
});

function problemsOf(snippet: Snippet): string[] {
  const result = classifyText(snippet.text, rules);
  const verdict = scoreSnippet(snippet, result.lines);
  const where = (line: number) => `${snippet.name}.log:${line}`;
  const show = (value: unknown) => JSON.stringify(value);
  const problems: string[] = [];
  for (const line of verdict.lines) {
    const { expected, got } = line;
    if (!got) {
      problems.push(`${where(expected.line)}: the checker returned no result for this line`);
      continue;
    }
    if (!line.formatRight) problems.push(`${where(expected.line)}: format ${show(got.format)}, expected ${[expected.format, ...(expected.alsoFormats ?? [])].map(show).join(' or ')}`);
    if (!line.levelRight) problems.push(`${where(expected.line)}: level ${show(got.level)}, expected ${show(expected.level)}`);
    if (!line.recordRight) problems.push(`${where(expected.line)}: record ${got.record}, expected ${expected.record}`);
    if (line.falseAlarm) problems.push(`${where(expected.line)}: a normal line, but the checker reports an error (${got.matches.map((m) => m.article).join(', ') || 'unrecognised'})`);
  }
  for (const record of verdict.records) {
    if (record.articleRight) continue;
    const got = record.got ? `${record.got.article} (tier ${record.got.tier}, line ${record.got.line})` : 'no answer';
    if (record.expectedArticle === null) {
      problems.push(`${where(record.line)}: no article knows this error (tier 3), but the checker answered ${got}`);
    } else if (!published.has(record.expectedArticle)) {
      problems.push(`${where(record.line)}: expected ${record.expectedArticle}, which is not published yet; the checker answered ${got}`);
    } else {
      problems.push(`${where(record.line)}: expected ${record.expectedArticle} (tier ${record.expectedTier}) for record ${record.record}, got ${got}`);
    }
  }
  return problems;
}

for (const snippet of snippets) {
  test(`checker reads ${snippet.name}.log as expected`, () => {
    const problems = problemsOf(snippet);
    if (problems.length > 0) assert.fail(`${problems.length} expectation(s) not met (source: ${snippet.source}):\n${problems.join('\n')}`);
  });
}
