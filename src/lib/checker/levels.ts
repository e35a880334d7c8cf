/** Maps the severity words formats print onto one scale. */
import type { Level } from './types.ts';

const LEVELS: Record<string, Level> = {
  debug: 'debug', debu: 'debug', trace: 'debug', d: 'debug',
  info: 'info', information: 'info', note: 'info', log: 'info', normal: 'info', system: 'info', i: 'info',
  notice: 'notice',
  warn: 'warning', warning: 'warning', w: 'warning',
  err: 'error', error: 'error', erro: 'error', e: 'error',
  crit: 'critical', critical: 'critical', fatal: 'critical', fata: 'critical', panic: 'critical', pani: 'critical', f: 'critical',
  'fatal error': 'critical', 'parse error': 'error',
  alert: 'alert',
  emerg: 'emergency', emergency: 'emergency',
};

/** syslog PRI severities 0..7 (RFC 5424 §6.2.1). */
const SYSLOG_SEVERITY: Level[] = ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug'];

export function normaliseLevel(word: string | undefined): Level | null {
  if (!word) return null;
  const key = word.toLowerCase();
  return LEVELS[key] ?? (key.startsWith('debug') ? 'debug' : null);
}

export function levelFromPriority(pri: string | undefined): Level | null {
  if (pri === undefined) return null;
  return SYSLOG_SEVERITY[Number(pri) % 8] ?? null;
}
