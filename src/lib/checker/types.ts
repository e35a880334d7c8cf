/**
 * The checker's boundary types: the compiled rules the build emits, and the result every caller (widget,
 * worker, CLI, search) reads. Plain data, except that the lines classifyText returns compute `fields`
 * when read (classify.ts): plainLine() makes a line fit to cross a Web Worker boundary or to serialise.
 */
import type { LogFormatId } from '../log-formats.ts';

/** Severity in one vocabulary, whatever word the software printed (`crit`, `FATAL`, `E`, `[Warning]`). */
export type Level = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'critical' | 'alert' | 'emergency';

/** A piece of the line the format carries, with its character span in the (normalised) line. */
export interface Field {
  name: string;
  value: string;
  start: number;
  end: number;
}

/** A system error number found in the line, e.g. `(111: Connection refused)` → ECONNREFUSED. */
export interface ErrnoInfo {
  code: number;
  name: string;
  meaning: string;
  start: number;
  end: number;
}

/**
 * How sure the checker is of a line's answer, best first: 1, an article's pattern matched ("Known
 * error"); 2, the line names a system error (errno, HTTP status of an access line, signal, exit status)
 * and links its hub article when one exists ("System error"); 3, the level says error but nothing is
 * known ("Unrecognised error"). Lines at info, notice or debug level never get tier 2 or 3.
 */
export type Tier = 1 | 2 | 3;

/** What kind of system error a tier-2 answer names; the keys of an article's `fallback:` block. */
export type SystemErrorKind = 'errno' | 'httpStatus' | 'signal' | 'exitStatus';

/** A system error found in the line (tier 2), whether or not an article is its hub. */
export interface SystemError {
  kind: SystemErrorKind;
  /** The value as the `fallback:` block writes it: `ECONNREFUSED`, `502`, `SIGKILL`, `137`. */
  value: string;
  /** How the reader sees it named: `ECONNREFUSED (111)`, `HTTP 502 Bad Gateway`, `SIGKILL (signal 9)`, `exit status 137`. */
  label: string;
  meaning: string;
  start: number;
  end: number;
}

export interface RuleMatch {
  /** 1 for an article pattern, 2 for the hub article of a system error (`cause` is then ''). */
  tier: 1 | 2;
  article: string;
  title: string;
  url: string;
  cause: string;
  causeTitle: string;
  pattern: string;
  secondary: boolean;
  /** 0..1, ordered the same way as the ranking: primary, then format agreement, then matched length. */
  confidence: number;
  start: number;
  end: number;
}

export interface LineResult {
  /** 1-based line number in the pasted text (blank lines count, so numbers match the reader's editor). */
  line: number;
  text: string;
  /** True when the line was longer than the bound and only its start was checked. */
  truncated: boolean;
  format: LogFormatId;
  level: Level | null;
  fields: Field[];
  errno: ErrnoInfo | null;
  matches: RuleMatch[];
  /** Line number of the first line of the record (stack trace, report block) this line belongs to. */
  record: number;
  /** Line number of the last line of that record. */
  recordLast: number;
  /** Ids of the wrappers peeled off the line, outermost first (`docker-compose`, `syslog` …). */
  wrappers: string[];
  /** The system error the line names (tier 2), when its level allows one. */
  systemError: SystemError | null;
  /** The tier of the line's own answer, or null for a line with no error. */
  tier: Tier | null;
  /** On a record's first line: the record's answer, found on any of its lines. Null on the other lines. */
  answer: RecordAnswer | null;
  /** For a line that matches nothing: its words worth searching for (see meaningfulWords). */
  searchWords: string[];
}

/** The answer for a whole record: its best match (or system error) wherever in the record it was found. */
export interface RecordAnswer {
  tier: Tier | null;
  /** The best match of the record's lines: tier 1 before tier 2, then by confidence. */
  match: RuleMatch | null;
  systemError: SystemError | null;
  /** The line the answer was found on; 0 for a record without an error. */
  line: number;
}

/** One known error (or "no known error") in a multi-line paste. */
export interface SummaryGroup {
  /** The records' tier; null for records without an error. */
  tier: Tier | null;
  /** For a tier-2 group: the system error, named as the reader sees it (`ECONNREFUSED (111)`). */
  systemError: string | null;
  article: string | null;
  cause: string | null;
  title: string;
  causeTitle: string | null;
  url: string | null;
  count: number;
  firstLine: number;
  lastLine: number;
  firstTimestamp: string | null;
  lastTimestamp: string | null;
}

export interface CheckResult {
  /** True when the input held no log line at all (empty or only whitespace). */
  empty: boolean;
  lines: LineResult[];
  /** Records grouped by their best match, most frequent first; unmatched records last. */
  summary: SummaryGroup[];
  recordCount: number;
}

/**
 * Which engine runs a rule (see rules.ts): V8's backtracking RegExp for patterns recheck found safe,
 * the linear-time re2js for the others.
 */
export type RuleEngine = 'backtracking' | 'linear';

/** One article pattern as the build emits it (JSON). */
export interface RuleSource {
  article: string;
  pattern: string;
  format: LogFormatId;
  match: string;
  flags: '' | 'i';
  engine: RuleEngine;
  cause: string;
  secondary: boolean;
  /**
   * Per alternative of the pattern, texts (lower-cased) that a matching line contains all of, used to
   * skip the rule cheaply; null when the pattern has an alternative without any (it then runs on every line).
   */
  literals: string[][] | null;
  /**
   * For a rule on the linear engine: texts every match starts with, when each single match attempt
   * from a given position is linear (recheck's verdict on the pattern anchored); '' for an alternative
   * that opens with `^` (rules.ts: LINE_START). The rule then runs as a few V8 attempts at the places
   * those texts occur, and on re2js when they occur too often. Null otherwise.
   */
  starts: string[] | null;
}

/** Per kind of system error, the hub article of each value (from the articles' `fallback:` blocks). */
export type FallbackLinks = Record<SystemErrorKind, Record<string, string>>;

/** What HTTP error statuses, signals and systemd's exit statuses mean (system-meanings.ts). */
export interface SystemMeanings {
  httpStatus: Record<string, { phrase: string; meaning: string }>;
  /** By signal number. */
  signal: Record<number, string>;
  /** By the name systemd prints after the status (`EXEC`). */
  systemd: Record<string, string>;
}

export interface CompiledRules {
  version: 2;
  articles: Record<string, { title: string; url: string; causes: Record<string, string> }>;
  rules: RuleSource[];
  fallbacks: FallbackLinks;
  meanings: SystemMeanings;
}
