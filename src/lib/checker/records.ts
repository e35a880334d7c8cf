/**
 * Keeps multi-line records together: a stack trace belongs to the line that started it. Follows what
 * Node.js, Python and Java print: indented `at …` / `File "…"` frames, `Caused by:` chains, and for
 * Python the unindented exception line that closes a `Traceback (most recent call last):` block.
 */
import type { LogFormatId } from '../log-formats.ts';

export const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):/;
export const CHAIN = /^(?:Caused by: |\.\.\. \d+ more$|During handling of the above exception|The above exception was the direct cause)/;
export const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(?::|$)/;

export interface RecordTracker {
  /** Line number of the current record's first line, or 0 before the first line. */
  first: number;
  format: LogFormatId;
  inTraceback: boolean;
}

export function newRecordTracker(): RecordTracker {
  return { first: 0, format: 'generic', inTraceback: false };
}

/**
 * Decides whether a line continues the current record and returns the record's first line number.
 * `ownFormat` is what the line looks like on its own: a line with its own timestamped layout starts a
 * new record even when indented (kubectl prints events indented).
 */
export function placeInRecord(
  tracker: RecordTracker,
  line: { number: number; text: string; indented: boolean },
  ownFormat: LogFormatId,
  hasOwnPrefix: boolean,
): number {
  const open = tracker.first !== 0;
  let continues = false;
  if (open) {
    if (line.indented && !hasOwnPrefix) continues = true;
    else if (CHAIN.test(line.text)) continues = true;
    else if (tracker.inTraceback && EXCEPTION_LINE.test(line.text)) {
      continues = true;
      tracker.inTraceback = false;
    }
  }
  if (!continues) {
    tracker.first = line.number;
    tracker.format = ownFormat;
    tracker.inTraceback = PYTHON_TRACEBACK.test(line.text);
  }
  return tracker.first;
}
