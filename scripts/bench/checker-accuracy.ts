/**
 * Checker accuracy on real logs: the fixture corpus (tests/fixtures/real-logs/, every line with its
 * expected format, level, record and answer) and, when the folder exists, the shared sample logs of
 * lnav and Elastic (../shared/log-samples/, expected format per file in manifest.json; never copied
 * into the repository): the answer rate on their error records and the format figure per file, the
 * totals being the log-samples part's. Runs standalone too: `npx node scripts/bench/checker-accuracy.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompiledRules } from '../lib/checker-rules.ts';
import { bestAnswer, corpusFigures, loadRealLogs, scoreSnippet } from '../lib/real-logs.ts';
import { classifyText, loadRuleSet, type CheckResult, type RuleSet } from '../../src/lib/checker/index.ts';
import type { LogFormatId } from '../../src/lib/log-formats.ts';
import { measure } from './log-samples.ts';
import { linesPerSecond } from './throughput.ts';
import { printRows, type BenchPart, type BenchRow } from './types.ts';

const CORPUS = 'checker: real-logs corpus';
const SAMPLES = 'checker: shared log samples';
// Beside the repository (../shared) for the main checkout, two levels up for a worktree under wt/.
const SAMPLES_DIR = [process.env.LOG_SAMPLES, '../shared/log-samples', '../../shared/log-samples'].find(
  (dir): dir is string => dir !== undefined && existsSync(join(dir, 'manifest.json')),
);
const ERROR_LEVELS = new Set(['error', 'critical', 'alert', 'emergency']);

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function rate(group: string, metric: string, part: number, whole: number, target?: { min?: number; max?: number }): BenchRow {
  const value = percent(part, whole);
  const row: BenchRow = { group, metric: `${metric} (${part}/${whole})`, value, unit: '%' };
  if (target?.min !== undefined) Object.assign(row, { target: `≥ ${target.min}`, pass: value >= target.min });
  if (target?.max !== undefined) Object.assign(row, { target: `≤ ${target.max}`, pass: value <= target.max });
  return row;
}

function corpusRows(rules: RuleSet): BenchRow[] {
  const snippets = loadRealLogs();
  const results = snippets.map((snippet) => classifyText(snippet.text, rules));
  const figures = corpusFigures(snippets.map((snippet, i) => scoreSnippet(snippet, results[i]!.lines)));
  // Throughput over the corpus as one paste, repeated to about 100k lines so the timer has work to measure.
  const once = snippets.map((snippet) => snippet.text).join('\n');
  const copies = Math.max(1, Math.round(100_000 / once.split('\n').length));
  const paste = Array.from({ length: copies }, () => once).join('\n');
  const lines = paste.split('\n').length;
  classifyText(paste, rules, { searchWords: false }); // warm up
  // As the widget classifies: search words are computed later, for the lines it shows.
  const throughput = linesPerSecond(() => classifyText(paste, rules, { searchWords: false }), lines, 3);
  return [
    { group: CORPUS, metric: `corpus: ${snippets.length} snippets, ${figures.lines} lines, ${figures.errors} error records, ${figures.normal} normal lines`, value: figures.lines, unit: 'lines' },
    rate(CORPUS, 'format right', figures.formatRight, figures.lines, { min: 95 }),
    rate(CORPUS, 'level right', figures.levelRight, figures.lines),
    rate(CORPUS, 'record right', figures.recordRight, figures.lines),
    rate(CORPUS, 'errors an article pattern should know (tier 1): that article first', figures.tier1Right, figures.tier1, { min: 95 }),
    rate(CORPUS, 'errors with an article or hub (tier 1 or 2): that article first', figures.articleFirst, figures.withArticle),
    rate(CORPUS, 'errors with an article or hub (tier 1 or 2): any tier-1/2 answer', figures.withArticleAnswered, figures.withArticle, { min: 90 }),
    rate(CORPUS, 'errors nothing knows (tier 3): left without a tier-1/2 answer', figures.unknownUnanswered, figures.unknown),
    rate(CORPUS, 'false alarms on normal lines', figures.falseAlarms, figures.normal, { max: 2 }),
    { group: CORPUS, metric: `throughput, the corpus pasted ${copies} times (${lines.toLocaleString('en')} lines, wall clock)`, value: throughput.wall, unit: 'lines/s', target: '≥ 250000', pass: throughput.wall >= 250_000 },
    { group: CORPUS, metric: 'throughput, the same paste (per CPU second)', value: throughput.cpu, unit: 'lines/s', target: '≥ 250000', pass: throughput.cpu >= 250_000 },
  ];
}

interface SampleEntry {
  file: string;
  expectedFormat: LogFormatId;
  alsoAccept?: LogFormatId[];
  levels?: string;
}

/** Compared by their start: a levels file may quote a first line trimmed or cut. */
const lineKey = (text: string) => text.trim().slice(0, 60);

/** The first lines of the records a levels file marks at error or above (lnav's and Elastic's own reading). */
function errorFirstLines(path: string): Set<string> {
  type Marked = { firstLine: string; level: string | null };
  const data = JSON.parse(readFileSync(path, 'utf8')) as Marked[] | { records: Marked[] };
  const records = Array.isArray(data) ? data : data.records;
  return new Set(records.filter((record) => ERROR_LEVELS.has(record.level?.toLowerCase() ?? '')).map((record) => lineKey(record.firstLine)));
}

/**
 * Error lines of a sample: those its levels file marks (when it has one), else those the checker reads
 * at error level or above. Counted per record, like the corpus: the best answer over the record's lines.
 */
function sampleErrors(dir: string, entry: SampleEntry, result: CheckResult): { errors: number; answered: number } {
  const marked = entry.levels ? errorFirstLines(join(dir, entry.levels)) : null;
  const records = new Map<number, CheckResult['lines']>();
  for (const line of result.lines) records.set(line.record, [...(records.get(line.record) ?? []), line]);
  let errors = 0;
  let answered = 0;
  for (const lines of records.values()) {
    const isError = marked
      ? lines.some((line) => marked.has(lineKey(line.text)))
      : lines.some((line) => line.level !== null && ERROR_LEVELS.has(line.level));
    if (!isError) continue;
    errors++;
    if (bestAnswer(lines)) answered++;
  }
  return { errors, answered };
}

/**
 * Format accuracy comes from the log-samples part's measure() (one list of accepted ids for both parts);
 * that part prints the totals, this one the figure per file and the answer rate on the samples' errors.
 */
async function sampleRows(rules: RuleSet): Promise<BenchRow[]> {
  if (!SAMPLES_DIR) return [{ group: SAMPLES, metric: 'skipped: ../shared/log-samples/manifest.json not found', value: 0, unit: 'files' }];
  const manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, 'manifest.json'), 'utf8')) as SampleEntry[];
  let errors = 0;
  let answered = 0;
  for (const entry of manifest) {
    const found = sampleErrors(SAMPLES_DIR, entry, classifyText(readFileSync(join(SAMPLES_DIR, entry.file), 'utf8'), rules));
    errors += found.errors;
    answered += found.answered;
  }
  const expected = new Map(manifest.map((entry) => [entry.file, [entry.expectedFormat, ...(entry.alsoAccept ?? [])].join('/')]));
  return [
    rate(SAMPLES, 'error records (levels files, else the checker reading error+) with a tier-1 or tier-2 answer', answered, errors, { min: 90 }),
    ...(await measure(SAMPLES_DIR)).map((file) => rate(SAMPLES, `${file.file}: format ${expected.get(file.file)}`, file.right, file.lines)),
  ];
}

export const run: BenchPart = async () => {
  const rules = await loadRuleSet(await loadCompiledRules());
  return [...corpusRows(rules), ...(await sampleRows(rules))];
};

if (import.meta.main) printRows(await run());
