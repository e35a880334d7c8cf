/**
 * Reads the timestamp texts log formats print into milliseconds since the epoch, so lines of different
 * software (nginx, syslog, ISO 8601, Apache, access logs …) land on one time axis. A time without a
 * zone is read as UTC: the paste gives no better reference, and lines of one host still line up.
 * Formats without a year (syslog, klog) take the year the caller passes (from other lines, or now).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NUMBER = new Map(MONTHS.map((name, index) => [name, index]));

// Each reader is anchored and has no repetition that could give text back, so all stay linear.
// `2026-11-25T10:01:02.123+01:00`, `2026-11-25 10:01:02,123`, `2026/11/25 10:01:02` (nginx).
const ISO_LIKE = /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(?: ?(Z|[+-]\d{2}:?\d{2}|UTC|GMT))?/;
// Syslog and Redis: `Nov 25 10:01:02`, `Nov  5 10:01:02.123456`, `08 Apr 2024 10:00:00.000`.
const MONTH_DAY = /^(?:[A-Z][a-z]{2} )?([A-Z][a-z]{2}) {1,2}(\d{1,2}) (?:(\d{4}) )?(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?: (\d{4}))?/;
const DAY_MONTH = /^(\d{2})[ -/]([A-Z][a-z]{2})[ -/](\d{4})[ :](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?: ([+-]\d{4}))?/;
// klog `1029 13:16:48.471488` (MMDD) and MySQL 5.5 `161209 14:18:50` (YYMMDD).
const COMPACT_DATE = /^(\d{4}|\d{6}) {1,2}(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
// Epoch numbers in JSON logs: seconds (pino's `time` is ms, journald's __REALTIME_TIMESTAMP µs).
const EPOCH = /^\d{9,16}(?:\.\d+)?$/;

function fraction(digits: string | undefined): number {
  return digits ? Number(digits.slice(0, 3).padEnd(3, '0')) : 0;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function utc(
  year: number,
  month: number,
  day: number,
  hours: string,
  minutes: string,
  seconds: string,
  ms: number,
  offset = 0,
): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month, day, Number(hours), Number(minutes), Number(seconds)) + ms - offset * 60_000;
  return Number.isFinite(time) ? time : null;
}

/** The year of `time` (ms), for formats that print none. */
export function yearOf(time: number): number {
  return new Date(time).getUTCFullYear();
}

/**
 * Milliseconds since the epoch for a timestamp field as the formats print it, or null for text that is
 * not an absolute time (e.g. dmesg's seconds since boot).
 */
export function parseTimestamp(text: string, yearIfMissing: number): number | null {
  const value = text.trim();
  let m = ISO_LIKE.exec(value);
  if (m) {
    return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4]!, m[5]!, m[6]!, fraction(m[7]), zoneOffsetMinutes(m[8]));
  }
  m = MONTH_DAY.exec(value);
  if (m) {
    const month = MONTH_NUMBER.get(m[1]!);
    const year = Number(m[3] ?? m[8] ?? yearIfMissing);
    return month === undefined ? null : utc(year, month, Number(m[2]), m[4]!, m[5]!, m[6]!, fraction(m[7]));
  }
  m = DAY_MONTH.exec(value);
  if (m) {
    const month = MONTH_NUMBER.get(m[2]!);
    return month === undefined
      ? null
      : utc(Number(m[3]), month, Number(m[1]), m[4]!, m[5]!, m[6]!, fraction(m[7]), zoneOffsetMinutes(m[8]));
  }
  m = COMPACT_DATE.exec(value);
  if (m) {
    const date = m[1]!;
    const ms = fraction(m[5]);
    if (date.length === 4) return utc(yearIfMissing, Number(date.slice(0, 2)) - 1, Number(date.slice(2)), m[2]!, m[3]!, m[4]!, ms);
    return utc(2000 + Number(date.slice(0, 2)), Number(date.slice(2, 4)) - 1, Number(date.slice(4)), m[2]!, m[3]!, m[4]!, ms);
  }
  if (EPOCH.test(value)) {
    const number = Number(value);
    const digits = Math.floor(number).toString().length;
    // 10 digits: seconds; 13: milliseconds; 16: microseconds (until the year 2286).
    return digits <= 10 ? number * 1000 : digits <= 13 ? number : number / 1000;
  }
  return null;
}

/** The regexes above, for the engine's linear-time test. */
export const TIMESTAMP_READERS = [ISO_LIKE, MONTH_DAY, DAY_MONTH, COMPACT_DATE, EPOCH];
