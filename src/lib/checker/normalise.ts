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
}

// CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks) that terminals and
// `docker compose` / `journalctl` write around text.
export const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
export const LINE_BREAK = /\r\n|\r|\n/;

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
  const raw = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  const coloured = text.includes('\x1b');
  const input: InputLine = { number: 0, text: '', indented: false, truncated: false };
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    const truncated = line.length > MAX_LINE_LENGTH;
    // Cut before stripping colours so the cost stays bounded; leave room for escape codes we drop.
    if (truncated) line = line.slice(0, MAX_LINE_LENGTH);
    if (coloured) line = stripAnsi(line);
    const indented = line.startsWith(' ') || line.startsWith('\t');
    line = line.trim();
    if (line === '') continue;
    input.number = i + 1;
    input.text = line;
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
