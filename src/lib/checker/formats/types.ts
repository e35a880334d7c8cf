/**
 * The shape of a format definition. Like lnav's format files, every format is data: anchored regexes with
 * named groups, how the level is read, the program names it logs under, and sample lines that are tests
 * (tests/unit/checker-format-samples.test.ts). Adding a format is adding one module to this folder and
 * one line to index.ts.
 */
import type { LogFormatId } from '../../log-formats.ts';
import type { Level } from '../types.ts';

/**
 * How a level value is read: `word` through the shared vocabulary (levels.ts: ERROR, warn, E for klog,
 * `err` of `daemon.err`), `syslog-priority` a PRI or journald PRIORITY number (severity = n mod 8),
 * `numeric` pino's and bunyan's 10–60, `http-status` an access line's status (5xx error, 4xx warning).
 */
export type LevelScale = 'word' | 'syslog-priority' | 'numeric' | 'http-status';

export interface LevelReading {
  /** The group (or JSON key) holding the level; `level` when not given. */
  group?: string;
  scale?: LevelScale;
  /** Words of this format's own, read before the shared vocabulary (Redis's `#`, supervisord's `ERRO`). */
  words?: Record<string, Level>;
  /**
   * Where the layout does not say the level at a fixed place (logfmt's `level=` can be any key): a regex
   * searched in the line after the layout's match, whose group `level` holds it.
   */
  search?: RegExp;
}

export interface LayoutDef {
  /** Anchored at `^`, named groups for fields, `(?:…)` for the rest (positional groups rely on it). */
  pattern: RegExp;
  /** How this layout's level is read, when it differs from the definition's. */
  level?: LevelReading;
  /** The characters a line can start with, for layouts whose pattern does not say it plainly (fixed-start.ts). */
  first?: string;
  /** A text every matching line contains: lines without it skip the regex. */
  needs?: string;
  /**
   * Lines of this layout start a record of their own even without a timestamp or level (the first line
   * of a crash report: `node:internal/process/promises:288`, `--- Logging error ---`).
   */
  opensRecord?: true;
  /**
   * Lines of this layout without a timestamp or level continue the log entry above them from the same
   * writer, like a line of no layout at all (`InnoDB: …` under `InnoDB: Error: …`, a traceback's `File "…"`).
   */
  continuesRecord?: true;
  /**
   * The entry's level is on its next line, which this matches (java.util.logging's SimpleFormatter: the
   * time and logger, then `SEVERE: …`): that line continues the record and gives it its level.
   */
  levelOnNextLine?: RegExp;
  /**
   * A multi-line message repeats the whole prefix on each of its lines (oslo.log's tracebacks): a line
   * whose prefix is the record's first line's, to the character, continues the record.
   */
  repeatsPrefix?: true;
}

/** Keys of a JSON line: the first key present in each list is read. */
export interface JsonKeys {
  message: string[];
  level: string[];
  timestamp: string[];
  /** The program that wrote the message (journald's SYSLOG_IDENTIFIER). */
  program?: string[];
  /** Text a line must contain to be read this way (a format's own key, where its other keys are common). */
  needs?: string;
}

export interface FormatDefinition {
  id: LogFormatId;
  /** Tried in order, most specific first. */
  layouts: LayoutDef[];
  /** Default level reading for the layouts: the `level` group, as words. */
  level?: LevelReading;
  /** A one-object-per-line JSON form, read by its keys instead of a layout. */
  json?: JsonKeys;
  /**
   * The program names (syslog tag, journald identifier) it logs under, e.g. /^(?:postgres|postmaster)/:
   * a wrapped line whose own text has no layout of a specific software belongs to its program.
   */
  program?: RegExp;
  /**
   * A wrapped line of one of its programs that shows none of the format's own layouts keeps its
   * wrapper's format: the kernel's messages in a syslog file or the journal are syslog lines, as lnav and
   * Elastic read them. The program still names the line's software (DetectedLayout.software).
   */
  keepsWrapperFormat?: true;
  /**
   * Every entry is one line (PostgreSQL marks its continuations as DETAIL, HINT …): a line of no layout
   * under one of its entries is something else, not the rest of the entry.
   */
  oneLineEntries?: true;
  /**
   * A structured form that names no software (logfmt, JSON, generic): a wrapper's program name wins
   * over it, so dockerd's logrus lines in the journal stay Docker's.
   */
  generic?: boolean;
}

/**
 * What a collector puts in front of a line (`docker compose`, syslog, journald, CRI): its prefix regex and
 * the fields it yields; the rest of the line (or, for JSON envelopes, the message key's value) is
 * detected as a line of its own.
 */
export interface WrapperDefinition {
  /** Reported in a line's `wrappers`, outermost first. */
  id: string;
  /** The line's format when its inner part shows no format of its own. */
  format: LogFormatId;
  layouts: LayoutDef[];
  level?: LevelReading;
  json?: JsonKeys & { needs: string };
  /** Peeled only when the rest of the line matches a layout of a specific format (not a generic one). */
  onlyBeforeAFormat?: boolean;
  /**
   * Every line is a message of its own (syslog): an indented one continues only a record that takes
   * continuation lines (records.ts), since programs indent messages of their own (sudo pads its user name).
   */
  linesAreMessages?: true;
}

/** A real line with what detection must find in it. */
export interface Sample {
  line: string;
  /** Where the line (or its exact template) is seen: a bug report, documentation or the software's source. */
  source: string;
  format: LogFormatId;
  level: Level | null;
  wrappers?: string[];
  /** Field name → value; each must be found with a span pointing at that value. */
  fields?: Record<string, string>;
}
