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

export interface RuleMatch {
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
  /** Line number of the first line of the record (stack trace) this line belongs to. */
  record: number;
  /** For a line that matches nothing: its words worth searching for (see meaningfulWords). */
  searchWords: string[];
}

/** One known error (or "no known error") in a multi-line paste. */
export interface SummaryGroup {
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
   * from a given position is linear (recheck's verdict on the pattern anchored). The rule then runs
   * as a few V8 attempts at the places those texts occur, and on re2js when they occur too often.
   * Null otherwise.
   */
  starts: string[] | null;
}

export interface CompiledRules {
  version: 2;
  articles: Record<string, { title: string; url: string; causes: Record<string, string> }>;
  rules: RuleSource[];
}
