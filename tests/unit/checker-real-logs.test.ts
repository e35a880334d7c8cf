/**
 * The checker on real, cited log lines (tests/fixtures/real-logs/): every line's format, level and
 * record, no error reported on a normal line, and every error record's answer and tier (the article
 * first, or no tier-1/2 answer for an error no article knows). What the engine does not meet yet is
 * listed in known-gaps.json, a ratchet: every other expectation must hold, and every listed one must
 * still fail as recorded. A failure names the file and line, the expectation and what the checker said.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCompiledRules, publishedArticles } from '../../scripts/lib/checker-rules.ts';
import { readAllArticles } from '../../scripts/lib/read-articles.ts';
import {
  GAPS_COMMAND,
  KNOWN_GAPS_FILE,
  corpusProblems,
  describeGap,
  gapKey,
  gapsOf,
  knownGapsOf,
  loadKnownGaps,
  loadRealLogs,
  recordsOf,
  scoreSnippet,
  type Snippet,
} from '../../scripts/lib/real-logs.ts';
import { classifyText, loadRuleSet } from '../../src/lib/checker/index.ts';

const snippets = loadRealLogs();
const published = new Set(publishedArticles().map((article) => article.id));
const rules = await loadRuleSet(loadCompiledRules());

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
  assert.deepEqual(
    snippets.flatMap((snippet) => corpusProblems(snippet, articleIds)),
    [],
  );
});

const knownGaps = loadKnownGaps();
const knownByFile = Map.groupBy(knownGaps.gaps, (gap) => gap.file);
const regenerate = `If the change is right, run \`${GAPS_COMMAND}\` and check its diff (${KNOWN_GAPS_FILE} should only shrink).`;

test('known-gaps.json names corpus lines only, and its counts add up', () => {
  const lines = new Set(snippets.flatMap((snippet) => snippet.lines.map((line) => `${snippet.name}.log:${line.line}`)));
  assert.deepEqual(knownGaps.gaps.filter((gap) => !lines.has(`${gap.file}:${gap.line}`)).map(describeGap), [], regenerate);
  const keys = knownGaps.gaps.map(gapKey);
  assert.deepEqual(
    keys.filter((key, i) => keys.indexOf(key) !== i),
    [],
    `gaps listed twice. ${regenerate}`,
  );
  assert.deepEqual(
    knownGapsOf(knownGaps.gaps),
    knownGaps,
    `the counts at the top of ${KNOWN_GAPS_FILE} do not match its gaps. ${regenerate}`,
  );
});

/**
 * Every expectation holds except the known gaps, and every known gap is still missed exactly as
 * recorded: a gap that closes must leave the list, so the list only shrinks.
 */
function problemsOf(snippet: Snippet): string[] {
  const current = gapsOf(scoreSnippet(snippet, classifyText(snippet.text, rules).lines), published);
  const known = new Map((knownByFile.get(`${snippet.name}.log`) ?? []).map((gap) => [gapKey(gap), gap]));
  const problems: string[] = [];
  for (const gap of current) {
    const listed = known.get(gapKey(gap));
    known.delete(gapKey(gap));
    if (!listed) problems.push(`${describeGap(gap)}: not met, and not a known gap`);
    else if (JSON.stringify(listed) !== JSON.stringify(gap))
      problems.push(`${describeGap(gap)}: the known gap changed, known-gaps.json says ${JSON.stringify(listed.got)}`);
  }
  for (const gap of known.values())
    problems.push(
      `${gap.file}:${gap.line}: ${gap.property} ${JSON.stringify(gap.expected)} is met now: ` +
        'remove this from known-gaps.json: it passes now',
    );
  return problems;
}

for (const snippet of snippets) {
  test(`checker reads ${snippet.name}.log as expected (known gaps aside)`, () => {
    const problems = problemsOf(snippet);
    if (problems.length > 0)
      assert.fail(`${problems.length} problem(s) (source: ${snippet.source}):\n${problems.join('\n')}\n${regenerate}`);
  });
}
