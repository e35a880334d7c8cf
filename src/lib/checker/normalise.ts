/**
 * Turns whatever was pasted into log lines: any line ending, no terminal colours, no surrounding
 * whitespace, blank lines skipped, and each line cut at a bound so one huge line cannot stall matching.
 */

/** Lines longer than this are checked on their first part only. Real error lines (with long request
 *  URIs and cookies) stay well below it; a pasted 1 MB blob does not need to be read to the end. */
export const MAX_LINE_LENGTH = 16_384;

export interface InputLine {
  /** 1-based position in the pasted text, counting blank lines. */
  number: number;
  text: string;
  /** Started with a space or tab: stack-trace frames and continuation lines do. */
  indented: boolean;
  truncated: boolean;
  /**
   * A string holding `text` at `start` (text === source.slice(start, start + text.length)): the whole
   * paste when the line is an exact part of it, else `text` itself. Scanning the one flat paste is
   * faster than scanning each line's string (see matchRules).
   */
  source: string;
  start: number;
}

// CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks) that terminals and
// `docker compose` / `journalctl` write around text.
// eslint-disable-next-line no-control-regex -- ESC and BEL are the very characters these sequences are made of.
export const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
export const LINE_BREAK = /\r\n|\r|\n/;

const isPrintableAscii = (code: number) => code > 32 && code < 127;

export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}

/**
 * Calls `visit` with each non-blank line of `text`, normalised, and its index among all `total` lines
 * (blank ones included, for progress). The InputLine object is reused from one call to the next, so a
 * big paste does not leave one object per line behind for the garbage collector.
 */
export function forEachLogLine(text: string, visit: (line: InputLine, index: number, total: number) => void): void {
  // Most pastes have neither CR nor colours: a plain split and no per-line search for escapes then.
  const crlf = text.includes('\r');
  const raw = crlf ? text.split(LINE_BREAK) : text.split('\n');
  const coloured = text.includes('\x1b');
  // Lines are exact parts of `text` unless line breaks of more than one character or colours were removed.
  const exact = !crlf && !coloured;
  const input: InputLine = { number: 0, text: '', indented: false, truncated: false, source: text, start: 0 };
  let lineStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const rawLine = raw[i]!;
    const start = lineStart;
    lineStart += rawLine.length + 1;
    let line = rawLine;
    const truncated = line.length > MAX_LINE_LENGTH;
    // Cut before stripping colours so the cost stays bounded; leave room for escape codes we drop.
    if (truncated) line = line.slice(0, MAX_LINE_LENGTH);
    if (coloured) line = stripAnsi(line);
    const first = line.charCodeAt(0);
    const indented = first === 32 || first === 9;
    const untrimmed = line;
    // Printable ASCII at both ends is not white space: most lines need no trim() call.
    if (!(isPrintableAscii(first) && isPrintableAscii(line.charCodeAt(line.length - 1)))) line = line.trim();
    if (line === '') continue;
    input.number = i + 1;
    input.text = line;
    // The text after trimming starts with the first character that is not white space.
    input.source = exact ? text : line;
    input.start = exact ? start + (line.length === untrimmed.length ? 0 : untrimmed.indexOf(line)) : 0;
    input.indented = indented;
    input.truncated = truncated;
    visit(input, i, raw.length);
  }
}

export function splitLogLines(text: string): InputLine[] {
  const lines: InputLine[] = [];
  forEachLogLine(text, (line) => lines.push({ ...line }));
  return lines;
}
