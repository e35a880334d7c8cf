/**
 * Tier 2: the system error a line names when no article pattern explains it, and the link to its hub
 * article (an article whose `fallback:` block lists the value). In order: the HTTP status of an access
 * line, an errno (errno.ts: by number, symbol or text), then how a process ended (a signal or an exit
 * status). Each search starts with a cheap test, so lines that name none cost little.
 */
import { exitMeaning, findExit, signalName, signalNumber } from './exit-status.ts';
import type { RuleSet } from './rules.ts';
import type { ErrnoInfo, Field, Level, RuleMatch, SystemError, SystemMeanings } from './types.ts';

/** Below warning, a line reports normal operation: it never gets a tier-2 or tier-3 answer. */
export function isQuiet(level: Level | null): boolean {
  return level === 'info' || level === 'notice' || level === 'debug';
}

/** The levels that make a line with no known error an "Unrecognised error" (tier 3). */
export function isErrorLevel(level: Level | null): boolean {
  return level === 'error' || level === 'critical' || level === 'alert' || level === 'emergency';
}

function fromErrno(errno: ErrnoInfo): SystemError {
  return {
    kind: 'errno',
    value: errno.name,
    label: `${errno.name} (${errno.code})`,
    meaning: errno.meaning,
    start: errno.start,
    end: errno.end,
  };
}

/** An error status (4xx, 5xx, or nginx's 000) with its phrase and meaning; null for any other code. */
function httpErrorStatus(code: string, meanings: SystemMeanings): SystemMeanings['httpStatus'][string] | null {
  const known = meanings.httpStatus[code];
  if (known) return known;
  if (code[0] === '4') return { phrase: 'client error', meaning: 'The server refused the request as the client sent it.' };
  if (code[0] === '5')
    return { phrase: 'server error', meaning: 'The server or its upstream failed to handle the request; its error log says why.' };
  return null;
}

/**
 * The system error of one line. `errno` is what findErrno or findErrnoText found; `status` the line's
 * HTTP status field; `searchExit` whether to look for how a process ended. `set` gives the meanings and
 * the hubs: an exit status that only says "failed" (1, 2 …) counts only when an article is its hub.
 */
export function findSystemError(
  set: RuleSet,
  text: string,
  errno: ErrnoInfo | null,
  status: Field | null,
  searchExit: boolean,
): SystemError | null {
  if (status) {
    const entry = httpErrorStatus(status.value, set.meanings);
    if (entry)
      return {
        kind: 'httpStatus',
        value: status.value,
        label: `HTTP ${status.value} ${entry.phrase}`,
        meaning: entry.meaning,
        start: status.start,
        end: status.end,
      };
  }
  if (errno) return fromErrno(errno);
  const exit = searchExit ? findExit(text) : null;
  if (!exit || (exit.generic && !set.fallbacks.exitStatus[String(exit.status)])) return null;
  const value = exit.kind === 'signal' ? signalName(exit.status)! : String(exit.status);
  return { kind: exit.kind, value, label: exit.label, meaning: exitMeaning(exit, set.meanings), start: exit.start, end: exit.end };
}

/**
 * The hub article of a system error, as a tier-2 match; an exit status of 128 + n also finds the hub of
 * signal n, and a signal the hub of its exit status.
 */
export function hubMatch(set: RuleSet, error: SystemError): RuleMatch | null {
  let article = set.fallbacks[error.kind][error.value];
  if (!article && error.kind === 'exitStatus' && Number(error.value) > 128) {
    const name = signalName(Number(error.value) - 128);
    if (name) article = set.fallbacks.signal[name];
  }
  if (!article && error.kind === 'signal') {
    const number = signalNumber(error.value);
    if (number) article = set.fallbacks.exitStatus[String(128 + number)];
  }
  const hub = article ? set.articles[article] : undefined;
  if (!article || !hub) return null;
  return {
    tier: 2,
    article,
    title: hub.title,
    url: hub.url,
    cause: '',
    causeTitle: `${error.label}: ${error.meaning}`,
    pattern: `fallback:${error.kind}:${error.value}`,
    secondary: false,
    // Below every article pattern (their lowest is 0.3): a dedicated article always ranks first.
    confidence: 0.2,
    start: error.start,
    end: error.end,
  };
}
