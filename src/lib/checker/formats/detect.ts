/**
 * Which software wrote a line, and the fields its layout carries, from the definitions in this folder.
 * Wrappers that collectors put in front of a line (docker compose, syslog, journald, CRI) are peeled off
 * first, so `web-1  | Nov 25 … host nginx[12]: 2026/11/25 … [error] …` is still an nginx error line.
 *
 * Every regex here runs on V8's backtracking RegExp over pasted text, so each must be proven linear:
 * tests/unit/checker-safety.test.ts checks each one (ENGINE_REGEXES) by its shape or with recheck.
 * Most lines fail most layouts, so a layout's regex only runs when the line starts with what the layout
 * can start with (by-first-character tables, fixed-start.ts) and holds its required text.
 */
import type { LogFormatId } from '../../log-formats.ts';
import { fieldNumber, FieldStore } from '../field-store.ts';
import { DIGIT, fixedStart, startsLike } from '../fixed-start.ts';
import { readLevel } from '../levels.ts';
import type { Level } from '../types.ts';
import { FORMATS, WRAPPERS } from './index.ts';
import type { JsonKeys, LayoutDef, LevelReading } from './types.ts';

/**
 * A pattern as it runs: compiled without its group names, with the names by group number. V8 builds a
 * `groups` object for every match of a pattern with named groups, and most lines match a layout.
 */
export interface Positional {
  search: RegExp;
  /** names[i] is the field name of group i + 1. */
  names: string[];
  /** The field number (field-store.ts) of group i + 1. */
  fields: number[];
}

const GROUP_NAME = /\(\?<([A-Za-z]\w*)>/g;
/**
 * JavaScript allows a group name once per pattern: `level2` is a second group for the field `level`,
 * in another branch of the pattern.
 */
const fieldName = (group: string) => group.replace(/\d+$/, '');

function positional(pattern: RegExp): Positional {
  const names = [...pattern.source.matchAll(GROUP_NAME)].map((m) => fieldName(m[1]!));
  const search = new RegExp(pattern.source.replace(GROUP_NAME, '('), pattern.flags);
  // Every capturing group must be named, or the numbers would not line up with the names.
  const groups = new RegExp(`${search.source}|`).exec('')!.length - 1;
  if (groups !== names.length) throw new Error(`${pattern}: use (?:…) for groups that are not fields`);
  return { search, names, fields: names.map(fieldNumber) };
}

/** The value of field `name` in a match of `layout` (the first of its groups that took part), or undefined. */
function groupOf(match: RegExpExecArray, layout: Positional, name: string): string | undefined {
  for (let i = 0; i < layout.names.length; i++) {
    if (layout.names[i] === name && match[i + 1] !== undefined) return match[i + 1];
  }
  return undefined;
}

/** Every property of T present, undefined where T leaves it out. */
type Present<T> = { [K in keyof T]-?: T[K] | undefined };

/**
 * A layout ready for detection: what a line must start with and contain before its regex runs. Every
 * property is present (undefined where its definition has none), so all layouts share one shape.
 */
export interface Layout extends Present<LayoutDef>, Positional {
  pattern: RegExp;
  /** The format a match gives, or the wrapper's fallback format. */
  format: LogFormatId;
  /** The wrapper's id, for wrapper layouts. */
  wrapper: string | undefined;
  /** A format that names no software: a wrapper's program name wins over it. */
  generic: boolean;
  /** FormatDefinition.oneLineEntries. */
  oneLine: boolean;
  /** A wrapper peeled only when what follows matches a specific format's layout. */
  tentative: boolean;
  /** `first` allows characters beyond ASCII (the by-character table keeps those together). */
  nonAscii: boolean;
  /** How the level is read: the layout's reading, else its definition's. */
  reading: LevelReading | undefined;
  /** The reading's `search`, ready to run. */
  levelSearch: Positional | undefined;
  /** A quick test of the line's first character code, from `first` or the pattern's fixed start. */
  start: ((code: number) => boolean) | undefined;
  /** The pattern's fixed start (fixed-start.ts), checked before the regex runs. */
  prefix: number[];
}

function firstCharTest(chars: string): (code: number) => boolean {
  const allowed = new Set([...chars].map((ch) => ch.charCodeAt(0)));
  return (code) => allowed.has(code);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

interface LayoutOwner {
  format: LogFormatId;
  wrapper?: string;
  generic: boolean;
  oneLine?: boolean | undefined;
  tentative?: boolean | undefined;
  level?: LevelReading | undefined;
}

function prepare(def: LayoutDef, owner: LayoutOwner): Layout {
  const prefix = fixedStart(def.pattern.source, def.pattern.flags);
  const lead = prefix[0];
  const start = def.first
    ? firstCharTest(def.first)
    : lead === DIGIT
      ? isDigit
      : lead !== undefined
        ? (code: number) => code === lead
        : undefined;
  const reading = def.level ?? owner.level;
  const levelSearch = reading?.search ? positional(reading.search) : undefined;
  const { search, names, fields } = positional(def.pattern);
  // Every layout gets the same properties in the same order: one object shape keeps the hot loops'
  // property reads monomorphic.
  return {
    pattern: def.pattern,
    level: def.level,
    first: def.first,
    needs: def.needs,
    opensRecord: def.opensRecord,
    continuesRecord: def.continuesRecord,
    levelOnNextLine: def.levelOnNextLine,
    repeatsPrefix: def.repeatsPrefix,
    search,
    names,
    fields,
    format: owner.format,
    wrapper: owner.wrapper,
    generic: owner.generic,
    oneLine: owner.oneLine ?? false,
    tentative: owner.tentative ?? false,
    nonAscii: def.first !== undefined && [...def.first].some((ch) => ch.charCodeAt(0) >= 128),
    reading,
    levelSearch,
    start,
    prefix,
  };
}

export const WRAPPER_LAYOUTS: Layout[] = WRAPPERS.flatMap((wrapper) =>
  wrapper.layouts.map((layout) =>
    prepare(layout, {
      format: wrapper.format,
      wrapper: wrapper.id,
      generic: false,
      tentative: wrapper.onlyBeforeAFormat,
      level: wrapper.level,
    }),
  ),
);

export const FORMAT_LAYOUTS: Layout[] = FORMATS.flatMap((format) =>
  format.layouts.map((layout) =>
    prepare(layout, { format: format.id, generic: format.generic ?? false, oneLine: format.oneLineEntries, level: format.level }),
  ),
);

/** JSON forms (one object a line), read by their keys: envelopes first, then JSON formats. */
interface JsonReader {
  format: LogFormatId;
  keys: JsonKeys;
  reading: LevelReading | undefined;
  generic: boolean;
}

/** A JSON envelope: its lines contain `needs`. */
interface JsonWrapper extends JsonReader {
  wrapper: string;
  needs: string;
}

const JSON_WRAPPERS: JsonWrapper[] = WRAPPERS.flatMap((w) =>
  w.json ? [{ format: w.format, wrapper: w.id, needs: w.json.needs, keys: w.json, reading: w.level, generic: false }] : [],
);
const JSON_FORMATS: JsonReader[] = FORMATS.flatMap((f) =>
  f.json ? [{ format: f.id, keys: f.json, reading: f.level, generic: f.generic ?? false }] : [],
);

/** The definition tried last; its level search also reads lines that no layout matched. */
const FALLBACK = FORMATS.at(-1)!;
const FALLBACK_SEARCH = FALLBACK.level?.search ? positional(FALLBACK.level.search) : undefined;

/** The wrappers whose every line is a message of its own (WrapperDefinition.linesAreMessages). */
export const MESSAGE_WRAPPERS: ReadonlySet<string> = new Set(
  WRAPPERS.filter((wrapper) => wrapper.linesAreMessages).map((wrapper) => wrapper.id),
);

/** Program names (syslog tag, journald identifier) and the format they log in. */
const PROGRAMS = FORMATS.filter((format) => format.program).map((format) => ({ format: format.id, program: format.program! }));

/** Every regex detection runs on pasted text, for the safety test. */
export const ENGINE_REGEXES: RegExp[] = [
  ...[...WRAPPER_LAYOUTS, ...FORMAT_LAYOUTS].flatMap((layout) => [
    layout.search,
    ...(layout.levelSearch ? [layout.levelSearch.search] : []),
    ...(layout.levelOnNextLine ? [layout.levelOnNextLine] : []),
  ]),
  ...(FALLBACK_SEARCH ? [FALLBACK_SEARCH.search] : []),
  ...PROGRAMS.map((entry) => entry.program),
];

/** Formats whose programs' plain lines keep their wrapper's format (FormatDefinition.keepsWrapperFormat). */
const KEEPS_WRAPPER_FORMAT: ReadonlySet<LogFormatId> = new Set(
  FORMATS.filter((format) => format.keepsWrapperFormat).map((format) => format.id),
);

const programFormats = new Map<string, LogFormatId | null>();

/** The format a program logs in, when its own text does not say (`dockerd`, `postgres`, `systemd-logind`). */
function formatOfProgram(program: string): LogFormatId | null {
  let format = programFormats.get(program);
  if (format === undefined) {
    const name = program.toLowerCase();
    format = PROGRAMS.find((entry) => entry.program.test(name))?.format ?? null;
    // Program names repeat: remember them, within a bound a hostile paste cannot grow past.
    if (programFormats.size < 1024) programFormats.set(program, format);
  }
  return format;
}

const codeAt = (text: string, index: number) => {
  const code = text.charCodeAt(index); // NaN past the end
  return code < 128 ? code : 128;
};

/**
 * The layouts a line can have, by its first character and then its fifth (128: any other character, or
 * none): most fixed starts say both (`2024/…`, `2024-…`, `Oct 2…`), so a line starting with a digit is
 * not tried against twenty layouts of which its fifth character rules out half. Built on first use.
 */
class LayoutTable {
  readonly #layouts: Layout[];
  readonly #lists: (Layout[] | undefined)[] = new Array<Layout[] | undefined>(129 * 129);

  constructor(layouts: Layout[]) {
    this.#layouts = layouts;
  }

  for(text: string): Layout[] {
    const first = codeAt(text, 0);
    const fifth = codeAt(text, 4);
    return this.#lists[first * 129 + fifth] ?? this.#build(first, fifth);
  }

  // Apart from for(): a closure there would make every call allocate a context for `first` and `fifth`.
  #build(first: number, fifth: number): Layout[] {
    const list = this.#layouts.filter((layout) => LayoutTable.#fits(layout, first, fifth));
    this.#lists[first * 129 + fifth] = list;
    return list;
  }

  static #fits(layout: Layout, first: number, fifth: number): boolean {
    if (layout.start !== undefined && !(first < 128 ? layout.start(first) : layout.nonAscii)) return false;
    const want = layout.prefix[4];
    if (want === undefined) return true;
    return fifth < 128 && (want === DIGIT ? isDigit(fifth) : want === fifth);
  }
}

/** The checks that spare most regex runs: the fixed start, then a required text. */
export function couldMatch(layout: Layout, text: string): boolean {
  return startsLike(text, layout.prefix) && (layout.needs === undefined || text.includes(layout.needs));
}

const WRAPPER_TABLE = new LayoutTable(WRAPPER_LAYOUTS);
const FORMAT_TABLE = new LayoutTable(FORMAT_LAYOUTS);
const OPEN_BRACE = 123;
/** Wrappers inside wrappers are rare beyond two (`docker compose` around `docker logs -t` around syslog). */
const MAX_WRAPPERS = 4;

export interface DetectedLayout {
  format: LogFormatId;
  /**
   * The software that wrote the line: its format, or the program's where the format does not name it
   * (a syslog line tagged `kernel:` is format syslog, software kernel). Records and rule ranking read it.
   */
  software: LogFormatId;
  level: Level | null;
  /** Where the message proper starts, after the prefixes the format puts in front of it. */
  messageStart: number;
  /** The ids of the wrappers peeled off the line, outermost first (`['docker-compose', 'syslog']`). */
  wrappers: string[];
  /** The line inside the wrappers (the line itself without any). */
  inner: string;
  /**
   * Who wrote the line, as its wrappers say, without their timestamp (`host prog[12]: `, `web-1  | `):
   * lines of one multi-line message share it. Empty without wrappers.
   */
  source: string;
  /** The line inside the wrappers matched a layout of a specific software (not a generic one). */
  specific: boolean;
  /** The line inside the wrappers carries a timestamp or a level of its own: it starts a log entry. */
  stamped: boolean;
  /**
   * The line inside the wrappers shows nothing that starts an entry: no layout, or one that continues
   * records (LayoutDef.continuesRecord), and no timestamp or level.
   */
  bare: boolean;
  /** The format's entries are single lines (FormatDefinition.oneLineEntries). */
  oneLine: boolean;
  /** For a layout that repeats its prefix on every line of a message (LayoutDef.repeatsPrefix): the line up to its message. */
  prefix: string | null;
  /** The line's layout always starts a record (a crash report's first line). */
  opens: boolean;
  /** What the next line of the entry looks like when it says the entry's level (LayoutDef.levelOnNextLine). */
  levelLine: RegExp | null;
}

// Shared by every line without a wrapper, to spare an allocation per line; never mutated.
const NO_WRAPPERS: string[] = Object.freeze([]) as unknown as string[];

/**
 * Adds the match's groups as fields. Spans are found by searching each value in the matched text from
 * the end of the previous one: the groups of every layout here appear left to right and do not nest,
 * and this avoids the `d` flag, whose index arrays cost more than the search.
 */
function collectFields(match: RegExpExecArray, layout: Positional, offset: number, store: FieldStore): void {
  const text = match[0];
  let cursor = 0;
  for (let i = 0; i < layout.fields.length; i++) {
    const value = match[i + 1];
    if (value === undefined || value === '') continue;
    const at = text.indexOf(value, cursor);
    if (at === -1) continue;
    cursor = at + value.length;
    store.add(layout.fields[i]!, offset + match.index + at, offset + match.index + cursor);
  }
}

/** The level a match says, by its reading: the named group, else a `level` group as words, else the search. */
function levelOf(match: RegExpExecArray, layout: Layout, rest: string, offset: number, store: FieldStore): Level | null {
  const reading = layout.reading;
  const group = reading?.group ?? 'level';
  let level = readLevel(groupOf(match, layout, group), reading);
  if (level === null && group !== 'level') level = readLevel(groupOf(match, layout, 'level'), undefined);
  if (level === null && layout.levelSearch) level = searchLevel(layout.levelSearch, reading, rest, offset, store);
  return level;
}

function searchLevel(search: Positional, reading: LevelReading | undefined, rest: string, offset: number, store: FieldStore): Level | null {
  const found = search.search.exec(rest);
  if (!found) return null;
  collectFields(found, search, offset, store);
  return readLevel(groupOf(found, search, 'level'), reading);
}

/**
 * The span of a JSON key's value in `text` (a string's without its quotes), or null. Reads the first
 * `"key"` followed by a colon, at any depth: log lines put these keys at the top.
 */
function jsonValue(text: string, key: string): [number, number] | null {
  const quoted = `"${key}"`;
  let at = text.indexOf(quoted);
  while (at !== -1) {
    let i = at + quoted.length;
    while (text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) === 58 /* : */) {
      i++;
      while (text.charCodeAt(i) === 32) i++;
      if (text.charCodeAt(i) === 34 /* " */) {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 /* \ */ ? 2 : 1;
        return [i + 1, Math.min(end, text.length)];
      }
      let end = i;
      while (end < text.length && !',}] '.includes(text[end]!)) end++;
      return end > i ? [i, end] : null;
    }
    at = text.indexOf(quoted, i);
  }
  return null;
}

/** The first of `keys` present in `text`, as a span, adding it to `store` under `field`. */
function readJsonKey(text: string, keys: string[], field: number, offset: number, store: FieldStore): [number, number] | null {
  for (const key of keys) {
    const span = jsonValue(text, key);
    if (span) {
      store.add(field, offset + span[0], offset + span[1]);
      return span;
    }
  }
  return null;
}

const LEVEL = fieldNumber('level');
const TIMESTAMP = fieldNumber('timestamp');
const MESSAGE = fieldNumber('message');
const PROGRAM = fieldNumber('program');

interface JsonRead {
  message: [number, number] | null;
  level: Level | null;
  program: string | null;
}

function readJson(reader: JsonReader, text: string, offset: number, store: FieldStore): JsonRead {
  const { keys } = reader;
  readJsonKey(text, keys.timestamp, TIMESTAMP, offset, store);
  const levelSpan = readJsonKey(text, keys.level, LEVEL, offset, store);
  const programSpan = keys.program ? readJsonKey(text, keys.program, PROGRAM, offset, store) : null;
  const message = readJsonKey(text, keys.message, MESSAGE, offset, store);
  return {
    message,
    level: levelSpan ? readLevel(text.slice(levelSpan[0], levelSpan[1]), reader.reading) : null,
    program: programSpan ? text.slice(programSpan[0], programSpan[1]) : null,
  };
}

/** A wrapped line that shows no software of its own is its program's, else its innermost wrapper's. */
function owner(format: LogFormatId, generic: boolean, programFormat: LogFormatId | null, wrapperFormat: LogFormatId | null): LogFormatId {
  if (!generic) return format;
  const named = programFormat !== null && !KEEPS_WRAPPER_FORMAT.has(programFormat) ? programFormat : null;
  return named ?? (format === 'generic' ? (wrapperFormat ?? format) : format);
}

/** The software that wrote a line: its program's, where the program names one the line's format does not show. */
function softwareOf(format: LogFormatId, generic: boolean, programFormat: LogFormatId | null): LogFormatId {
  return generic && programFormat !== null ? programFormat : format;
}

/** A JSON string's text with its escapes read, or null when it is not a valid one (cut by a bound). */
function unescapeJson(text: string): string | null {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return null;
  }
}

/** Whether `text` starts with the layout of a specific format (not a generic one): no fields are kept. */
function startsAFormat(text: string): boolean {
  const layouts = FORMAT_TABLE.for(text);
  for (let i = 0; i < layouts.length; i++) {
    const layout = layouts[i]!;
    if (!layout.generic && couldMatch(layout, text) && layout.search.test(text)) return true;
  }
  return false;
}

/**
 * The JSON envelope a `{` line is in, if any. A function of its own: a closure over readLayout's `rest`
 * would make every call of readLayout allocate a context for it.
 */
function jsonWrapperOf(rest: string): JsonWrapper | undefined {
  for (const candidate of JSON_WRAPPERS) if (rest.includes(candidate.needs)) return candidate;
  return undefined;
}

/** A DetectedLayout to fill (readLayout's `into`). */
export function newDetectedLayout(): DetectedLayout {
  return {
    format: 'generic',
    software: 'generic',
    level: null,
    messageStart: 0,
    wrappers: NO_WRAPPERS,
    inner: '',
    source: '',
    specific: false,
    stamped: false,
    bare: false,
    oneLine: false,
    prefix: null,
    opens: false,
    levelLine: null,
  };
}

/**
 * Which software wrote `line`, adding the fields its layout carries to `store`. The answer is written
 * into `into` when given: a big paste refills one object per line being classified instead of making
 * one a line (classify.ts).
 */
export function readLayout(line: string, fields: FieldStore, into: DetectedLayout = newDetectedLayout()): DetectedLayout {
  const from = fields.size;
  let store = fields;
  // Set when the rest is an unescaped copy: offsets into it are not offsets into the line.
  let copiedAt: number | null = null;
  let offset = 0;
  let rest = line;
  let wrapperFormat: LogFormatId | null = null;
  let program: string | null = null;
  let level: Level | null = null;
  let wrappers = NO_WRAPPERS;

  // A line can carry more than one wrapper (`web_1 | 2026-…Z Nov 25 … host prog: …`); peel them in turn.
  for (let peeled = 0; peeled < MAX_WRAPPERS; peeled++) {
    const firstCode = rest.charCodeAt(0);
    let id: string | undefined;
    if (firstCode === OPEN_BRACE) {
      const reader = jsonWrapperOf(rest);
      const read = reader ? readJson(reader, rest, offset, store) : null;
      if (!reader || !read?.message) break;
      id = reader.wrapper;
      wrapperFormat = reader.format;
      program = read.program ?? program;
      level = read.level ?? level;
      offset += read.message[0];
      rest = rest.slice(read.message[0], read.message[1]);
      // A message with escapes (`\"`, `\n`) is detected as the program wrote it; its own fields' spans
      // would not point into the line, so they go to a store nobody reads.
      const unescaped = rest.includes('\\') ? unescapeJson(rest) : null;
      if (unescaped !== null) {
        rest = unescaped.trim();
        store = new FieldStore();
        copiedAt = offset;
      }
    } else {
      let wrapper: Layout | undefined;
      let match: RegExpExecArray | null = null;
      for (const candidate of WRAPPER_TABLE.for(rest)) {
        if (!couldMatch(candidate, rest)) continue;
        match = candidate.search.exec(rest);
        if (match && (!candidate.tentative || startsAFormat(rest.slice(match[0].length)))) {
          wrapper = candidate;
          break;
        }
        match = null;
      }
      if (!wrapper || !match) break;
      collectFields(match, wrapper, offset, store);
      id = wrapper.wrapper;
      wrapperFormat = wrapper.format;
      program = groupOf(match, wrapper, 'program') || program;
      level = levelOf(match, wrapper, rest, offset, store) ?? level;
      offset += match[0].length;
      rest = line.slice(offset);
    }
    wrappers = wrappers === NO_WRAPPERS ? [id!] : [...wrappers, id!];
  }

  const programFormat = program ? formatOfProgram(program) : null;
  const source = wrappers === NO_WRAPPERS ? '' : sourceOf(line, fields, from, fields.size);

  const first = rest.charCodeAt(0);
  if (first === OPEN_BRACE) {
    for (const reader of JSON_FORMATS) {
      if (reader.keys.needs !== undefined && !rest.includes(reader.keys.needs)) continue;
      const read = readJson(reader, rest, offset, store);
      if (read.message === null && read.level === null) continue;
      const format = owner(reader.format, reader.generic, programFormat, wrapperFormat);
      into.format = format;
      into.software = softwareOf(format, reader.generic, programFormat);
      into.level = read.level ?? level;
      into.messageStart = copiedAt ?? offset + (read.message?.[0] ?? 0);
      into.wrappers = wrappers;
      into.inner = rest;
      into.source = source;
      into.specific = !reader.generic;
      into.stamped = true;
      into.bare = false;
      into.oneLine = false;
      into.prefix = null;
      into.opens = false;
      into.levelLine = null;
      return into;
    }
  }

  // Most layouts can only start with a digit, with `[` or with a fixed word: only those that can are tried.
  // An index, not for…of: V8 kept the loop's iterator objects here, about 560 bytes a line.
  const layouts = FORMAT_TABLE.for(rest);
  for (let i = 0; i < layouts.length; i++) {
    const layout = layouts[i]!;
    if (!couldMatch(layout, rest)) continue;
    const match = layout.search.exec(rest);
    if (!match) continue;
    const innerFrom = store.size;
    collectFields(match, layout, offset, store);
    const ownLevel = levelOf(match, layout, rest, offset, store);
    const stamped = ownLevel !== null || store.valueOf(innerFrom, store.size, TIMESTAMP, '') !== null;
    const messageStart = copiedAt ?? offset + match[0].length;
    const format = owner(layout.format, layout.generic, programFormat, wrapperFormat);
    into.format = format;
    into.software = softwareOf(format, layout.generic, programFormat);
    into.level = ownLevel ?? level;
    into.messageStart = messageStart;
    into.wrappers = wrappers;
    into.inner = rest;
    into.source = source;
    into.specific = !layout.generic;
    into.stamped = stamped;
    into.bare = !stamped && layout.continuesRecord === true;
    into.oneLine = layout.oneLine;
    into.prefix = layout.repeatsPrefix ? line.slice(0, messageStart) : null;
    into.opens = layout.opensRecord === true;
    into.levelLine = layout.levelOnNextLine ?? null;
    return into;
  }

  const searched = level === null && FALLBACK_SEARCH ? searchLevel(FALLBACK_SEARCH, FALLBACK.level, rest, offset, store) : null;
  const format = owner(FALLBACK.id, true, programFormat, wrapperFormat);
  into.format = format;
  into.software = softwareOf(format, true, programFormat);
  into.level = searched ?? level;
  into.messageStart = copiedAt ?? offset;
  into.wrappers = wrappers;
  into.inner = rest;
  into.source = source;
  into.specific = false;
  into.stamped = searched !== null;
  into.bare = searched === null;
  into.oneLine = false;
  into.prefix = null;
  into.opens = false;
  into.levelLine = null;
  return into;
}

/** The fields of a wrapper that change from one line of a message to the next: not who wrote it. */
const NOT_SOURCE = new Set(['timestamp', 'elapsed', 'level', 'priority'].map(fieldNumber));

/** Who wrote a wrapped line: the values of its wrappers' fields (fields [from, to)) but the changing ones. */
function sourceOf(line: string, store: FieldStore, from: number, to: number): string {
  return store.joinValues(from, to, NOT_SOURCE, line);
}
