/**
 * Whether a search query is a whole pasted log line rather than an error message. A line carries
 * parts no article contains — a timestamp, a client IP, nginx's `1234#0:` and `*5`, syslog's
 * `prog[1234]:`, a `[level]` marker — and Pagefind finds nothing for them, so such a query is
 * reduced to its meaningful words (the checker's own normaliser) before searching.
 */
const LOG_LINE_MARKS: RegExp[] = [
  // 2026/11/25 10:00:00, 2026-11-25T10:00:00Z, 25/Nov/2026:10:00:00, Nov 25 10:00:00
  /(?<!\d)\d{4}[-/]\d{2}[-/]\d{2}(?!\d)/,
  /(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)/,
  /\b\d{2}\/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/\d{4}\b/,
  // Client addresses.
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/,
  // nginx `pid#tid:` and `*connection`.
  /\b\d+#\d+:/,
  /(?:^|\s)\*\d+\s/,
  // syslog `sshd[1234]:` and dmesg `[ 1234.567890]`.
  /\w\[\d+\]:/,
  /\[\s*\d+\.\d+\]/,
  // `[error]`, `[crit]`, Apache `[proxy_fcgi:error]`.
  /\[(?:\w+:)?(?:debug|info|notice|warn|warning|error|crit|alert|emerg)\]/i,
];

export function looksLikeLogLine(query: string): boolean {
  return LOG_LINE_MARKS.some((mark) => mark.test(query));
}
