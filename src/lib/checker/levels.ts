/** Maps the severity words, letters and numbers formats print onto one scale. */
import type { LevelReading } from './formats/types.ts';
import type { Level } from './types.ts';

const LEVELS: Record<string, Level> = {
  debug: 'debug',
  debu: 'debug',
  trace: 'debug',
  d: 'debug',
  verbose: 'debug',
  info: 'info',
  information: 'info',
  note: 'info',
  log: 'info',
  normal: 'info',
  system: 'info',
  i: 'info',
  notice: 'notice',
  warn: 'warning',
  warning: 'warning',
  w: 'warning',
  err: 'error',
  error: 'error',
  erro: 'error',
  e: 'error',
  crit: 'critical',
  critical: 'critical',
  fatal: 'critical',
  fata: 'critical',
  panic: 'critical',
  pani: 'critical',
  // zap's DPanic: a panic in development builds, an error-level entry in production ones.
  dpanic: 'error',
  f: 'critical',
  'fatal error': 'critical',
  'parse error': 'error',
  alert: 'alert',
  emerg: 'emergency',
  emergency: 'emergency',
};

/** syslog PRI severities 0..7 (RFC 5424 §6.2.1). */
const SYSLOG_SEVERITY: Level[] = ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug'];

export function normaliseLevel(word: string | undefined): Level | null {
  return word ? levelOfKey(word.toLowerCase()) : null;
}

/** A lower-cased level word's level; numbered debug levels (`debug2`, Apache's `trace1`…`trace8`) are debug. */
function levelOfKey(key: string): Level | null {
  return LEVELS[key] ?? (key.startsWith('debug') || key.startsWith('trace') ? 'debug' : null);
}

export function levelFromPriority(pri: string | undefined): Level | null {
  if (pri === undefined) return null;
  return SYSLOG_SEVERITY[Number(pri) % 8] ?? null;
}

/** pino and bunyan: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal. */
function levelFromNumber(value: number): Level | null {
  if (value >= 60) return 'critical';
  if (value >= 50) return 'error';
  if (value >= 40) return 'warning';
  if (value >= 30) return 'info';
  return value >= 0 ? 'debug' : null;
}

/** An access line's status: 5xx an error, 4xx a warning, anything else (and `-1`, no response) information. */
function levelFromStatus(value: number): Level {
  return value >= 500 ? 'error' : value >= 400 ? 'warning' : 'info';
}

const isNumber = (value: string) => value !== '' && !Number.isNaN(Number(value));

/** A level value as `reading` says to read it (formats/types.ts); words when it says nothing. */
export function readLevel(value: string | undefined, reading: LevelReading | undefined): Level | null {
  if (!value) return null;
  switch (reading?.scale) {
    case 'syslog-priority':
      if (isNumber(value)) return levelFromPriority(value);
      break;
    case 'numeric':
      if (isNumber(value)) return levelFromNumber(Number(value));
      break;
    case 'http-status':
      return isNumber(value) ? levelFromStatus(Number(value)) : null;
  }
  const key = value.toLowerCase();
  return reading?.words?.[key] ?? levelOfKey(key);
}
