/** Classifies pasted log text: per line its format, level, fields, errno and ranked article matches. */
import { addNginxContextFields } from './context-fields.ts';
import { findErrno, findErrnoText } from './errno.ts';
import { findSystemError, hubMatch, isErrorLevel, isQuiet } from './fallback.ts';
import { fieldNumber, FieldStore } from './field-store.ts';
import { readLayout } from './formats/detect.ts';
import { forEachLogLine, splitLogLines, type InputLine } from './normalise.ts';
import { learnFormat, newRecordTracker, placeInRecord, type OwnLayout, type RecordTracker } from './records.ts';
import { compareMatches, matchRules, type RuleSet } from './rules.ts';
import { NO_ANSWER, summarise } from './summary.ts';
import { meaningfulWords } from './search-terms.ts';
import type { CheckResult, ErrnoInfo, Field, Level, LineResult, RecordAnswer, RuleMatch, SystemError, Tier } from './types.ts';
import type { LogFormatId } from '../log-formats.ts';

// Shared by every line without words, to spare an allocation per line on big pastes; never mutated.
const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];
const TIMESTAMP = fieldNumber('timestamp');
const LEVEL = fieldNumber('level');
const STATUS = fieldNumber('status');

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
  /** Corrected when a later line of its record tells the record's software (classifyText). */
  format: LogFormatId;
  readonly level: Level | null;
  readonly errno: ErrnoInfo | null;
  readonly matches: RuleMatch[];
  readonly record: number;
  /** Set when the record ends (finishRecord). */
  recordLast: number;
  readonly wrappers: string[];
  readonly systemError: SystemError | null;
  readonly tier: Tier | null;
  /** Set on a record's first line when the record ends (finishRecord). */
  answer: RecordAnswer | null = null;
  readonly searchWords: string[];
  /** This line told its record's format: the record's earlier lines take it (classifyText). */
  readonly toldFormat: boolean;
  readonly #store: FieldStore;
  readonly #from: number;
  readonly #to: number;

  constructor(
    input: InputLine,
    store: FieldStore,
    from: number,
    toldFormat: boolean,
    found: Omit<LineResult, 'line' | 'text' | 'truncated' | 'fields' | 'recordLast' | 'answer'>,
  ) {
    this.line = input.number;
    this.text = input.text;
    this.truncated = input.truncated;
    this.format = found.format;
    this.level = found.level;
    this.errno = found.errno;
    this.matches = found.matches;
    this.record = found.record;
    this.recordLast = input.number;
    this.wrappers = found.wrappers;
    this.systemError = found.systemError;
    this.tier = found.tier;
    this.searchWords = found.searchWords;
    this.toldFormat = toldFormat;
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
  return {
    line: line.line,
    text: line.text,
    truncated: line.truncated,
    format: line.format,
    level: line.level,
    fields: line.fields,
    errno: line.errno,
    matches: line.matches,
    record: line.record,
    recordLast: line.recordLast,
    wrappers: line.wrappers,
    systemError: line.systemError,
    tier: line.tier,
    answer: line.answer,
    searchWords,
  };
}

function classifyInputLine(
  rules: RuleSet,
  input: InputLine,
  tracker: RecordTracker,
  store: FieldStore,
  options: ClassifyOptions,
): CheckedLine {
  const from = store.size;
  const layout = readLayout(input.text, store);
  if (layout.format === 'nginx-error') addNginxContextFields(input.text, layout.messageStart, store);
  const to = store.size;
  const own: OwnLayout = {
    format: layout.format,
    software: layout.software,
    level: layout.level,
    levelWord: layout.level === null ? store.valueOf(from, to, LEVEL, input.text) : null,
    hasOwnPrefix: to > from,
    wrappers: layout.wrappers,
    inner: layout.inner,
    source: layout.source,
    specific: layout.specific,
    stamped: layout.stamped,
    bare: layout.bare,
    oneLine: layout.oneLine,
    prefix: layout.prefix,
    opens: layout.opens,
  };
  const record = placeInRecord(tracker, input, own);
  const continuation = record !== input.number;
  const learned = continuation && learnFormat(tracker, own);
  // A frame of a stack trace says little by itself; it belongs to the software that started the record.
  const inRecord = continuation && (tracker.specific || tracker.format !== 'generic');
  const format = inRecord ? tracker.format : layout.format;
  // Rules written for the software rank first, also where the line's format is its wrapper's (syslog).
  const software = inRecord ? tracker.software : layout.software;
  let matches = matchRules(rules, input.text, software, input.source, input.start);
  // A line an article's own (primary) pattern explains by itself is not read joined to the one above.
  if (
    continuation &&
    own.bare &&
    !input.indented &&
    tracker.takesBareLines &&
    tracker.lastText.length >= MIN_WRAP_WIDTH &&
    !matches.some((match) => !match.secondary)
  ) {
    matches = withWrappedMatches(matches, rules, tracker.lastText, input.text, software);
  }
  tracker.lastText = input.text;
  let errno = findErrno(input.text);
  // A continuation line without a level of its own (a frame, `Caused by: …`) is as quiet as its record.
  const level = layout.level ?? (continuation ? tracker.level : null);
  let systemError: SystemError | null = null;
  if (!isQuiet(level)) {
    const status = statusOf(store, from, to, input.text);
    // A line an article pattern explains needs no more searching than findErrno did: its hub is only a
    // second opinion. The others are searched for an errno's text and for how a process ended too.
    const unexplained = matches.length === 0;
    if (!errno && !status && unexplained) errno = findErrnoText(input.text);
    systemError = findSystemError(rules, input.text, errno, status, unexplained);
    const hub = systemError && hubMatch(rules, systemError);
    if (hub && !matches.some((match) => match.article === hub.article)) matches = matches.length === 0 ? [hub] : [...matches, hub];
  }
  // Tier 3 only on the line that says error itself, not on the frames under it.
  const tier: Tier | null = matches[0]?.tier === 1 ? 1 : systemError ? 2 : isErrorLevel(layout.level) ? 3 : null;
  const searchWords = matches.length === 0 && options.searchWords !== false ? meaningfulWords(input.text) : NO_WORDS;
  return new CheckedLine(input, store, from, learned, {
    format,
    level: layout.level,
    errno,
    matches,
    record,
    wrappers: layout.wrappers,
    systemError,
    tier,
    searchWords,
  });
}

/** Terminals and mail clients wrap at 72 columns or more: a shorter line above was not wrapped. */
const MIN_WRAP_WIDTH = 60;
/** How much of each side of a line break a wrapped match is looked for in. */
const WRAP_READ = 200;

/**
 * A terminal or a mail reply that wraps one log line in two splits its error text across the break
 * (`connect() failed (111: Connection` / `refused) while connecting to upstream`). A bare line that
 * continues a record is also read joined to the line above it; matches that cross the break are added,
 * their span cut to this line. Matches on either side alone are found on their own lines.
 */
function withWrappedMatches(matches: RuleMatch[], rules: RuleSet, above: string, text: string, format: LogFormatId): RuleMatch[] {
  // An error text split by a wrap lies near the break: the ends of the two lines are enough to read it.
  const tail = above.length > WRAP_READ ? above.slice(-WRAP_READ) : above;
  const head = text.length > WRAP_READ ? text.slice(0, WRAP_READ) : text;
  const offset = tail.length + 1;
  const crossing = matchRules(rules, `${tail} ${head}`, format).filter((match) => match.start < offset && match.end > offset);
  const added = crossing.filter((match) => !matches.some((own) => own.article === match.article && own.cause === match.cause));
  if (added.length === 0) return matches;
  const moved = added.map((match) => ({ ...match, start: 0, end: match.end - offset }));
  return [...matches, ...moved].sort(compareMatches);
}

/** The HTTP status field of an access line, with its span. */
function statusOf(store: FieldStore, from: number, to: number, text: string): Field | null {
  if (store.valueOf(from, to, STATUS, text) === null) return null;
  return store.read(from, to, text).find((field) => field.name === 'status' && field.value.length === 3) ?? null;
}

/**
 * Ends the record of lines[first..end): every line learns where it ends, and the first line gets the
 * record's answer, the best one found on any of its lines (tier 1, then 2, then 3; by confidence).
 */
function finishRecord(lines: CheckedLine[], first: number, end: number): void {
  const last = lines[end - 1]!.line;
  const record = lines[first]!.line;
  let best: CheckedLine | undefined;
  for (let i = first; i < end; i++) {
    const line = lines[i]!;
    // Lines of other writers inside an interleaved record (records.ts) are records of their own.
    if (line.record !== record) continue;
    line.recordLast = last;
    if (line.tier !== null && (!best || rank(line) < rank(best))) best = line;
  }
  lines[first]!.answer = best
    ? { tier: best.tier, match: best.matches[0] ?? null, systemError: best.systemError, line: best.line }
    : NO_ANSWER;
}

/** Lower is better: the tier, then the top match's confidence. */
const rank = (line: CheckedLine) => line.tier! - (line.matches[0]?.confidence ?? 0);

/** One line on its own (the first non-blank line of `text`), or null when there is none. */
export function classifyLine(text: string, rules: RuleSet): LineResult | null {
  const [first] = splitLogLines(text);
  // Plain data: a single line is often posted from a worker (search's log-line verdict).
  if (!first) return null;
  const lines = [classifyInputLine(rules, first, newRecordTracker(), new FieldStore(), {})];
  finishRecord(lines, 0, 1);
  return plainLine(lines[0]!);
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
  let recordStart = 0;
  forEachLogLine(text, (input, index, total) => {
    const line = classifyInputLine(rules, input, tracker, store, options);
    if (line.record === line.line && lines.length > 0) {
      finishRecord(lines, recordStart, lines.length);
      recordStart = lines.length;
    } else if (lines.length > 0 && line.record !== lines[recordStart]!.line) {
      // The line resumes an earlier record that other lines interrupted: that record is open again.
      finishRecord(lines, recordStart, lines.length);
      recordStart = lines.findLastIndex((earlier) => earlier.line === line.record);
    }
    if (line.toldFormat) {
      for (let i = recordStart; i < lines.length; i++) if (lines[i]!.record === line.record) lines[i]!.format = line.format;
    }
    lines.push(line);
    if (options.onProgress && (index + 1) % every === 0) options.onProgress(index + 1, total);
  });
  if (lines.length > 0) finishRecord(lines, recordStart, lines.length);
  const { summary, recordCount } = summarise(lines, (line) => (line as CheckedLine).timestamp);
  return { empty: lines.length === 0, lines, summary, recordCount };
}
