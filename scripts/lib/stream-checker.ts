/**
 * Checks a log that keeps arriving (`tail -F`, `journalctl -f`): lines are classified as records
 * complete, and only counts are kept, so memory stays flat on endless input. A record is complete when
 * the next record's first line arrives, or when the caller flushes after a quiet moment; only the open
 * record's lines are held (at most MAX_OPEN_LINES of them, then it is closed as it stands).
 */
import { classifyText, meaningfulWords, plainLine, type RuleSet } from '../../src/lib/checker/index.ts';
import { compareGroups, summarise, summaryGroupKey } from '../../src/lib/checker/summary.ts';
import { timestampText } from '../../src/lib/checker/timeline.ts';
import type { LineResult, SummaryGroup } from '../../src/lib/checker/types.ts';

export const MAX_OPEN_LINES = 1000;

/** A completed record. */
export class StreamedRecord {
  /** The record's number in the stream, from 1. */
  readonly number: number;
  readonly #lines: LineResult[];
  readonly #offset: number;

  constructor(lines: LineResult[], offset: number, number: number) {
    this.#lines = lines;
    this.#offset = offset;
    this.number = number;
  }

  /** Whether the record's answer is a known or a system error (tiers 1 and 2): what makes the exit status 1. */
  get hasFinding(): boolean {
    const tier = this.#lines[0]?.answer?.tier;
    return tier === 1 || tier === 2;
  }

  /** The record's lines as plain data, numbered from the start of the stream. */
  get lines(): LineResult[] {
    return this.#lines.map((line) => {
      // Search words are left out of the check (most lines are never printed); an unknown record's first line gets them here.
      const words = line.matches.length === 0 && line.record === line.line ? meaningfulWords(line.text) : line.searchWords;
      const offset = this.#offset;
      const answer = line.answer && { ...line.answer, line: line.answer.line + offset };
      return {
        ...plainLine(line, words),
        line: line.line + offset,
        record: line.record + offset,
        recordLast: line.recordLast + offset,
        answer,
      };
    });
  }
}

export class StreamChecker {
  readonly #rules: RuleSet;
  /** Lines of the record still open (it may continue), and the partial line after the last newline. */
  #open: string[] = [];
  #partial = '';
  /** Lines already reported, so numbers continue across records. */
  #done = 0;
  #records = 0;
  readonly #groups = new Map<string, SummaryGroup>();

  constructor(rules: RuleSet) {
    this.#rules = rules;
  }

  /** Adds text as it arrives; returns the records it completed. */
  push(chunk: string): StreamedRecord[] {
    const text = this.#partial + chunk;
    // A `\r` at the very end may be the first half of a CRLF: it waits for the next chunk.
    const end = text.endsWith('\r') ? text.length - 2 : text.length - 1;
    // (lastIndexOf reads a negative start as 0, which would find the held `\r` itself.)
    const lastBreak = end < 0 ? -1 : Math.max(text.lastIndexOf('\n', end), text.lastIndexOf('\r', end));
    if (lastBreak === -1) {
      this.#partial = text;
      return [];
    }
    this.#partial = text.slice(lastBreak + 1);
    const crlf = text[lastBreak] === '\n' && text[lastBreak - 1] === '\r';
    const body = text.slice(0, crlf ? lastBreak - 1 : lastBreak);
    for (const line of body.split(/\r\n|\r|\n/)) this.#open.push(line);
    return this.#settle(false);
  }

  /** Closes the open record (after a quiet moment, or at the end of input) and returns it. */
  flush(): StreamedRecord[] {
    const last = this.#partial.endsWith('\r') ? this.#partial.slice(0, -1) : this.#partial;
    if (last !== '') this.#open.push(last);
    this.#partial = '';
    return this.#settle(true);
  }

  get linesRead(): number {
    return this.#done + this.#open.length;
  }

  get recordCount(): number {
    return this.#records;
  }

  /** The grouped summary so far, most frequent first, unmatched records last. */
  summary(): SummaryGroup[] {
    return [...this.#groups.values()].sort(compareGroups);
  }

  #settle(all: boolean): StreamedRecord[] {
    if (this.#open.length === 0) return [];
    const result = classifyText(this.#open.join('\n'), this.#rules, { searchWords: false });
    const records = splitRecords(result.lines);
    // The last line's record may still grow, unless the input is quiet or the record too long to hold;
    // records that started inside it (lines of other writers in an interleaved record) wait with it.
    const kept = all || this.#open.length >= MAX_OPEN_LINES ? undefined : records.find((lines) => lines.includes(result.lines.at(-1)!));
    const keptFrom = kept ? kept[0]!.line : Infinity;
    const complete = records.filter((lines) => lines[0]!.line < keptFrom);
    const consumed = kept ? keptFrom - 1 : this.#open.length;
    const offset = this.#done;
    // Lines stay as the check made them (fields packed); they become plain, renumbered data only when read.
    const out = complete.map((lines, i) => new StreamedRecord(lines, offset, this.#records + i + 1));
    const done = kept ? result.lines.filter((line) => line.line < keptFrom) : result.lines;
    this.#merge(summarise(done, timestampText).summary, offset);
    this.#records += out.length;
    this.#open = this.#open.slice(consumed);
    this.#done += consumed;
    return out;
  }

  #merge(summary: SummaryGroup[], offset: number): void {
    for (const group of summary) {
      const key = summaryGroupKey(group);
      const known = this.#groups.get(key);
      if (!known) {
        this.#groups.set(key, { ...group, firstLine: group.firstLine + offset, lastLine: group.lastLine + offset });
        continue;
      }
      known.count += group.count;
      known.lastLine = group.lastLine + offset;
      known.lastTimestamp = group.lastTimestamp ?? known.lastTimestamp;
    }
  }
}

/**
 * The lines of each record together, records in the order of their first lines (blank lines are not
 * reported by a check). A record's lines are usually consecutive; an interleaved one's are not.
 */
function splitRecords(lines: LineResult[]): LineResult[][] {
  const records = new Map<number, LineResult[]>();
  for (const line of lines) {
    const record = records.get(line.record);
    if (record) record.push(line);
    else records.set(line.record, [line]);
  }
  return [...records.values()];
}
