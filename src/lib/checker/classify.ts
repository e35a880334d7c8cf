/** Classifies pasted log text: per line its format, level, fields, errno and ranked article matches. */
import { addNginxContextFields } from './context-fields.ts';
import { findErrno, findErrnoText } from './errno.ts';
import { findSystemError, hubMatch, isErrorLevel, isQuiet } from './fallback.ts';
import { fieldNumber, FieldStore } from './field-store.ts';
import { newDetectedLayout, readLayout, type DetectedLayout } from './formats/detect.ts';
import { forEachLogLine, splitLogLines, type InputLine } from './normalise.ts';
import { learnFormat, newRecordTracker, placeInRecord, type OwnLayout, type RecordTracker } from './records.ts';
import { compareMatches, matchRules, NO_MATCHES, type RuleSet } from './rules.ts';
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

  /** The slot's line with what finishPending found for it. */
  constructor(
    slot: Pending,
    store: FieldStore,
    errno: ErrnoInfo | null,
    matches: RuleMatch[],
    systemError: SystemError | null,
    tier: Tier | null,
    searchWords: string[],
  ) {
    const layout = slot.layout;
    this.line = slot.number;
    this.text = slot.text;
    this.truncated = slot.truncated;
    this.format = slot.format;
    this.level = layout.level;
    this.errno = errno;
    this.matches = matches;
    this.record = slot.record;
    this.recordLast = slot.number;
    this.wrappers = layout.wrappers;
    this.systemError = systemError;
    this.tier = tier;
    this.searchWords = searchWords;
    this.toldFormat = slot.learned;
    this.#store = store;
    this.#from = slot.from;
    this.#to = slot.to;
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

/**
 * A line between the steps of a chunk (classifyText). The slots of a chunk are reused from one chunk
 * to the next, so a big paste does not leave them behind for the garbage collector.
 */
class Pending {
  number = 0;
  /** The line's index among all lines of the paste, blank ones included (for progress). */
  index = 0;
  text = '';
  indented = false;
  truncated = false;
  source = '';
  start = 0;
  /** Refilled for every line the slot takes (readLayout's `into`). */
  readonly layout: DetectedLayout = newDetectedLayout();
  /** The line's fields are the store's range [from, to). */
  from = 0;
  to = 0;
  record = 0;
  continuation = false;
  learned = false;
  format: LogFormatId = 'generic';
  /** The software that wrote the line or its record (DetectedLayout.software): rules for it rank first. */
  software: LogFormatId = 'generic';
  /** The record's level when the line was placed in it: a continuation line without a level has it. */
  recordLevel: Level | null = null;
  /** The text of the line above, when this line may be the second part of a wrapped one (withWrappedMatches). */
  above: string | null = null;
  matches: RuleMatch[] = NO_MATCHES;
}

/**
 * Lines are classified a chunk at a time, one step over all its lines before the next: each step's code
 * and tables (the layouts' regexes, the literal automaton, the rules' regexes) then stay in the CPU's
 * caches, which one line's steps in turn push out of them.
 */
const CHUNK = 1024;

/** The first step, as the lines are read: their layout and fields. */
function readPending(slot: Pending, input: InputLine, index: number, store: FieldStore): void {
  slot.number = input.number;
  slot.index = index;
  slot.text = input.text;
  slot.indented = input.indented;
  slot.truncated = input.truncated;
  slot.source = input.source;
  slot.start = input.start;
  slot.from = store.size;
  const layout = readLayout(input.text, store, slot.layout);
  if (layout.format === 'nginx-error') addNginxContextFields(input.text, layout.messageStart, store);
  slot.to = store.size;
}

/**
 * The line being placed (placePending), one object refilled for every line: placeInRecord and
 * learnFormat copy what they keep of it, so a big paste does not make one more object a line.
 */
const own: OwnLayout = { ...newDetectedLayout(), levelWord: null, hasOwnPrefix: false };

/** The second step, in line order: the record each line belongs to, and so the format its rules read it in. */
function placePending(slot: Pending, tracker: RecordTracker, store: FieldStore): void {
  const layout = slot.layout;
  own.format = layout.format;
  own.software = layout.software;
  own.level = layout.level;
  own.levelWord = layout.level === null ? store.valueOf(slot.from, slot.to, LEVEL, slot.text) : null;
  own.hasOwnPrefix = slot.to > slot.from;
  own.wrappers = layout.wrappers;
  own.inner = layout.inner;
  own.source = layout.source;
  own.specific = layout.specific;
  own.stamped = layout.stamped;
  own.bare = layout.bare;
  own.oneLine = layout.oneLine;
  own.prefix = layout.prefix;
  own.opens = layout.opens;
  own.levelLine = layout.levelLine;
  const record = placeInRecord(tracker, slot, own);
  const continuation = record !== slot.number;
  slot.record = record;
  slot.continuation = continuation;
  slot.learned = continuation && learnFormat(tracker, own);
  // A frame of a stack trace says little by itself; it belongs to the software that started the record.
  const inRecord = continuation && (tracker.specific || tracker.format !== 'generic');
  slot.format = inRecord ? tracker.format : layout.format;
  slot.software = inRecord ? tracker.software : layout.software;
  slot.recordLevel = tracker.level;
  const mayBeWrapped = continuation && own.bare && !slot.indented && tracker.takesBareLines && tracker.lastText.length >= MIN_WRAP_WIDTH;
  slot.above = mayBeWrapped ? tracker.lastText : null;
  tracker.lastText = slot.text;
}

/** The third step: the article patterns that explain the line. */
function matchPending(slot: Pending, rules: RuleSet): void {
  // Rules written for the software rank first, also where the line's format is its wrapper's (syslog).
  let matches = matchRules(rules, slot.text, slot.software, slot.source, slot.start);
  // A line an article's own (primary) pattern explains by itself is not read joined to the one above.
  if (slot.above !== null && !matches.some((match) => !match.secondary)) {
    matches = withWrappedMatches(matches, rules, slot.above, slot.text, slot.software);
  }
  slot.matches = matches;
}

/** The last step: the system error of a line no pattern explains, and the line's answer. */
function finishPending(slot: Pending, rules: RuleSet, store: FieldStore, options: ClassifyOptions): CheckedLine {
  const layout = slot.layout;
  const { text, from, to } = slot;
  let matches = slot.matches;
  let errno = findErrno(text);
  // A continuation line without a level of its own (a frame, `Caused by: …`) is as quiet as its record.
  const level = layout.level ?? (slot.continuation ? slot.recordLevel : null);
  let systemError: SystemError | null = null;
  if (!isQuiet(level)) {
    const status = statusOf(store, from, to, text);
    // A line an article pattern explains needs no more searching than findErrno did: its hub is only a
    // second opinion. The others are searched for an errno's text and for how a process ended too.
    const unexplained = matches.length === 0;
    if (!errno && !status && unexplained) errno = findErrnoText(text);
    systemError = findSystemError(rules, text, errno, status, unexplained);
    const hub = systemError && hubMatch(rules, systemError);
    if (hub && !namesArticle(matches, hub.article)) matches = matches.length === 0 ? [hub] : [...matches, hub];
  }
  // Tier 3 only on the line that says error itself, not on the frames under it.
  const tier: Tier | null = matches[0]?.tier === 1 ? 1 : systemError ? 2 : isErrorLevel(layout.level) ? 3 : null;
  const searchWords = matches.length === 0 && options.searchWords !== false ? meaningfulWords(text) : NO_WORDS;
  const line = new CheckedLine(slot, store, errno, matches, systemError, tier, searchWords);
  // The slot is reused: it should not keep the chunk's results alive (its layout is refilled by the next line).
  slot.above = null;
  slot.matches = NO_MATCHES;
  return line;
}

/** Whether one of `matches` is the article's. (An indexed loop, not a closure or for…of: nothing to allocate.) */
function namesArticle(matches: RuleMatch[], article: string): boolean {
  for (let i = 0; i < matches.length; i++) if (matches[i]!.article === article) return true;
  return false;
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

/** The HTTP status field of an access line, with its span (three digits: nginx's `000` included). */
function statusOf(store: FieldStore, from: number, to: number, text: string): Field | null {
  return store.find(from, to, STATUS, 3, text);
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

/** Where the line numbered `number` is in `lines` (-1 if nowhere). A loop: see namesArticle. */
function lastIndexOfLine(lines: CheckedLine[], number: number): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.line === number) return i;
  return -1;
}

/** Lower is better: the tier, then the top match's confidence. */
const rank = (line: CheckedLine) => line.tier! - (line.matches[0]?.confidence ?? 0);

/** One line on its own (the first non-blank line of `text`), or null when there is none. */
export function classifyLine(text: string, rules: RuleSet): LineResult | null {
  const [first] = splitLogLines(text);
  // Plain data: a single line is often posted from a worker (search's log-line verdict).
  if (!first) return null;
  const store = new FieldStore();
  const slot = new Pending();
  readPending(slot, first, 0, store);
  placePending(slot, newRecordTracker(), store);
  matchPending(slot, rules);
  const lines = [finishPending(slot, rules, store, {})];
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
  // Slots are made as lines come, so a short paste makes no more than it has lines.
  const chunk: Pending[] = [];
  let pending = 0;
  let total = 0;

  const add = (line: CheckedLine) => {
    if (line.record === line.line && lines.length > 0) {
      finishRecord(lines, recordStart, lines.length);
      recordStart = lines.length;
    } else if (lines.length > 0 && line.record !== lines[recordStart]!.line) {
      // The line resumes an earlier record that other lines interrupted: that record is open again.
      finishRecord(lines, recordStart, lines.length);
      recordStart = lastIndexOfLine(lines, line.record);
    }
    if (line.toldFormat) {
      for (let i = recordStart; i < lines.length; i++) if (lines[i]!.record === line.record) lines[i]!.format = line.format;
    }
    lines.push(line);
  };
  const flush = () => {
    for (let i = 0; i < pending; i++) placePending(chunk[i]!, tracker, store);
    for (let i = 0; i < pending; i++) matchPending(chunk[i]!, rules);
    for (let i = 0; i < pending; i++) {
      const slot = chunk[i]!;
      add(finishPending(slot, rules, store, options));
      if (options.onProgress && (slot.index + 1) % every === 0) options.onProgress(slot.index + 1, total);
    }
    pending = 0;
  };
  forEachLogLine(text, (input, index, lineCount) => {
    total = lineCount;
    if (pending === chunk.length) chunk.push(new Pending());
    readPending(chunk[pending++]!, input, index, store);
    if (pending === CHUNK) flush();
  });
  flush();
  if (lines.length > 0) finishRecord(lines, recordStart, lines.length);
  const { summary, recordCount } = summarise(lines, (line) => (line as CheckedLine).timestamp);
  return { empty: lines.length === 0, lines, summary, recordCount };
}
