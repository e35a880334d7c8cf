/**
 * Keeps multi-line records together, so an error found on any line of a record answers for the whole
 * record and a continuation line is never a record of its own. Follows what the software prints:
 * - stack traces: indented `at …` / `File "…"` frames, `Caused by:` chains, Java's `... 12 more`, the
 *   unindented `java.net.ConnectException: …` line under a log line, Python's exception line that closes a
 *   `Traceback (most recent call last):` block, and for an uncaught Node.js error the source excerpt
 *   before it (`file:line`, the source line, a `^` caret) and the `}` and `Node.js v20.1.0` lines after it;
 * - PHP's `PHP message:`, `Stack trace:` and `#0 …` lines inside one FastCGI stderr message;
 * - PostgreSQL's DETAIL/HINT/STATEMENT/CONTEXT/QUERY/LOCATION lines after the message they explain;
 * - java.util.logging's two-line entries (the time and logger, then `SEVERE: …`), read at the second line's level;
 * - blocks: the kernel's OOM report (`invoked oom-killer:`, or its `Mem-Info:` or tasks table when the
 *   paste starts there, to `Killed process` and its `oom_reaper:` line), the kernel's oops, BUG and
 *   WARNING reports (`------------[ cut here ]------------` or the report's first line, such as
 *   `BUG: kernel NULL pointer dereference, address: …`, to `---[ end trace … ]---` and the
 *   `Kernel panic - not syncing: Fatal exception` that may follow), and V8's heap report
 *   (`<--- Last few GCs --->`, or its first GC trace line, down to `FATAL ERROR: … heap out of memory`);
 * - the lines of an oslo.log traceback, which repeat their first line's prefix exactly;
 * - `journalctl -x`'s catalog text (`-- Subject: …`) under the entry it explains;
 * - and, as lnav reads a log, any line without a timestamp or level of its own under a log entry that
 *   has one (or a crash report's first line), from the same writer: the rest of a multi-line message
 *   (`InnoDB: …` lines, MariaDB's crash text, a Go panic's goroutines, a hard-wrapped nginx line). Entries
 *   at info, notice or debug level take none (those lines make a record of their own), so an error printed
 *   after them is never read as quiet.
 *   A `systemctl status` block is its indented lines: the journal lines under it are entries of their own.
 */
import type { LogFormatId } from '../log-formats.ts';
import { isQuiet } from './fallback.ts';
import { MESSAGE_WRAPPERS, type DetectedLayout } from './formats/detect.ts';
import type { Level } from './types.ts';

export const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):/;
export const CHAIN = /^(?:Caused by: |\.\.\. \d+ more$|During handling of the above exception|The above exception was the direct cause)/;
/** A reporter's mark where lines were left out of a paste: `...`, `…`, `[...]`, `...<SNIP>...`, `<snip>`. */
export const ELISION = /^(?:\.{3}|…|\[\.{3}\]|\.{3} ?<[A-Za-z ]{1,20}> ?\.{3}|<snip>|\[snip\])$/i;
export const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(?::|$)/;
/** A qualified Java (or Python) exception name starting a line: `java.net.ConnectException: Connection refused`. */
export const QUALIFIED_EXCEPTION = /^(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable)(?::|$)/;
/**
 * What Node.js prints after an uncaught error's frames: where an unhandled 'error' event came from
 * (`Emitted 'error' event on Server instance at:`, lib/events.js), the error's properties closed by `}`,
 * then its version.
 */
export const NODE_TAIL = /^(?:\}$|Node\.js v\d+\.\d+\.\d+$|Emitted 'error' event )/;
/** Lines of one PHP message relayed through FastCGI (nginx writes PHP's stderr as it comes, newlines included). */
export const PHP_CONTINUATION = /^(?:PHP message: |Stack trace:$|#\d+ )/;
/** PHP's own message lines (main/main.c: `PHP %s:  %s in %s on line %d`) inside an nginx FastCGI record. */
export const PHP_ERROR_LINE = /^PHP (?:Fatal error|Parse error|Warning|Notice|Deprecated|Catchable fatal error): {2}/;
/** `journalctl -x` prints the catalog entry of a message under it, each line starting `-- ` (or `--` alone). */
export const JOURNAL_CATALOG = /^--(?: |$)/;
/** A line of V8's GC trace (`[1375:0x4b7a370]   170904 ms: Mark-sweep …`): a heap report copied from its middle. */
export const V8_GC_TRACE = /^\[\d+:(?:0x)?[0-9a-fA-F]+\] +\d+ ms: /;
/**
 * A stack frame whose indentation a wrapper took (`#9 0.329     at …` in BuildKit's output, or a syslog
 * prefix): a named function's, or an anonymous one's path (`at /app/server.js:10:5`).
 */
export const FRAME = /^at (?:async )?[\w$<[/]/;
/** Lines of a kernel OOM report that can open one when the paste starts after `invoked oom-killer:`. */
export const OOM_REPORT_START = / invoked oom-killer: |(?:^|\] )(?:Mem-Info:|\d+ pages reserved|Tasks state \(memory values in pages\):)$/;
/**
 * The first line of a kernel oops, BUG or WARNING report, as the kernel prints it (after dmesg's
 * `[    2.806332] ` when the layout keeps it in the text): `CUT_HERE`
 * (include/asm-generic/bug.h), `kernel BUG at %s:%u!` (lib/bug.c), the x86 page fault's `BUG: …`
 * (arch/x86/mm/fault.c), the arm/arm64/riscv `Unable to handle kernel …`, `die()`'s header
 * (`Oops: 0002 [#1]`, `invalid opcode: 0000 [#1]`, `general protection fault…`, arm's
 * `Internal error: Oops…`), and `__warn()`'s `WARNING: CPU: 0 PID: 1 at …` or older `WARNING: at …`.
 */
/** One alternative a line: each names one of the kernel's report headers above. */
const OOPS_HEADERS = [
  String.raw`-{12}\[ cut here \]-{12}$`,
  String.raw`BUG: (?:kernel NULL pointer dereference|unable to handle )`,
  String.raw`[Kk]ernel BUG at `,
  String.raw`Unable to handle kernel `,
  String.raw`Internal error: Oops`,
  String.raw`Oops(?::| - | \[#)`,
  String.raw`invalid opcode: [0-9a-f]{4} \[#`,
  String.raw`general protection fault(?:,|: [0-9a-f]{4} )`,
  String.raw`WARNING: (?:CPU: \d+ PID: \d+ )?at `,
];
export const OOPS_REPORT_START = new RegExp(String.raw`(?:^|\] )(?:${OOPS_HEADERS.join('|')})`);
/** Where an oops report ends (kernel/panic.c `print_oops_end_marker`), and what may follow it. */
const OOPS_END = /(?:^|\] )---\[ end trace /;
const OOPS_TAIL = /(?:^|\] )(?:Kernel panic - not syncing: |Kernel Offset: |---\[ end Kernel panic - not syncing: )/;
/** Another kind of kernel report, which ends an oops report that had no end marker. */
const OTHER_KERNEL_REPORT = /BUG: soft lockup|blocked for more than \d+ seconds| invoked oom-killer: |Watchdog detected hard LOCKUP/;
/** PostgreSQL's lines that explain the message before them, when printed without log_line_prefix. */
export const POSTGRES_DETAIL = /^(?:DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION): {2}/;
const POSTGRES_DETAIL_WORDS = new Set(['DETAIL', 'HINT', 'STATEMENT', 'CONTEXT', 'QUERY', 'LOCATION']);
/** The first characters of CHAIN, NODE_TAIL, PHP_CONTINUATION and JOURNAL_CATALOG: most lines start otherwise and skip them. */
const CONTINUATION_START = new Set([...'C.DT}NEPS#-'].map((ch) => ch.charCodeAt(0)));
/** QUALIFIED_EXCEPTION's first character: a package name's. */
function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 97 && code <= 122) || code === 95 || code === 36;
}

/** Longest V8 report read as one block: a report that never reaches its FATAL ERROR line ends here. */
const MAX_V8_BLOCK = 200;
/** Longest kernel oops report read as one block when its end marker never comes. */
const MAX_OOPS_BLOCK = 300;
/** Lines of other writers an OOM report may be interleaved with before it is taken as ended. */
const MAX_INTERLEAVED = 20;

type Block = 'none' | 'oom' | 'oom-reaper' | 'oops' | 'oops-tail' | 'v8';

export interface RecordTracker {
  /** Line number of the current record's first line, or 0 before the first line. */
  first: number;
  format: LogFormatId;
  /** The software that wrote the record (DetectedLayout.software): rules written for it rank first. */
  software: LogFormatId;
  /** The level of the record's first line: continuation lines without their own level are judged by it. */
  level: Level | null;
  inTraceback: boolean;
  /** The last line was the `^` under Node.js's source excerpt: the error it points at follows. */
  afterCaret: boolean;
  block: Block;
  blockLines: number;
  /** Who wrote the record's first line, as its wrappers say (DetectedLayout.source). */
  source: string;
  /** The record's format is a specific software's (read from a layout, not a wrapper or a generic form). */
  specific: boolean;
  /** Lines without a timestamp or level of their own from the same writer continue the record. */
  takesBareLines: boolean;
  /** The record is an entry at info, notice or debug level, which takes no such lines (they make a record of their own). */
  quietEntry: boolean;
  /** The record's first line came through a wrapper (a journal, `docker compose` …). */
  wrapped: boolean;
  /** The record's first line's prefix, for layouts that repeat it on every line of a message. */
  prefix: string | null;
  /** The last line opened an entry whose level comes on the next line, which looks like this (LayoutDef.levelOnNextLine). */
  levelLine: RegExp | null;
  /** The last line's text, to read a hard-wrapped line joined to the rest of it (classify.ts). */
  lastText: string;
  /**
   * A kernel OOM report that another program's line interrupted (the journal interleaves writers): the
   * report's state, resumed by the next line of the same writer within MAX_INTERLEAVED lines.
   */
  suspended: RecordTracker | null;
  /** Lines of other writers seen since the report was suspended. */
  interleaved: number;
}

export function newRecordTracker(): RecordTracker {
  return {
    first: 0,
    format: 'generic',
    software: 'generic',
    level: null,
    inTraceback: false,
    afterCaret: false,
    block: 'none',
    blockLines: 0,
    source: '',
    specific: false,
    takesBareLines: false,
    quietEntry: false,
    wrapped: false,
    prefix: null,
    levelLine: null,
    lastText: '',
    suspended: null,
    interleaved: 0,
  };
}

/** What a line looks like on its own, before it is placed in a record. */
export interface OwnLayout extends Pick<
  DetectedLayout,
  'wrappers' | 'inner' | 'source' | 'software' | 'specific' | 'stamped' | 'bare' | 'oneLine' | 'prefix' | 'opens' | 'levelLine'
> {
  format: LogFormatId;
  level: Level | null;
  /** The level word exactly as printed (`DETAIL`), when the layout has one. */
  levelWord: string | null;
  /** The layout found fields of its own (a timestamp, a pid …). */
  hasOwnPrefix: boolean;
}

/** Whether a line continues the block the tracker is in; moves the block on as its end is seen. */
function continuesBlock(tracker: RecordTracker, text: string, own: OwnLayout): boolean {
  switch (tracker.block) {
    case 'v8':
      if (++tracker.blockLines > MAX_V8_BLOCK) return false;
      if (text.startsWith('FATAL ERROR: ')) tracker.block = 'none';
      return true;
    case 'oom':
      if (own.software !== 'kernel') return false;
      if (text.includes('Killed process ')) tracker.block = 'oom-reaper';
      return true;
    case 'oom-reaper':
      tracker.block = 'none';
      return own.software === 'kernel' && text.includes('oom_reaper: ');
    case 'oops':
      if (own.software !== 'kernel' || ++tracker.blockLines > MAX_OOPS_BLOCK) return false;
      if (OTHER_KERNEL_REPORT.test(text)) return false;
      if (OOPS_END.test(text)) tracker.block = 'oops-tail';
      return true;
    case 'oops-tail':
      return own.software === 'kernel' && OOPS_TAIL.test(text);
    default:
      return false;
  }
}

function continues(tracker: RecordTracker, line: { text: string; indented: boolean }, own: OwnLayout): boolean {
  const text = own.inner;
  const levelLine = tracker.levelLine;
  if (levelLine !== null) {
    tracker.levelLine = null;
    if (levelLine.test(text)) {
      // The entry's level, which the first line did not say: later lines are judged by it.
      tracker.level = own.level;
      tracker.takesBareLines = !isQuiet(own.level);
      tracker.quietEntry = isQuiet(own.level);
      return true;
    }
  }
  const sameSource = own.source === tracker.source;
  // The line inside a wrapper shows its own indentation (`web-1  |     at …`); the wrapper's fields are not the line's own.
  // Under a wrapper whose lines are messages of their own (syslog), only a record that takes such lines.
  const indented =
    (line.indented && !own.hasOwnPrefix) ||
    (own.wrappers.length > 0 &&
      sameSource &&
      isBlank(text.charCodeAt(0)) &&
      !own.stamped &&
      (tracker.takesBareLines || !own.wrappers.some((id) => MESSAGE_WRAPPERS.has(id))));
  if (tracker.block !== 'none') {
    if (continuesBlock(tracker, text, own)) return true;
    if (indented) return true;
    // Another writer's line in the middle of an OOM report: the report may go on after it.
    if (tracker.block === 'oom' && !sameSource) {
      tracker.suspended = { ...tracker, suspended: null };
      tracker.interleaved = 1;
    }
    tracker.block = 'none';
    return false;
  }
  if (indented) return true;
  if (tracker.afterCaret) return true;
  // Lines left out of a traceback or an error's report keep it one record (the exception line after them included).
  if ((tracker.inTraceback || tracker.takesBareLines) && ELISION.test(text)) return true;
  const code = text.charCodeAt(0);
  if (code === 97 /* a */ && FRAME.test(text)) {
    // A stack trace's record takes the error's properties printed under its frames.
    tracker.takesBareLines ||= !isQuiet(tracker.level);
    return true;
  }
  if (CONTINUATION_START.has(code)) {
    if (CHAIN.test(text) || PHP_CONTINUATION.test(text)) return true;
    if (NODE_TAIL.test(text)) {
      // After the error's properties (a `}` of their own, not one a wrapper took the indentation of) and
      // Node's version, nothing more belongs to the report.
      if (own.wrappers.length === 0) tracker.takesBareLines = false;
      return true;
    }
    if (tracker.wrapped && JOURNAL_CATALOG.test(text)) return true;
  }
  if (startsLowerCase(text) && QUALIFIED_EXCEPTION.test(text)) return true;
  if (tracker.inTraceback && EXCEPTION_LINE.test(text)) {
    tracker.inTraceback = false;
    return true;
  }
  if (tracker.format === 'postgresql') {
    if (own.format === 'postgresql' && own.levelWord !== null && POSTGRES_DETAIL_WORDS.has(own.levelWord)) return true;
    if (POSTGRES_DETAIL.test(text)) return true;
  }
  if (tracker.format === 'nginx-error' && PHP_ERROR_LINE.test(text)) return true;
  if (own.prefix !== null && own.prefix === tracker.prefix) return true;
  // `systemctl status`'s one field that is not indented stays in the status block.
  if (tracker.format === 'journald' && text.startsWith('TriggeredBy: ')) return true;
  return tracker.takesBareLines && sameSource && own.bare;
}

const isBlank = (code: number) => code === 32 || code === 9;

/**
 * Decides whether a line continues the current record and returns the record's first line number.
 * A line with its own timestamped layout starts a new record even when indented (kubectl prints events
 * indented), unless a block or a PostgreSQL detail line says otherwise.
 */
export function placeInRecord(tracker: RecordTracker, line: { number: number; text: string; indented: boolean }, own: OwnLayout): number {
  if (tracker.suspended !== null && resumesReport(tracker, own)) return tracker.first;
  const open = tracker.first !== 0 && continues(tracker, line, own);
  tracker.afterCaret = line.text === '^';
  if (open) {
    // The next line is compared with this one: BuildKit's output of a step follows an unwrapped first line.
    tracker.source = own.source;
    return tracker.first;
  }
  // Lines of no layout under a quiet entry (a debug line's multi-line message) are a record of their own,
  // so an error among them is not read at the entry's quiet level.
  const afterQuiet = tracker.quietEntry && own.bare && !own.specific && own.source === tracker.source;
  tracker.first = line.number;
  tracker.format = own.format;
  tracker.software = own.software;
  tracker.specific = own.specific;
  tracker.level = own.level;
  tracker.source = own.source;
  tracker.wrapped = own.wrappers.length > 0;
  tracker.prefix = own.prefix;
  tracker.levelLine = own.levelLine;
  tracker.quietEntry = false;
  if (afterQuiet) {
    tracker.takesBareLines = true;
  } else {
    // A log entry (a timestamp or level of its own, or its wrapper's for a specific software's line) or a
    // crash report's first line; not one of a format without multi-line entries.
    const entry = (own.stamped || own.opens || (own.specific && own.wrappers.length > 0)) && !own.oneLine;
    tracker.takesBareLines = entry && !isQuiet(own.level);
    tracker.quietEntry = entry && isQuiet(own.level);
  }
  const text = own.inner;
  tracker.inTraceback = PYTHON_TRACEBACK.test(text);
  tracker.blockLines = 0;
  if (own.software === 'kernel' && OOM_REPORT_START.test(text)) tracker.block = 'oom';
  else if (own.software === 'kernel' && OOPS_REPORT_START.test(text)) tracker.block = 'oops';
  else if (text.startsWith('<--- Last few GCs --->') || (own.format === 'nodejs' && V8_GC_TRACE.test(text))) tracker.block = 'v8';
  else tracker.block = 'none';
  return tracker.first;
}

/**
 * Whether the line is the next one of a suspended OOM report (a kernel line from the report's writer
 * that does not start a report of its own): the tracker is back in the report. A line of any other
 * writer counts against MAX_INTERLEAVED.
 */
function resumesReport(tracker: RecordTracker, own: OwnLayout): boolean {
  const report = tracker.suspended!;
  if (own.software !== 'kernel' || own.source !== report.source) {
    if (++tracker.interleaved > MAX_INTERLEAVED) tracker.suspended = null;
    return false;
  }
  tracker.suspended = null;
  if (OOM_REPORT_START.test(own.inner)) return false;
  Object.assign(tracker, report);
  // Any kernel line continues the report; this one may also end it (`Killed process …`).
  continuesBlock(tracker, own.inner, own);
  return true;
}

/**
 * A continuation line that shows a specific software's layout (a Node.js frame under a generic line)
 * tells the record's format: returns true when it changes it, so the caller can correct earlier lines.
 */
export function learnFormat(tracker: RecordTracker, own: OwnLayout): boolean {
  if (tracker.specific || !own.specific || own.format === tracker.format) return false;
  tracker.format = own.format;
  tracker.software = own.software;
  tracker.specific = true;
  return true;
}
