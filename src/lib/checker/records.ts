/**
 * Keeps multi-line records together, so an error found on any line of a record answers for the whole
 * record and a continuation line is never a record of its own. Follows what the software prints:
 * - stack traces: indented `at …` / `File "…"` frames, `Caused by:` chains, Java's `... 12 more`, the
 *   unindented `java.net.ConnectException: …` line under a log line, Python's exception line that closes a
 *   `Traceback (most recent call last):` block, and for an uncaught Node.js error the source excerpt
 *   before it (`file:line`, the source line, a `^` caret) and the `}` and `Node.js v20.1.0` lines after it;
 * - PHP's `PHP message:`, `Stack trace:` and `#0 …` lines inside one FastCGI stderr message;
 * - PostgreSQL's DETAIL/HINT/STATEMENT/CONTEXT/QUERY/LOCATION lines after the message they explain;
 * - blocks: the kernel's OOM report (`invoked oom-killer:` to `Killed process` and its `oom_reaper:` line),
 *   `systemctl status` output (header, `Loaded:`/`Active:` lines, then the journal lines under it), and
 *   V8's heap report (`<--- Last few GCs --->` down to `FATAL ERROR: … heap out of memory`).
 */
import type { LogFormatId } from '../log-formats.ts';
import type { Level } from './types.ts';

export const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):/;
export const CHAIN = /^(?:Caused by: |\.\.\. \d+ more$|During handling of the above exception|The above exception was the direct cause)/;
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
/** PostgreSQL's lines that explain the message before them, when printed without log_line_prefix. */
export const POSTGRES_DETAIL = /^(?:DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION): {2}/;
const POSTGRES_DETAIL_WORDS = new Set(['DETAIL', 'HINT', 'STATEMENT', 'CONTEXT', 'QUERY', 'LOCATION']);
/** `systemctl status` header: `● nginx.service - A high performance web server …` (`×` for failed units since systemd 250). */
export const SYSTEMCTL_HEADER = /^[●×○↻*] [\w@.:\\-]+\.(?:service|socket|timer|mount|target|path|scope|slice|swap|automount|device)(?: - |$)/;

/** Longest V8 report read as one block: a report that never reaches its FATAL ERROR line ends here. */
const MAX_V8_BLOCK = 200;

type Block = 'none' | 'oom' | 'oom-reaper' | 'systemctl' | 'v8';

export interface RecordTracker {
  /** Line number of the current record's first line, or 0 before the first line. */
  first: number;
  format: LogFormatId;
  /** The level of the record's first line: continuation lines without their own level are judged by it. */
  level: Level | null;
  inTraceback: boolean;
  /** The last line was the `^` under Node.js's source excerpt: the error it points at follows. */
  afterCaret: boolean;
  block: Block;
  blockLines: number;
}

export function newRecordTracker(): RecordTracker {
  return { first: 0, format: 'generic', level: null, inTraceback: false, afterCaret: false, block: 'none', blockLines: 0 };
}

/** What a line looks like on its own, before it is placed in a record. */
export interface OwnLayout {
  format: LogFormatId;
  level: Level | null;
  /** The level word exactly as printed (`DETAIL`), when the layout has one. */
  levelWord: string | null;
  /** The layout found fields of its own (a timestamp, a pid …). */
  hasOwnPrefix: boolean;
  wrappers: string[];
}

/** Whether a line continues the block the tracker is in; moves the block on as its end is seen. */
function continuesBlock(tracker: RecordTracker, text: string, own: OwnLayout): boolean {
  switch (tracker.block) {
    case 'v8':
      if (++tracker.blockLines > MAX_V8_BLOCK) return false;
      if (text.startsWith('FATAL ERROR: ')) tracker.block = 'none';
      return true;
    case 'oom':
      if (own.format !== 'kernel') return false;
      if (text.includes('Killed process ')) tracker.block = 'oom-reaper';
      return true;
    case 'oom-reaper':
      tracker.block = 'none';
      return own.format === 'kernel' && text.includes('oom_reaper: ');
    case 'systemctl':
      return own.wrappers.includes('syslog') || own.wrappers.includes('journald');
    default:
      return false;
  }
}

function continues(tracker: RecordTracker, line: { text: string; indented: boolean }, own: OwnLayout): boolean {
  if (tracker.block !== 'none') {
    if (continuesBlock(tracker, line.text, own)) return true;
    if (line.indented && !own.hasOwnPrefix) return true;
    tracker.block = 'none';
    return false;
  }
  if (line.indented && !own.hasOwnPrefix) return true;
  const text = line.text;
  if (tracker.afterCaret) return true;
  if (CHAIN.test(text) || QUALIFIED_EXCEPTION.test(text) || NODE_TAIL.test(text) || PHP_CONTINUATION.test(text)) return true;
  if (tracker.inTraceback && EXCEPTION_LINE.test(text)) {
    tracker.inTraceback = false;
    return true;
  }
  if (tracker.format === 'postgresql') {
    if (own.format === 'postgresql' && own.levelWord !== null && POSTGRES_DETAIL_WORDS.has(own.levelWord)) return true;
    if (POSTGRES_DETAIL.test(text)) return true;
  }
  return false;
}

/**
 * Decides whether a line continues the current record and returns the record's first line number.
 * A line with its own timestamped layout starts a new record even when indented (kubectl prints events
 * indented), unless a block or a PostgreSQL detail line says otherwise.
 */
export function placeInRecord(tracker: RecordTracker, line: { number: number; text: string; indented: boolean }, own: OwnLayout): number {
  const open = tracker.first !== 0 && continues(tracker, line, own);
  tracker.afterCaret = line.text === '^';
  if (open) return tracker.first;
  tracker.first = line.number;
  tracker.format = own.format;
  tracker.level = own.level;
  tracker.inTraceback = PYTHON_TRACEBACK.test(line.text);
  tracker.blockLines = 0;
  const text = line.text;
  if (text.includes('invoked oom-killer: ')) tracker.block = 'oom';
  else if (text.startsWith('<--- Last few GCs --->')) tracker.block = 'v8';
  else if (SYSTEMCTL_HEADER.test(text)) tracker.block = 'systemctl';
  else tracker.block = 'none';
  return tracker.first;
}
