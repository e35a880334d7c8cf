/**
 * The checker on real logs nobody on the project wrote: the shared sample folder (lnav's and Elastic's
 * sample logs, `../shared/log-samples/` or LOG_SAMPLES) with the expected format of each file in its
 * manifest.json. Every file is classified once, with the site's rules: the format figures (over all
 * lines, the mean over files, and per file) and the answer rate on the files' error records. Skipped when
 * the folder is missing: it is reference data, never part of the repository. Standalone,
 * `node scripts/bench/log-samples.ts --files` also prints the lines each file misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompiledRules } from '../lib/checker-rules.ts';
import { bestAnswer } from '../lib/real-logs.ts';
import { classifyText, loadRuleSet, type CheckResult } from '../../src/lib/checker/index.ts';
import { percent, printRows, rate, type BenchPart, type BenchRow } from './types.ts';

const GROUP = 'checker: shared log samples';
// Beside the repository (../shared) for the main checkout, two levels up for a worktree under wt/.
const FOLDER = [process.env.LOG_SAMPLES, '../shared/log-samples', '../../shared/log-samples'].find(
  (dir): dir is string => dir !== undefined && existsSync(join(dir, 'manifest.json')),
);
const ERROR_LEVELS = new Set(['error', 'critical', 'alert', 'emergency']);

interface ManifestEntry {
  file: string;
  expectedFormat: string;
  alsoAccept?: string[];
  /** A file beside it with lnav's or Elastic's own reading of each record's level. */
  levels?: string;
}

/**
 * The manifest predates the java, haproxy, redis, supervisord, logfmt and json ids and says so in its
 * notes ("a new format id is the right fix"); these are the files whose lines those ids now describe.
 * docker compose output carries other programs' lines: a Redis line inside is Redis's; a journal entry
 * whose SYSLOG_IDENTIFIER is `python` is a Python program's.
 */
const NEWER_IDS: Record<string, string[]> = {
  'lnav/logfile_haproxy.0': ['haproxy'],
  'lnav/fmt-haproxy_log.log': ['haproxy'],
  'lnav/logfile_pino.0': ['json'],
  'lnav/logfile_bunyan.0': ['json'],
  'lnav/logfile_logfmt.0': ['logfmt'],
  'lnav/logfile_java.0': ['java'],
  'lnav/logfile_journald.json': ['python'],
  'lnav/logfile_docker_compose.0': ['redis'],
  'lnav/logfile_docker_compose_with_ts.0': ['redis'],
  'lnav/logfile_docker_compose_with_noise.0': ['redis'],
};

export interface FileAccuracy {
  file: string;
  /** The format ids accepted for its lines, as the manifest and NEWER_IDS give them. */
  accepted: string[];
  lines: number;
  right: number;
  misses: { line: string; format: string }[];
  /** Its error records (by its levels file, else the checker's error+ reading) … */
  errors: number;
  /** … of which the checker gives a tier-1 or tier-2 answer. */
  answered: number;
  /** Records with no level that lnav's syslog reading calls errors, and how many of them get an answer. */
  unlevelled: number;
  unlevelledAnswered: number;
}

/**
 * The first lines of the records a levels file marks at error or above (lnav's and Elastic's own reading),
 * trimmed. A levels file may quote a first line cut short, so a line is marked when it starts with one;
 * the whole quoted text counts, as lines of one file can share a long start (an access log's 200 and 404
 * lines for the same client and second share their first 60 characters).
 */
function errorFirstLines(path: string): string[] {
  type Marked = { firstLine: string; level: string | null };
  const data = JSON.parse(readFileSync(path, 'utf8')) as Marked[] | { records: Marked[] };
  const records = Array.isArray(data) ? data : data.records;
  return records.filter((record) => ERROR_LEVELS.has(record.level?.toLowerCase() ?? '')).map((record) => record.firstLine.trim());
}

const isMarked = (marked: readonly string[], text: string) => marked.some((first) => text.trim().startsWith(first));

/**
 * lnav's syslog format reads a line without a level as an error when its message has these words
 * (`level` of tstack/lnav src/formats/syslog_log.json). The checker leaves such lines without a level,
 * so they are counted apart, not in the target, to keep them in sight.
 */
const LNAV_ERROR_WORDS = /(?<![a-zA-Z])(?:[Ee][Rr][Rr][Oo][Rr][Ss]?)(?![a-zA-Z])|failed|failure/;

type ErrorCounts = Pick<FileAccuracy, 'errors' | 'answered' | 'unlevelled' | 'unlevelledAnswered'>;

/**
 * Error records of a sample: those its levels file marks (when it has one), else those the checker reads
 * at error level or above. Counted per record, like the corpus: the best answer over the record's lines.
 */
function sampleErrors(folder: string, entry: ManifestEntry, result: CheckResult): ErrorCounts {
  const marked = entry.levels ? errorFirstLines(join(folder, entry.levels)) : null;
  const records = Map.groupBy(result.lines, (line) => line.record);
  const counts: ErrorCounts = { errors: 0, answered: 0, unlevelled: 0, unlevelledAnswered: 0 };
  for (const lines of records.values()) {
    const answered = bestAnswer(lines) ? 1 : 0;
    const isError = marked
      ? lines.some((line) => isMarked(marked, line.text))
      : lines.some((line) => line.level !== null && ERROR_LEVELS.has(line.level));
    if (isError) {
      counts.errors++;
      counts.answered += answered;
    } else if (!marked && lines.every((line) => line.level === null) && LNAV_ERROR_WORDS.test(lines[0]!.text)) {
      counts.unlevelled++;
      counts.unlevelledAnswered += answered;
    }
  }
  return counts;
}

const ERROR_RECORDS = 'error records (levels files, else the checker reading error+) with a tier-1 or tier-2 answer';
const UNLEVELLED_RECORDS = 'records without a level that lnav reads as errors (error, failed, failure) with a tier-1 or tier-2 answer';

/** The counts of a FileAccuracy. */
type Count = { [K in keyof FileAccuracy]: FileAccuracy[K] extends number ? K : never }[keyof FileAccuracy];

export async function measure(folder: string): Promise<FileAccuracy[]> {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const rules = await loadRuleSet(loadCompiledRules());
  return manifest.map((entry) => {
    const accepted = [entry.expectedFormat, ...(entry.alsoAccept ?? []), ...(NEWER_IDS[entry.file] ?? [])];
    const result = classifyText(readFileSync(join(folder, entry.file), 'utf8'), rules, { searchWords: false });
    const misses = result.lines.filter((line) => !accepted.includes(line.format)).map((line) => ({ line: line.text, format: line.format }));
    return {
      file: entry.file,
      accepted,
      lines: result.lines.length,
      right: result.lines.length - misses.length,
      misses,
      ...sampleErrors(folder, entry, result),
    };
  });
}

export const run: BenchPart = async () => {
  if (!FOLDER) return [{ group: GROUP, metric: 'skipped: ../shared/log-samples/manifest.json not found', value: 0, unit: 'files' }];
  const files = await measure(FOLDER);
  const sum = (count: (file: FileAccuracy) => number) => files.reduce((total, file) => total + count(file), 0);
  /** One count over all files together. */
  const total = (count: Count) => sum((file) => file[count]);
  // Per file too, so one big file (a 1000-line access log) does not hide the formats that fail.
  const perFile = percent(
    sum((file) => file.right / Math.max(file.lines, 1)),
    files.length,
  );
  const rows: BenchRow[] = [
    rate(GROUP, 'format right, lines', total('right'), total('lines'), { min: 95 }),
    {
      group: GROUP,
      metric: `format right, mean over ${files.length} files`,
      value: perFile,
      unit: '%',
      target: '≥ 95',
      pass: perFile >= 95,
    },
    rate(GROUP, ERROR_RECORDS, total('answered'), total('errors'), { min: 90 }),
    rate(GROUP, UNLEVELLED_RECORDS, total('unlevelledAnswered'), total('unlevelled')),
    ...files.map((file) => rate(GROUP, `${file.file}: format ${file.accepted.join('/')}`, file.right, file.lines)),
  ];
  return rows;
};

if (import.meta.main) {
  if (process.argv.includes('--files') && FOLDER) {
    for (const file of await measure(FOLDER)) {
      console.log(`${String(percent(file.right, file.lines)).padStart(5)} %  ${String(file.lines).padStart(4)}  ${file.file}`);
      for (const miss of file.misses.slice(0, 4)) console.log(`          ${miss.format.padEnd(12)} ${miss.line.slice(0, 150)}`);
    }
  }
  printRows(await run());
}
