/**
 * Which software wrote a line, and the fields its layout carries. Like lnav's format files, every format
 * is data: an anchored regex with named groups, tried most specific first. Wrappers that other tools put
 * in front of a line (syslog/journald headers, `docker compose` and `docker logs --timestamps` prefixes)
 * are peeled off first, so `host nginx[12]: 2026/11/25 … [error] …` is still an nginx error line.
 *
 * Every regex here runs on V8's backtracking RegExp over pasted text, so each must be proven linear:
 * tests/unit/checker-safety.test.ts checks each one by its shape or with recheck (verdicts cached in
 * regex-verdicts.json). They are anchored, and free of repetition that can give text back to a later part.
 */
import type { LogFormatId } from '../log-formats.ts';
import { fieldNumber, FieldStore } from './field-store.ts';
import { DIGIT, fixedStart, startsLike } from './fixed-start.ts';
import { levelFromPriority, normaliseLevel } from './levels.ts';
import type { Level } from './types.ts';

interface LayoutDef {
  format: LogFormatId | null;
  /** For envelopes: the wrapper's id, reported in `wrappers` when it is peeled. */
  wrapper?: string;
  pattern: RegExp;
  /** The characters a line can start with, for layouts whose pattern does not say it plainly (see fixedStart). */
  first?: string;
  /** A text every matching line contains: lines without it skip the regex. */
  needs?: string;
}

/**
 * A pattern as it runs: compiled without its group names, with the names by group number. V8 builds a
 * `groups` object for every match of a pattern with named groups, and most lines match a layout.
 */
export interface Positional {
  search: RegExp;
  /** names[i] is the name of group i + 1. */
  names: string[];
  /** The field number (field-store.ts) of group i + 1, or -1 for groups that are not reported. */
  fields: number[];
}

/** Groups that help a pattern match but are not fields of the line. */
const SKIPPED_GROUPS = new Set(['precise', 'ident']);

const GROUP_NAME = /\(\?<([A-Za-z]\w*)>/g;

function positional(pattern: RegExp): Positional {
  const names = [...pattern.source.matchAll(GROUP_NAME)].map((m) => m[1]!);
  const search = new RegExp(pattern.source.replace(GROUP_NAME, '('), pattern.flags);
  // Every capturing group must be named, or the numbers would not line up with the names.
  const groups = new RegExp(`${search.source}|`).exec('')!.length - 1;
  if (groups !== names.length) throw new Error(`${pattern}: use (?:…) for groups that are not fields`);
  return { search, names, fields: names.map((name) => (SKIPPED_GROUPS.has(name) ? -1 : fieldNumber(name))) };
}

/** The value of group `name` in a match of `layout`, or undefined. */
function groupOf(match: RegExpExecArray, layout: Positional, name: string): string | undefined {
  const index = layout.names.indexOf(name);
  return index === -1 ? undefined : match[index + 1];
}

/** A layout ready for detection: what a line must start with and contain before its regex runs. */
interface Layout extends LayoutDef, Positional {
  /** A quick test of the line's first character code, from `first` or the pattern's fixed start. */
  start?: (code: number) => boolean;
  /** The pattern's fixed start (fixed-start.ts), checked before the regex runs. */
  prefix: number[];
}

function firstCharTest(chars: string): (code: number) => boolean {
  const allowed = new Set([...chars].map((ch) => ch.charCodeAt(0)));
  return (code) => allowed.has(code);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function prepare(def: LayoutDef): Layout {
  const prefix = fixedStart(def.pattern.source, def.pattern.flags);
  const lead = prefix[0];
  const start = def.first ? firstCharTest(def.first) : lead === DIGIT ? isDigit : lead !== undefined ? (code: number) => code === lead : undefined;
  return { ...def, ...positional(def.pattern), start, prefix };
}

const NGINX_LEVELS = 'debug|info|notice|warn|error|crit|alert|emerg';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const ISO_TIME = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})';
const SYSLOG_TAG = '(?<hostname>[^\\s:]+) (?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?: ';

const re = (source: string) => new RegExp(source);

/** Prefixes written by the tool that collected the line, not by the software that wrote it. */
const ENVELOPE_LIST: LayoutDef[] = [
  // `docker compose up`: `nginx_1   | ` (v1) or `nginx-1  | ` (v2).
  { format: 'docker', wrapper: 'docker-compose', pattern: re('^(?<container>[\\w.-]+) *\\| '), needs: '| ' },
  // `docker logs --timestamps` / `kubectl logs --timestamps`: RFC 3339 with nanoseconds.
  { format: 'docker', wrapper: 'docker-timestamps', pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z) ') },
  // RFC 5424: `<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3"] msg`.
  {
    format: 'syslog',
    wrapper: 'rfc5424',
    pattern: re(
      '^<(?<priority>\\d{1,3})>1 (?<timestamp>\\S+) (?<hostname>\\S+) (?<program>\\S+) (?<pid>\\S+) (?<msgid>\\S+) (?:-|\\[[^\\]]*\\](?:\\[[^\\]]*\\])?) ?',
    ),
  },
  // RFC 3164 / journalctl short: `Nov 25 10:01:02 host prog[pid]: `; `-o short-precise` adds microseconds.
  {
    format: 'syslog',
    wrapper: 'syslog',
    pattern: re(`^(?:<(?<priority>\\d{1,3})>)?(?<timestamp>${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}(?<precise>\\.\\d{6})?) ${SYSLOG_TAG}`),
    first: '<JFMASOND', // `<PRI>` or a month name
  },
  // rsyslog RFC 3339 and `journalctl -o short-iso`: `2026-11-25T10:01:02+0000 host prog[pid]: `.
  { format: 'syslog', wrapper: 'syslog', pattern: re(`^(?<timestamp>${ISO_TIME}) ${SYSLOG_TAG}`) },
];

export const ENVELOPES: Layout[] = ENVELOPE_LIST.map(prepare);

/** Layouts of the line itself (or of the message inside an envelope), most specific first. */
const LAYOUT_LIST: LayoutDef[] = [
  // `2026/11/25 10:01:02 [error] 1234#1234: *5 message` (ngx_log_error_core; `*5` only for connections).
  {
    format: 'nginx-error',
    pattern: re(
      `^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}) \\[(?<level>${NGINX_LEVELS})\\] (?<pid>\\d+)#(?<tid>\\d+): (?:\\*(?<connection>\\d+) )?`,
    ),
  },
  // Before the log file is open nginx writes to stderr: `nginx: [emerg] bind() to 0.0.0.0:80 failed (…)`.
  { format: 'nginx-error', pattern: re(`^nginx: \\[(?<level>${NGINX_LEVELS})\\] `), first: 'n' },
  // Lines pasted with the timestamp cut off: `[error] 1046#1046: *2094 …`, `[error] *426 …`.
  {
    format: 'nginx-error',
    pattern: re(`^\\[(?<level>${NGINX_LEVELS})\\] (?=\\d+#\\d+: |\\*\\d+ )(?:(?<pid>\\d+)#(?<tid>\\d+): )?(?:\\*(?<connection>\\d+) )?`),
  },
  // Apache 2.4 `[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] `
  // and 2.2 `[Sat Jun 01 11:23:08 2013] [error] [client 1.2.3.4] `.
  {
    format: 'apache-error',
    pattern: re(
      `^\\[(?<timestamp>${WEEKDAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)? \\d{4})\\] \\[(?:(?<module>[\\w-]*):)?(?<level>[a-z]+\\d?)\\](?: \\[pid (?<pid>\\d+)(?::tid (?<tid>\\d+))?\\])?(?: \\[client (?<client>[^\\]\\s]+)\\])? `,
    ),
  },
  // `dmesg -T`: `[Mon Aug 31 18:23:18 2015] php.bin invoked oom-killer: …`.
  { format: 'kernel', pattern: re(`^\\[(?<timestamp>${WEEKDAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4})\\] `) },
  // `dmesg`: `[  518.050606] Out of memory: Killed process 15784 (python3) …`.
  { format: 'kernel', pattern: re('^\\[ *(?<timestamp>\\d+\\.\\d{6})\\] ') },
  // PHP-FPM master: `[23-Mar-2018 16:51:58] WARNING: [pool www] server reached pm.max_children setting (5)…`.
  {
    format: 'php-fpm',
    pattern: re(
      `^\\[(?<timestamp>\\d{2}-${MONTH}-\\d{4} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)\\] (?<level>DEBUG|NOTICE|WARNING|ERROR|ALERT): (?:\\[pool (?<pool>[^\\]]+)\\] )?`,
    ),
  },
  // PHP's own error log: `[25-Nov-2026 10:01:02 UTC] PHP Fatal error:  Allowed memory size …`.
  {
    format: 'php-fpm',
    pattern: re(
      `^\\[(?<timestamp>\\d{2}-${MONTH}-\\d{4} \\d{2}:\\d{2}:\\d{2}(?: [\\w/+-]+)?)\\] PHP (?<level>Fatal error|Parse error|Warning|Notice|Deprecated):? +`,
    ),
  },
  // PostgreSQL with any log_line_prefix that starts `%m [%p]` or `%t [%p]`: `2020-02-14 17:26:38.505 UTC [62] FATAL:  …`,
  // `2023-01-25 11:47:22 UTC [1547-1] 172.16.105.4(43212) test@3 FATAL:  …`. Two spaces after the level are PostgreSQL's.
  {
    format: 'postgresql',
    pattern: re(
      '^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?: [A-Z]{2,5}| ?[+-]\\d{2}(?::?\\d{2})?)?) \\[(?<pid>\\d+)(?:-\\d+)?\\]:?.*? (?<level>DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|QUERY|CONTEXT|STATEMENT|LOCATION):  ',
    ),
  },
  // Without a prefix (docker-entrypoint output, psql): `FATAL:  password authentication failed for user "root"`.
  { format: 'postgresql', pattern: re('^(?:psql: (?:error: )?)?(?<level>LOG|ERROR|FATAL|PANIC|WARNING|DETAIL|HINT|STATEMENT):  '), first: 'pLEFPWDHS' },
  { format: 'postgresql', pattern: re('^psql: (?:error: )?'), first: 'p' },
  // MySQL 5.7 `2017-12-26T22:25:40.932439Z 0 [Warning] …`, 8.0 `… 0 [ERROR] [MY-010270] [Server] …`,
  // MariaDB `2022-03-10 22:19:56 8 [Warning] …`, 5.5 `160121 16:44:56 [Note] …`.
  {
    format: 'mysql',
    pattern: re(
      '^(?<timestamp>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?|\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}) +(?:(?<tid>\\d+) )?\\[(?<level>Note|Warning|ERROR|Error|System)\\](?: \\[(?<code>MY-\\d{6})\\] \\[(?<subsystem>\\w+)\\])? ',
    ),
    first: '0123456789', // both timestamp forms start with a digit
    needs: '] ',
  },
  // dockerd / containerd (logrus): `time="2018-02-06T18:53:08.568966071Z" level=warning msg="…"`, or `FATA[0002] …`.
  { format: 'docker', pattern: re('^time="(?<timestamp>[^"]*)" level=(?<level>\\w+) msg='), first: 't' },
  { format: 'docker', pattern: re('^(?<level>DEBU|INFO|WARN|ERRO|FATA|PANI)\\[\\d+\\] '), first: 'DIWEFP' },
  // The docker CLI: `docker: Error response from daemon: …`, `Cannot connect to the Docker daemon at …`.
  { format: 'docker', pattern: re('^(?:docker: )?(?:Error response from daemon: |Cannot connect to the Docker daemon|Error starting daemon: )'), first: 'dEC' },
  // klog (kubelet, apiserver): `E1029 13:16:48.471488    4919 pod_workers.go:182] …`.
  {
    format: 'kubernetes',
    pattern: re('^(?<level>[IWEF])(?<timestamp>\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}) +(?<pid>\\d+) (?<source>[\\w.-]+:\\d+)\\] '),

    first: 'IWEF',
  },
  // `kubectl describe` events: `Warning  BackOff  2m (x5 over 3m)  kubelet  Back-off restarting failed container`.
  {
    format: 'kubernetes',
    pattern: re('^(?<level>Normal|Warning) +(?<reason>[A-Za-z]+) +(?<age>\\S+(?: \\(x\\d+ over \\S+\\))?) +(?<source>\\S+) +'),

    first: 'NW',
  },
  // `kubectl get pods`: `web-7d4b9c-x2x 0/1 CrashLoopBackOff 5 (30s ago) 3m`.
  {
    format: 'kubernetes',
    pattern: re('^(?<pod>[a-z0-9][a-z0-9.-]*) +(?<ready>\\d+/\\d+) +(?<status>[A-Za-z:]+) +(?<restarts>\\d+)(?: \\([^)]*\\))? +(?<age>\\d+[smhd]\\w*)$'),
    needs: '/',
  },
  { format: 'kubernetes', pattern: re('^Error from server(?: \\([A-Za-z]+\\))?: '), first: 'E' },
  // Node.js: the V8 OOM line, process warnings `(node:1234) …`, stack frames and built-in JavaScript errors.
  { format: 'nodejs', pattern: re('^FATAL ERROR: '), first: 'F' },
  { format: 'nodejs', pattern: re('^\\(node:(?<pid>\\d+)\\) '), first: '(' },
  { format: 'nodejs', pattern: re('^at .*:\\d+:\\d+\\)?$'), first: 'a' },
  {
    format: 'nodejs',
    pattern: re('^(?:Uncaught )?(?<exception>Error|TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError)(?: \\[(?<code>[A-Z_]+)\\])?: '),

    first: 'UETRSA',
  },
  // Python: tracebacks, gunicorn, logging's defaults and exception lines (`OSError: [Errno 28] …`).
  { format: 'python', pattern: re('^Traceback \\(most recent call last\\):'), first: 'T' },
  { format: 'python', pattern: re('^File "[^"]*", line \\d+'), first: 'F' },
  {
    format: 'python',
    pattern: re('^\\[(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\] \\[(?<pid>\\d+)\\] \\[(?<level>[A-Z]+)\\] '),
  },
  {
    format: 'python',
    pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3})(?: -)? (?<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\\b'),
  },
  { format: 'python', pattern: re('^(?<level>DEBUG|INFO|WARNING|ERROR|CRITICAL):(?<logger>[\\w.]+):'), first: 'DIWEC' },
  {
    format: 'python',
    pattern: re('^(?<exception>[a-z_][\\w.]*\\.[A-Z]\\w*|[A-Z]\\w*(?:Error|Exception|Exit|Interrupt)): '),
    needs: ': ',
  },
];

export const LAYOUTS: Layout[] = LAYOUT_LIST.map(prepare);

// nginx `combined` and Apache `combined`/`common` share one layout; see accessLogFormat for telling them apart.
const ACCESS_LOG = re(
  `^(?<client>\\S+) (?<ident>\\S+) (?<user>\\S+) \\[(?<timestamp>\\d{2}/${MONTH}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\] "(?<request>[^"]*)" (?<status>\\d{3}) (?<bytes>\\d+|-)(?: "(?<referrer>[^"]*)" "(?<agent>[^"]*)")?`,
);

const GENERIC = re(
  '^(?<timestamp>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)(?: +\\[?(?<level>TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRIT|CRITICAL|FATAL|ALERT|EMERG|PANIC)\\b\\]?)?',
);
/** The `+0000` that ends a journalctl short-iso timestamp. */
export const NUMERIC_ZONE = /[+-]\d{4}$/;
const LOGFMT_LEVEL = re('\\blevel=(?<level>[a-z]+)\\b');

/**
 * Tried when no layout matched, each for its own purpose (see readLayout): access lines always hold
 * `] "` between the time and the request, a logfmt level is `level=`.
 */
export const ACCESS: Layout = prepare({ format: null, pattern: ACCESS_LOG, needs: '] "' });
export const GENERIC_TIMESTAMP: Layout = prepare({ format: null, pattern: GENERIC });
export const LOGFMT: Layout = prepare({ format: null, pattern: LOGFMT_LEVEL, needs: 'level=' });

/** The program name in a syslog/journald header says who wrote the message when its text does not. */
function formatOfProgram(program: string): LogFormatId | null {
  const name = program.toLowerCase();
  if (name === 'kernel') return 'kernel';
  if (name === 'systemd' || name.startsWith('systemd-') || name === 'init') return 'journald';
  if (name === 'dockerd' || name === 'docker' || name === 'containerd') return 'docker';
  if (name === 'kubelet' || name.startsWith('kube-') || name === 'k3s') return 'kubernetes';
  if (name.startsWith('postgres') || name === 'postmaster') return 'postgresql';
  if (name.startsWith('mysqld') || name.startsWith('mariadbd')) return 'mysql';
  if (name === 'nginx') return 'nginx-error';
  if (name.includes('php') && name.includes('fpm')) return 'php-fpm';
  if (name === 'httpd' || name === 'apache2') return 'apache-error';
  if (name === 'node') return 'nodejs';
  if (name.startsWith('python') || name === 'gunicorn' || name === 'uwsgi') return 'python';
  return null;
}

/**
 * nginx's `combined` always ends with referrer and user agent and prints 0 bytes as `0`; Apache's `%b`
 * prints `-` for no body, and its `common` format has no referrer or agent. A combined line with a body
 * cannot be told apart; it is reported as nginx, the more common server in the reports we see.
 */
function accessLogFormat(bytes: string | undefined, agent: string | undefined): LogFormatId {
  return bytes === '-' || agent === undefined ? 'apache-access' : 'nginx-access';
}

/** The layouts a line can have, by its first character code (128: any other character, or none). */
function byFirstCharacter(defs: Layout[]): Layout[][] {
  return Array.from({ length: 129 }, (_, code) => defs.filter((def) => def.start === undefined || (code < 128 && def.start(code))));
}

/** The checks that spare most regex runs: the fixed start, then a required text. */
function couldMatch(layout: Layout, text: string): boolean {
  return startsLike(text, layout.prefix) && (layout.needs === undefined || text.includes(layout.needs));
}

const ENVELOPES_BY_FIRST = byFirstCharacter(ENVELOPES);
const LAYOUTS_BY_FIRST = byFirstCharacter(LAYOUTS);

export interface DetectedLayout {
  format: LogFormatId;
  level: Level | null;
  /** Where the message proper starts, after the prefixes the format puts in front of it. */
  messageStart: number;
  /** The ids of the wrappers peeled off the line, outermost first (`['docker-compose', 'syslog']`). */
  wrappers: string[];
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
    const field = layout.fields[i]!;
    if (field !== -1) store.add(field, offset + match.index + at, offset + match.index + cursor);
  }
}

/** Which software wrote `line`, adding the fields its layout carries to `store`. */
export function readLayout(line: string, store: FieldStore): DetectedLayout {
  let offset = 0;
  let rest = line;
  let envelopeFormat: LogFormatId | null = null;
  let program: string | null = null;
  let level: Level | null = null;
  let wrappers = NO_WRAPPERS;

  // A line can carry more than one wrapper (`web_1 | 2026-…Z Nov 25 … host prog: …`); peel them in turn.
  for (let peeled = 0; peeled < 3; peeled++) {
    let envelope: Layout | undefined;
    let match: RegExpExecArray | null = null;
    const firstCode = rest.charCodeAt(0);
    for (const def of ENVELOPES_BY_FIRST[firstCode < 128 ? firstCode : 128]!) {
      if (!couldMatch(def, rest)) continue;
      match = def.search.exec(rest);
      if (match) {
        envelope = def;
        break;
      }
    }
    if (!envelope || !match) break;
    collectFields(match, envelope, offset, store);
    program = groupOf(match, envelope, 'program') || program;
    level = levelFromPriority(groupOf(match, envelope, 'priority')) ?? level;
    // journalctl's short-precise and short-iso outputs are the journal's, not a syslog daemon's.
    const journal = groupOf(match, envelope, 'precise') !== undefined || NUMERIC_ZONE.test(groupOf(match, envelope, 'timestamp') ?? '');
    envelopeFormat = journal ? 'journald' : (envelopeFormat ?? envelope.format);
    const wrapper = journal ? 'journald' : envelope.wrapper!;
    wrappers = wrappers === NO_WRAPPERS ? [wrapper] : [...wrappers, wrapper];
    offset += match[0].length;
    rest = line.slice(offset);
  }

  // Most layouts can only start with a digit, with `[` or with a fixed word: only those that can are tried.
  const first = rest.charCodeAt(0);
  for (const layout of LAYOUTS_BY_FIRST[first < 128 ? first : 128]!) {
    if (!couldMatch(layout, rest)) continue;
    const match = layout.search.exec(rest);
    if (!match) continue;
    collectFields(match, layout, offset, store);
    return {
      format: layout.format!,
      level: normaliseLevel(groupOf(match, layout, 'level')) ?? level,
      messageStart: offset + match[0].length,
      wrappers,
    };
  }

  const access = couldMatch(ACCESS, rest) ? ACCESS.search.exec(rest) : null;
  if (access) {
    collectFields(access, ACCESS, offset, store);
    const status = Number(groupOf(access, ACCESS, 'status'));
    return {
      format: accessLogFormat(groupOf(access, ACCESS, 'bytes'), groupOf(access, ACCESS, 'agent')),
      level: status >= 500 ? 'error' : status >= 400 ? 'warning' : 'info',
      messageStart: offset,
      wrappers,
    };
  }

  const format = (program ? formatOfProgram(program) : null) ?? envelopeFormat ?? 'generic';
  let messageStart = offset;
  const generic = couldMatch(GENERIC_TIMESTAMP, rest) ? GENERIC_TIMESTAMP.search.exec(rest) : null;
  if (generic) {
    collectFields(generic, GENERIC_TIMESTAMP, offset, store);
    level = normaliseLevel(groupOf(generic, GENERIC_TIMESTAMP, 'level')) ?? level;
    messageStart = offset + generic[0].length;
  }
  if (level === null) {
    const logfmt = couldMatch(LOGFMT, rest) ? LOGFMT.search.exec(rest) : null;
    if (logfmt) {
      collectFields(logfmt, LOGFMT, offset, store);
      level = normaliseLevel(groupOf(logfmt, LOGFMT, 'level'));
    }
  }
  return { format, level, messageStart, wrappers };
}
