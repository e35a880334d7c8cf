/** Classifies pasted log text: per line its format, level, fields, errno and ranked article matches. */
import { addNginxContextFields } from './context-fields.ts';
import { findErrno } from './errno.ts';
import { fieldNumber, FieldStore } from './field-store.ts';
import { readLayout } from './formats/detect.ts';
import { forEachLogLine, splitLogLines, type InputLine } from './normalise.ts';
import { newRecordTracker, placeInRecord, type RecordTracker } from './records.ts';
import { matchRules, type RuleSet } from './rules.ts';
import { summarise } from './summary.ts';
import { meaningfulWords } from './search-terms.ts';
import type { CheckResult, ErrnoInfo, Field, Level, LineResult, RuleMatch } from './types.ts';
import type { LogFormatId } from '../log-formats.ts';

// Shared by every line without words, to spare an allocation per line on big pastes; never mutated.
const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];
const TIMESTAMP = fieldNumber('timestamp');

export interface ClassifyOptions {
  /**
   * Fill `searchWords` for lines that match nothing (default true). The widget turns it off for big
   * pastes and computes the words only for the lines it shows.
   */
  searchWords?: boolean;
}

/**
 * A classified line. Its fields stay packed in the check's FieldStore and become objects when read, so
 * a big paste does not keep three or four objects and strings a line alive. `fields` is a getter: use
 * plainLine() before copying a line (spread, JSON, postMessage).
 */
class CheckedLine implements LineResult {
  readonly line: number;
  readonly text: string;
  readonly truncated: boolean;
  readonly format: LogFormatId;
  readonly level: Level | null;
  readonly errno: ErrnoInfo | null;
  readonly matches: RuleMatch[];
  readonly record: number;
  readonly searchWords: string[];
  readonly #store: FieldStore;
  readonly #from: number;
  readonly #to: number;

  constructor(input: InputLine, store: FieldStore, from: number, found: Omit<LineResult, 'line' | 'text' | 'truncated' | 'fields'>) {
    this.line = input.number;
    this.text = input.text;
    this.truncated = input.truncated;
    this.format = found.format;
    this.level = found.level;
    this.errno = found.errno;
    this.matches = found.matches;
    this.record = found.record;
    this.searchWords = found.searchWords;
    this.#store = store;
    this.#from = from;
    this.#to = store.size;
  }

  get fields(): Field[] {
    return this.#store.read(this.#from, this.#to, this.text);
  }

  get timestamp(): string | null {
    return this.#store.valueOf(this.#from, this.#to, TIMESTAMP, this.text);
  }
}

/** A line as plain data, with its fields as objects: what can be copied, posted or serialised. */
export function plainLine(line: LineResult, searchWords = line.searchWords): LineResult {
  const { line: number, text, truncated, format, level, fields, errno, matches, record } = line;
  return { line: number, text, truncated, format, level, fields, errno, matches, record, searchWords };
}

function classifyInputLine(rules: RuleSet, input: InputLine, tracker: RecordTracker, store: FieldStore, options: ClassifyOptions): CheckedLine {
  const from = store.size;
  const layout = readLayout(input.text, store);
  if (layout.format === 'nginx-error') addNginxContextFields(input.text, layout.messageStart, store);
  const record = placeInRecord(tracker, input, layout.format, store.size > from);
  // A frame of a stack trace says little by itself; it belongs to the software that started the record.
  const format = record !== input.number && tracker.format !== 'generic' ? tracker.format : layout.format;
  const matches = matchRules(rules, input.text, format, input.source, input.start);
  const searchWords = matches.length === 0 && options.searchWords !== false ? meaningfulWords(input.text) : NO_WORDS;
  return new CheckedLine(input, store, from, { format, level: layout.level, errno: findErrno(input.text), matches, record, searchWords });
}

/** One line on its own (the first non-blank line of `text`), or null when there is none. */
export function classifyLine(text: string, rules: RuleSet): LineResult | null {
  const [first] = splitLogLines(text);
  // Plain data: a single line is often posted from a worker (search's log-line verdict).
  return first ? plainLine(classifyInputLine(rules, first, newRecordTracker(), new FieldStore(), {})) : null;
}

/**
 * Every line of a paste, for callers that want progress: `onProgress` is called with the number of
 * lines done (blank ones included) every `every` lines. Lines are independent except for record
 * grouping, which is why the work is not split across workers.
 */
export function classifyText(
  text: string,
  rules: RuleSet,
  options: ClassifyOptions & { onProgress?: (done: number, total: number) => void; every?: number } = {},
): CheckResult {
  const tracker = newRecordTracker();
  const store = new FieldStore();
  const every = options.every ?? 5000;
  const lines: CheckedLine[] = [];
  forEachLogLine(text, (input, index, total) => {
    lines.push(classifyInputLine(rules, input, tracker, store, options));
    if (options.onProgress && (index + 1) % every === 0) options.onProgress(index + 1, total);
  });
  const { summary, recordCount } = summarise(lines, (line) => (line as CheckedLine).timestamp);
  return { empty: lines.length === 0, lines, summary, recordCount };
}
