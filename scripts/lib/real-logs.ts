/**
 * The fixture corpus of real log lines (tests/fixtures/real-logs/) and how the checker is scored on it.
 * Each snippet is `<name>.log` (the lines as the source printed them) beside `<name>.expected.json`
 * (its source URL and, per line, the expected format, level, record and answer), in the spirit of
 * Elastic's pipeline golden files. The test (tests/unit/checker-real-logs.test.ts) asserts every line;
 * the bench (scripts/bench/checker-accuracy.ts) turns the same comparison into rates.
 *
 * Scoring reads only the checker's public result (LineResult.format/level/record/matches), and a
 * match's `tier` when the engine sets one (a match without it is an article pattern's: tier 1), so it
 * works on engines with and without result tiers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_FORMATS, type LogFormatId } from '../../src/lib/log-formats.ts';
import type { Level, LineResult, RuleMatch } from '../../src/lib/checker/types.ts';

export const REAL_LOGS_DIR = 'tests/fixtures/real-logs';

export const LEVELS: readonly Level[] = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];
const QUIET_LEVELS = new Set<Level | null>([null, 'debug', 'info', 'notice']);

/** What one line of a snippet must be read as. */
export interface ExpectedLine {
  /** 1-based line number in the .log file (blank lines count, as in the checker). */
  line: number;
  format: LogFormatId;
  level: Level | null;
  /** Number of the line that starts the record this line belongs to. */
  record: number;
  /**
   * The article the record's error leads to, declared on the line that carries the error; null when the
   * line carries none. All lines of a record that declare an article declare the same one.
   */
  article: string | null;
  /**
   * How the error is known: 1 an article's own pattern, 2 a hub article found by errno, HTTP status,
   * signal or exit status, 3 nothing known but the level says error. Absent on lines without an error.
   */
  tier?: 1 | 2 | 3;
  /** False for a line that is no error by itself but is not ordinary either (a warning, `test failed`). */
  normal?: boolean;
  /** The line's own source when the snippet gathers lines from several reports. */
  source?: string;
  /**
   * Other formats that are right too, where the line itself cannot tell (Apache and nginx write the
   * same combined access layout).
   */
  alsoFormats?: LogFormatId[];
}

export interface Snippet {
  name: string;
  source: string;
  about: string;
  /** Formats and wrappers the snippet covers, in plain words (`docker compose`, `RDS log_line_prefix`). */
  covers: string[];
  text: string;
  lines: ExpectedLine[];
}

interface ExpectedFile {
  source: string;
  about?: string;
  covers?: string[];
  lines: ExpectedLine[];
}

export function loadRealLogs(dir = REAL_LOGS_DIR): Snippet[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedFile;
      return {
        name,
        source: expected.source,
        about: expected.about ?? '',
        covers: expected.covers ?? [],
        text: readFileSync(join(dir, `${name}.log`), 'utf8'),
        lines: expected.lines,
      };
    });
}

/** Mistakes in the golden files themselves: a corpus that fails these measures nothing. */
export function corpusProblems(snippet: Snippet, articleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = (line: number) => `${snippet.name}.log:${line}`;
  const urls = [snippet.source, ...snippet.lines.flatMap((line) => (line.source ? [line.source] : []))];
  for (const url of urls) if (!/^https:\/\/\S+$/.test(url)) problems.push(`${snippet.name}: source "${url}" is not an https URL`);
  const rawLines = snippet.text.split(/\r\n|\r|\n/);
  const byLine = new Map(snippet.lines.map((line) => [line.line, line]));
  rawLines.forEach((raw, index) => {
    if (raw.trim() !== '' && !byLine.has(index + 1)) problems.push(`${where(index + 1)}: no expectation for this line`);
  });
  for (const line of snippet.lines) {
    if ((rawLines[line.line - 1]?.trim() ?? '') === '') problems.push(`${where(line.line)}: expectation for a blank or missing line`);
    for (const format of [line.format, ...(line.alsoFormats ?? [])]) {
      if (!(LOG_FORMATS as readonly string[]).includes(format)) problems.push(`${where(line.line)}: unknown format "${format}"`);
    }
    if (line.level !== null && !LEVELS.includes(line.level)) problems.push(`${where(line.line)}: unknown level "${line.level}"`);
    const start = byLine.get(line.record);
    if (line.record > line.line || !start || start.record !== line.record)
      problems.push(`${where(line.line)}: record ${line.record} does not start at a line of its own`);
    if (line.article !== null && line.tier === 3) problems.push(`${where(line.line)}: tier 3 means no article`);
    if (line.article !== null && line.tier === undefined) problems.push(`${where(line.line)}: an article needs its tier`);
    if (line.article !== null && !articleIds.has(line.article)) {
      problems.push(`${where(line.line)}: "${line.article}" is no article (published or draft)`);
    }
  }
  for (const [record, lines] of recordsOf(snippet.lines)) {
    const articles = new Set(lines.flatMap((line) => (line.article ? [line.article] : [])));
    if (articles.size > 1) problems.push(`${where(record)}: the record declares several articles (${[...articles].join(', ')})`);
  }
  return problems;
}

export function recordsOf<T extends { line: number; record: number }>(lines: T[]): Map<number, T[]> {
  const records = new Map<number, T[]>();
  for (const line of lines) {
    const list = records.get(line.record) ?? [];
    list.push(line);
    records.set(line.record, list);
  }
  return records;
}

/** A match's result tier: engines without tiers only report article patterns (tier 1). */
export function tierOf(match: RuleMatch): number {
  const tier = (match as RuleMatch & { tier?: unknown }).tier;
  return typeof tier === 'number' ? tier : 1;
}

export interface Answer {
  article: string;
  tier: number;
  /** The line whose match it is. */
  line: number;
}

/** The best tier-1 or tier-2 answer among some lines (a record's): lowest tier, then highest confidence. */
export function bestAnswer(lines: readonly LineResult[]): Answer | null {
  let best: { answer: Answer; confidence: number } | null = null;
  for (const line of lines) {
    for (const match of line.matches) {
      const tier = tierOf(match);
      if (tier > 2 || typeof match.article !== 'string' || match.article === '') continue;
      const confidence = typeof match.confidence === 'number' ? match.confidence : 0;
      if (!best || tier < best.answer.tier || (tier === best.answer.tier && confidence > best.confidence)) {
        best = { answer: { article: match.article, tier, line: line.line }, confidence };
      }
    }
  }
  return best?.answer ?? null;
}

/**
 * Whether the reader is told of an error on this line: any match, or a tier-3 "unrecognised error"
 * (engines with tiers set the line's own `tier`).
 */
function flagsError(line: LineResult): boolean {
  return line.matches.length > 0 || (line as LineResult & { tier?: unknown }).tier === 3;
}

/** One line compared: what was expected, what the checker said. */
export interface LineVerdict {
  expected: ExpectedLine;
  got: LineResult | undefined;
  formatRight: boolean;
  levelRight: boolean;
  recordRight: boolean;
  /** An ordinary line: outside every error record, at a quiet level (or none), not marked otherwise. */
  normal: boolean;
  /** For a normal line: the checker matched it anyway. */
  falseAlarm: boolean;
}

/** One record that carries an error, compared by its best answer over all its lines. */
export interface RecordVerdict {
  snippet: string;
  /** The line that declares the error (the first one that does). */
  line: number;
  record: number;
  expectedArticle: string | null;
  expectedTier: 1 | 2 | 3;
  /** The checker's best answer over the record's lines. */
  got: Answer | null;
  /** The tier the checker gives the record: its answer's, else 3 when a line is flagged unrecognised. */
  gotTier: 1 | 2 | 3 | null;
  /** The expected article is that answer (for tier 3: there is no answer). */
  articleRight: boolean;
}

export interface SnippetVerdict {
  snippet: Snippet;
  lines: LineVerdict[];
  records: RecordVerdict[];
}

/**
 * Compares the checker's lines for one snippet with the expectations. A continuation line (not the
 * first of its record) that prints no severity of its own may carry either no level or its record's.
 */
export function scoreSnippet(snippet: Snippet, results: readonly LineResult[]): SnippetVerdict {
  const byNumber = new Map(results.map((line) => [line.line, line]));
  const expectedByLine = new Map(snippet.lines.map((line) => [line.line, line]));
  // A frame or DETAIL line of an error record is part of that error, not an ordinary line.
  const errorRecords = new Set(snippet.lines.filter((line) => line.tier !== undefined).map((line) => line.record));
  const lines = snippet.lines.map((expected): LineVerdict => {
    const got = byNumber.get(expected.line);
    const recordLevel = expectedByLine.get(expected.record)?.level ?? null;
    const formats = [expected.format, ...(expected.alsoFormats ?? [])];
    const continuation = expected.record !== expected.line;
    const levelRight =
      got !== undefined &&
      (got.level === expected.level || (continuation && expected.level === null && (got.level === null || got.level === recordLevel)));
    const normal =
      !errorRecords.has(expected.record) && expected.normal !== false && QUIET_LEVELS.has(expected.level) && QUIET_LEVELS.has(recordLevel);
    return {
      expected,
      got,
      formatRight: got !== undefined && formats.includes(got.format),
      levelRight,
      recordRight: got?.record === expected.record,
      normal,
      falseAlarm: normal && got !== undefined && flagsError(got),
    };
  });
  const records: RecordVerdict[] = [];
  for (const [record, expectedLines] of recordsOf(snippet.lines)) {
    const declaring = expectedLines.find((line) => line.tier !== undefined);
    if (!declaring) continue;
    // The record as the checker should see it: its lines, whatever records the checker put them in.
    const gotLines = expectedLines.flatMap((line) => byNumber.get(line.line) ?? []);
    const got = bestAnswer(gotLines);
    const expectedTier = declaring.tier!;
    records.push({
      snippet: snippet.name,
      line: declaring.line,
      record,
      expectedArticle: declaring.article,
      expectedTier,
      got,
      gotTier: got ? (got.tier as 1 | 2) : gotLines.some(flagsError) ? 3 : null,
      articleRight: expectedTier === 3 ? got === null : got?.article === declaring.article,
    });
  }
  return { snippet, lines, records };
}

/** The figures the bench prints, over any set of snippet verdicts. */
export interface CorpusFigures {
  lines: number;
  formatRight: number;
  levelRight: number;
  recordRight: number;
  /** Error records whose error has an article (expected tier 1 or 2). */
  withArticle: number;
  /** … of which the checker's best answer is that article. */
  articleFirst: number;
  /** … of which the checker gives any tier-1 or tier-2 answer. */
  withArticleAnswered: number;
  /** Error records expected at tier 1 (an article's own pattern) … */
  tier1: number;
  /** … of which the checker's best answer is that article. */
  tier1Right: number;
  /** All error records, those no article knows (tier 3) included. */
  errors: number;
  /** Error records no article knows (expected tier 3) … */
  unknown: number;
  /** … that the checker leaves without a tier-1 or tier-2 answer, as it should. */
  unknownUnanswered: number;
  normal: number;
  falseAlarms: number;
}

export function corpusFigures(verdicts: readonly SnippetVerdict[]): CorpusFigures {
  const lines = verdicts.flatMap((verdict) => verdict.lines);
  const records = verdicts.flatMap((verdict) => verdict.records);
  const withArticle = records.filter((record) => record.expectedArticle !== null);
  const tier1 = records.filter((record) => record.expectedTier === 1);
  const normal = lines.filter((line) => line.normal);
  return {
    lines: lines.length,
    formatRight: lines.filter((line) => line.formatRight).length,
    levelRight: lines.filter((line) => line.levelRight).length,
    recordRight: lines.filter((line) => line.recordRight).length,
    withArticle: withArticle.length,
    articleFirst: withArticle.filter((record) => record.articleRight).length,
    withArticleAnswered: withArticle.filter((record) => record.got !== null).length,
    tier1: tier1.length,
    tier1Right: tier1.filter((record) => record.articleRight).length,
    errors: records.length,
    unknown: records.length - withArticle.length,
    unknownUnanswered: records.filter((record) => record.expectedArticle === null && record.got === null).length,
    normal: normal.length,
    falseAlarms: normal.filter((line) => line.falseAlarm).length,
  };
}

/**
 * The known gaps (tests/fixtures/real-logs/known-gaps.json): every expectation the checker does not
 * meet yet, so the test can assert all others and notice each gap that closes. Rewritten by
 * `npm run real-logs:gaps`; reviewed by its diff, which should only ever shrink.
 */
export const KNOWN_GAPS_FILE = join(REAL_LOGS_DIR, 'known-gaps.json');
export const GAPS_COMMAND = 'npm run real-logs:gaps';

/** What was not met: a line's format, level or record, a normal line flagged, a record's article or tier. */
export type GapProperty = 'result' | 'format' | 'level' | 'record' | 'false-alarm' | 'article' | 'tier';
const PROPERTY_ORDER: readonly GapProperty[] = ['result', 'format', 'level', 'record', 'false-alarm', 'article', 'tier'];

export interface Gap {
  file: string;
  line: number;
  property: GapProperty;
  expected: unknown;
  got: unknown;
  /** The engine gap it belongs to, counted at the top of the file. */
  class: string;
}

export interface KnownGaps {
  command: string;
  /** Gaps per property, in PROPERTY_ORDER. */
  properties: Partial<Record<GapProperty, number>>;
  /** Gaps per class, most first. */
  counts: Record<string, number>;
  total: number;
  gaps: Gap[];
}

const answerText = (answer: Answer) => `${answer.article} (tier ${answer.tier}, line ${answer.line})`;

/** Every expectation of one snippet the checker misses, each with the class of engine gap it shows. */
export function gapsOf(verdict: SnippetVerdict, published: ReadonlySet<string>): Gap[] {
  const file = `${verdict.snippet.name}.log`;
  const gaps: Gap[] = [];
  for (const line of verdict.lines) {
    const { expected, got } = line;
    const at = { file, line: expected.line };
    if (!got) {
      gaps.push({ ...at, property: 'result', expected: 'a result', got: null, class: 'result: line missing from the result' });
      continue;
    }
    if (!line.formatRight) {
      const formats = [expected.format, ...(expected.alsoFormats ?? [])];
      gaps.push({
        ...at,
        property: 'format',
        expected: formats.join(' or '),
        got: got.format,
        class: `format: ${expected.format} read as ${got.format}`,
      });
    }
    if (!line.levelRight)
      gaps.push({ ...at, property: 'level', expected: expected.level, got: got.level, class: `level: ${expected.format}` });
    if (!line.recordRight)
      gaps.push({ ...at, property: 'record', expected: expected.record, got: got.record, class: `record: ${expected.format}` });
    if (line.falseAlarm) {
      const said = got.matches.map((match) => match.article).join(', ') || 'unrecognised error';
      gaps.push({
        ...at,
        property: 'false-alarm',
        expected: 'no error',
        got: said,
        class: 'false alarm: a normal line reported as an error',
      });
    }
  }
  for (const record of verdict.records) {
    const at = { file, line: record.line };
    const got = record.got ? answerText(record.got) : null;
    if (!record.articleRight) {
      const kind =
        record.expectedArticle === null
          ? 'an error no article knows gets an answer'
          : !published.has(record.expectedArticle)
            ? 'the article is not published yet'
            : record.got === null
              ? `no tier-1/2 answer (tier ${record.expectedTier} expected)`
              : `another article answers (tier ${record.expectedTier} expected)`;
      gaps.push({ ...at, property: 'article', expected: record.expectedArticle, got, class: `article: ${kind}` });
    } else if (record.gotTier !== record.expectedTier) {
      const kind =
        record.expectedTier === 3
          ? 'error line not flagged as unrecognised'
          : `right article at tier ${record.gotTier}, tier ${record.expectedTier} expected`;
      gaps.push({ ...at, property: 'tier', expected: record.expectedTier, got: record.gotTier, class: `tier: ${kind}` });
    }
  }
  return gaps.sort((a, b) => a.line - b.line || PROPERTY_ORDER.indexOf(a.property) - PROPERTY_ORDER.indexOf(b.property));
}

/** The same gap in the list and in the checker's result: one key per file, line and property. */
export const gapKey = (gap: Pick<Gap, 'file' | 'line' | 'property'>) => `${gap.file}:${gap.line}:${gap.property}`;

export function describeGap(gap: Gap): string {
  const show = (value: unknown) => JSON.stringify(value);
  return `${gap.file}:${gap.line}: ${gap.property} ${show(gap.got)}, expected ${show(gap.expected)} (${gap.class})`;
}

function countBy(gaps: Gap[], key: (gap: Gap) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const gap of gaps) counts.set(key(gap), (counts.get(key(gap)) ?? 0) + 1);
  return counts;
}

export function knownGapsOf(gaps: Gap[]): KnownGaps {
  const perProperty = countBy(gaps, (gap) => gap.property);
  const properties = Object.fromEntries(
    PROPERTY_ORDER.flatMap((property) => (perProperty.has(property) ? [[property, perProperty.get(property)!]] : [])),
  );
  const counts = [...countBy(gaps, (gap) => gap.class)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { command: GAPS_COMMAND, total: gaps.length, properties, counts: Object.fromEntries(counts), gaps };
}

export function loadKnownGaps(path = KNOWN_GAPS_FILE): KnownGaps {
  return JSON.parse(readFileSync(path, 'utf8')) as KnownGaps;
}
