/**
 * The words of a log line worth typing into a search box. Search indexes match words, and a raw line is
 * mostly noise to them (a timestamp, `1234#0`, `*5`, a client IP): drop what changes from one line to the
 * next and keep the wording the software always prints.
 */
import { FieldStore } from './field-store.ts';
import { readLayout } from './formats/detect.ts';

/** Volatile tokens, most specific first so an IP:port is removed before its parts look like numbers. */
export const VOLATILE: RegExp[] = [
  // nginx puts the request's context after the message: `, client: 1.2.3.4, server: …, request: "…"`.
  /, client: .*/,
  // URLs: scheme, host, path and query all vary per site. A bounded scheme keeps the search linear
  // (recheck finds an unbounded one quadratic on a long word without `://`).
  /\b[a-z][a-z0-9+.-]{0,15}:\/\/\S*/gi,
  // ISO 8601 / RFC 3339 / nginx / MySQL / PostgreSQL dates and times.
  /\b\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  // syslog and Apache `Nov 25 10:01:02`, PHP-FPM `25-Nov-2026`, access log `25/Nov/2026:10:01:02 +0000`.
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g,
  /\b\d{2}[-/](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[-/]\d{4}(?::\d{2}:\d{2}:\d{2})?(?: [+-]\d{4})?/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g,
  // UUIDs and IPv6 before IPv4 and hex, because they contain both.
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\[?(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\]?(?::\d+)?/gi,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
  // Sizes and durations: `total-vm:123kB`, `(1.002 sec)`.
  /\b\d+(?:\.\d+)?(?:[kKMGT]i?B|ms|s|sec)\b/g,
  // nginx `pid#tid:` and `*connection`, syslog `prog[pid]`, dmesg `[ 1234.567890]`.
  /\b\d+#\d+:?/g,
  /\*\d+\b/g,
  /\[\s*\d+(?:\.\d+)?\]/g,
  // Hex ids: 0x addresses, container ids and hashes (at least 8 hex digits with a digit among them).
  /\b0x[0-9a-f]+\b/gi,
  /\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi,
  // A path keeps only its last part: directories vary per machine, the file name often names the software.
  /(?:\/[\w.@%+-]+)+\/(?=[\w.@%+-])/g,
];

/** The level words that every format prints; they say nothing about which error it is. */
export const LEVEL_MARKER = /\[(?:debug|info|notice|warn|warning|error|crit|alert|emerg)\]/gi;

const MAX_WORDS = 16;

/** What separates words, and what is only a number or a version. */
export const WORD_SEPARATOR = /[^\p{L}\p{N}_.-]+/u;
export const NUMBER_LIKE = /^[\d._-]+$/;

const isEdgePunctuation = (code: number) => code === 46 || code === 95 || code === 45; // . _ -

/** `refused).` → `refused`. A loop, not `/^[._-]+|[._-]+$/`, whose search recheck finds quadratic. */
function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && isEdgePunctuation(word.charCodeAt(start))) start++;
  while (end > start && isEdgePunctuation(word.charCodeAt(end - 1))) end--;
  return word.slice(start, end);
}

/** The words to search for; the prefix the log format puts before the message (host, program) is dropped. */
export function meaningfulWords(line: string): string[] {
  const bounded = line.slice(0, 4096).trim();
  let text = bounded.slice(readLayout(bounded, new FieldStore()).messageStart).replace(LEVEL_MARKER, ' ');
  for (const pattern of VOLATILE) text = text.replace(pattern, ' ');
  const words: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(WORD_SEPARATOR)) {
    const word = trimPunctuation(raw);
    if (word.length < 2 || NUMBER_LIKE.test(word)) continue;
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}
