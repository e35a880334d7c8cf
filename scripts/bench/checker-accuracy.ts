/**
 * Checker accuracy on the fixture corpus of real logs (tests/fixtures/real-logs/, every line with its
 * expected format, level, record and answer) and the checker's throughput on it; the shared sample logs
 * of lnav and Elastic are the log-samples part's. Runs standalone too:
 * `node scripts/bench/checker-accuracy.ts`.
 */
import { loadCompiledRules } from '../lib/checker-rules.ts';
import { corpusFigures, loadRealLogs, scoreSnippet } from '../lib/real-logs.ts';
import { classifyText, loadRuleSet, type RuleSet } from '../../src/lib/checker/index.ts';
import { linesPerSecond } from './throughput.ts';
import { printRows, rate, type BenchPart, type BenchRow } from './types.ts';

const CORPUS = 'checker: real-logs corpus';

function corpusRows(rules: RuleSet): BenchRow[] {
  const snippets = loadRealLogs();
  const figures = corpusFigures(snippets.map((snippet) => scoreSnippet(snippet, classifyText(snippet.text, rules).lines)));
  // Throughput over the corpus as one paste, repeated to about 100k lines so the timer has work to measure.
  const once = snippets.map((snippet) => snippet.text).join('\n');
  const copies = Math.max(1, Math.round(100_000 / once.split('\n').length));
  const paste = Array.from({ length: copies }, () => once).join('\n');
  const lines = paste.split('\n').length;
  classifyText(paste, rules, { searchWords: false }); // warm up
  // As the widget classifies: search words are computed later, for the lines it shows.
  const throughput = linesPerSecond(() => classifyText(paste, rules, { searchWords: false }), lines, 3);
  const { errors, normal } = figures;
  return [
    {
      group: CORPUS,
      metric: `corpus: ${snippets.length} snippets, ${figures.lines} lines, ${errors} error records, ${normal} normal lines`,
      value: figures.lines,
      unit: 'lines',
    },
    rate(CORPUS, 'format right', figures.formatRight, figures.lines, { min: 95 }),
    rate(CORPUS, 'level right', figures.levelRight, figures.lines),
    rate(CORPUS, 'record right', figures.recordRight, figures.lines),
    rate(CORPUS, 'errors an article pattern should know (tier 1): that article first', figures.tier1Right, figures.tier1, { min: 95 }),
    rate(CORPUS, 'errors with an article or hub (tier 1 or 2): that article first', figures.articleFirst, figures.withArticle),
    rate(CORPUS, 'errors with an article or hub (tier 1 or 2): any tier-1/2 answer', figures.withArticleAnswered, figures.withArticle, {
      min: 90,
    }),
    rate(CORPUS, 'errors nothing knows (tier 3): left without a tier-1/2 answer', figures.unknownUnanswered, figures.unknown),
    rate(CORPUS, 'false alarms on normal lines', figures.falseAlarms, figures.normal, { max: 2 }),
    {
      group: CORPUS,
      metric: `throughput, the corpus pasted ${copies} times (${lines.toLocaleString('en')} lines, wall clock)`,
      value: throughput.wall,
      unit: 'lines/s',
      target: '≥ 250000',
      pass: throughput.wall >= 250_000,
    },
    {
      group: CORPUS,
      metric: 'throughput, the same paste (per CPU second)',
      value: throughput.cpu,
      unit: 'lines/s',
      target: '≥ 250000',
      pass: throughput.cpu >= 250_000,
    },
  ];
}

export const run: BenchPart = async () => {
  const rules = await loadRuleSet(loadCompiledRules());
  return corpusRows(rules);
};

if (import.meta.main) printRows(await run());
