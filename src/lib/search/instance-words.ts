/**
 * Takes the reader's own names out of a query before it is searched. Readers paste an error as their
 * system printed it: `EACCES: permission denied, open '/var/www/app/logs/app.log'`, `password
 * authentication failed for user "alice"`. No article contains their paths, addresses, host, unit or
 * pod names, and Pagefind needs every word of a query on one page, so one such word hides the article.
 *
 * Only shapes that are clearly one installation's own are removed here; other words no article
 * contains are dropped later by asking the index (lenient-search.ts). Every pattern is a single
 * pass without nested repetition, so the cost stays linear in the query.
 */
export interface StrippedQuery {
  /** The query with those words taken out (a unit name keeps its type: `myworker.service` → `service`). */
  text: string;
  /** What was taken out, as the reader typed it (quotes removed), in query order, without repeats. */
  ignored: string[];
  /**
   * The quoted identifiers among them, except paths: often the reader's own (`"alice"`), sometimes the
   * program's (`env: ‘bash\r’: No such file or directory`), so the search may still look them up alone.
   */
  quoted: string[];
  /**
   * The words kept in `text` of the reader's names (a unit name's type): searched, since articles use
   * them, but no part of the message, so an error string need not cover them (rank.ts coverageBase).
   */
  kept: string[];
}

/** The type suffixes of systemd unit names; the suffix is a word the articles use, the name is not. */
const UNIT_TYPES = 'service|socket|timer|mount|automount|target|path|scope|slice|device|swap';

/** Endings that make a dotted word a host name rather than `java.lang.Error` or `pm.max_children`. */
const PUBLIC_ENDINGS = 'com|net|org|io|dev|app|ai|co|uk|de|fr|nl|eu|us|info|biz|cloud';
/** Private networks' endings and the reserved ones. */
const PRIVATE_ENDINGS = 'local|localdomain|internal|intranet|lan|home|corp|example|test|invalid|arpa';
const HOST_ENDINGS = `${PUBLIC_ENDINGS}|${PRIVATE_ENDINGS}`;

/** Kubernetes names generated pods from this alphabet (no vowels, no 0, 1 or 3): `web-7d4b9c8f6-xk2lp`. */
const POD_CHARS = '[bcdfghjklmnpqrstvwxz2456789]';

/** Each shape, with what of a match stays in the query (nothing, unless the shape says otherwise). */
interface Shape {
  pattern: RegExp;
  keep?: (match: RegExpExecArray) => { kept: string; ignored: string };
  quoted?: true;
}

const SHAPES: Shape[] = [
  // URLs: http://172.21.0.19:9000/, postgres://app@db/app
  { pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>]+/gi },
  // Unit names keep their type (first: getty@tty1.service is no address): myworker.service → service.
  {
    pattern: new RegExp(`\\b([\\w@:\\\\-]+(?:\\.[\\w@:\\\\-]+)*)\\.(${UNIT_TYPES})\\b`, 'g'),
    keep: (match) => ({ kept: match[2] ?? '', ignored: match[1] ?? '' }),
  },
  // user@host, alice@example.com, git@github.com:org/repo.git
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)*(?::[\w./-]+)?/g },
  // Quoted identifiers without spaces: "alice", 'orders_2024', `my_table`, '/var/www/app/logs/app.log'.
  // With a capital they are the software's own words ('ECONNRESET', "ExitCode", 'ServerName') and stay,
  // unquoted.
  { pattern: /(["'`\u2018\u201c])([^\s"'`\u2018\u2019\u201c\u201d]+)["'`\u2019\u201d]/g, keep: keepIfCapitalised, quoted: true },
  // Absolute, home and relative paths (at a word start, so status=203/EXEC stays): /var/lib/docker, ~/app, ./run.sh, C:\Users\x
  { pattern: /(?<![\w/])(?:~|\.{1,2})?\/[\w.@%+-]+(?:\/[\w.@%+-]*)*/g },
  { pattern: /\b[a-z]:\\[^\s"'`]+/gi },
  // IPv6, bracketed with a port or bare with `::` or at least three colons: [2001:db8::1]:8443, fe80::1%eth0
  { pattern: /\[[0-9a-f:.]*:[0-9a-f:.%\w]*\](?::\d+)?/gi },
  { pattern: /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:%\w+)?(?![\w:])/gi, keep: keepUnlessFewColons },
  // IPv4 with an optional port or prefix: 10.0.0.5:5432, 192.168.1.0/24
  { pattern: /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5}|\/\d{1,2})?\b/g },
  // host:port and host names: db.internal:5432, localhost:3000, api.example.com
  { pattern: /\b[a-z][\w-]*(?:\.[\w-]+)*:\d{2,5}\b/gi },
  { pattern: new RegExp(`\\b(?:[a-z0-9][\\w-]*\\.)+(?:${HOST_ENDINGS})\\b(?![.\\w-])`, 'gi') },
  // Pod names: deployment (name-replicaset-hash-suffix) and daemon-set or job pods (name-suffix).
  { pattern: new RegExp(`\\b[a-z0-9]+(?:-[a-z0-9]+)*?(?:-${POD_CHARS}{6,10})?-${POD_CHARS}{5}\\b(?!-)`, 'g'), keep: keepUnlessNoDigit },
  // Hex ids (container ids, hashes, UUIDs, addresses): 3f4e5d6c7b8a, 0x7ffd4a2c, 123e4567-e89b-12d3-a456-426614174000
  { pattern: /\b0x[0-9a-f]+\b/gi },
  { pattern: /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi },
  { pattern: /\b[0-9a-f]{8,}\b/gi, keep: keepUnlessNoDigitOrLetter },
  // Large numbers (byte counts, inodes, ids); shorter ones may be codes and are left to the index.
  { pattern: /(?<![\w.])\d{6,}(?![\w.])/g },
];

function keepIfCapitalised(match: RegExpExecArray) {
  const word = match[2] ?? '';
  return /\p{Lu}/u.test(word) ? { kept: word, ignored: '' } : { kept: '', ignored: word };
}

/** `10:00:00` and `a:b:c` are not addresses: a bare IPv6 needs `::` or four groups. */
function keepUnlessFewColons(match: RegExpExecArray) {
  const text = match[0];
  const address = text.includes('::') || text.split(':').length >= 4;
  return address ? { kept: '', ignored: text } : { kept: text, ignored: '' };
}

/** A generated pod suffix has a digit somewhere (`xk2lp`); `php-fpm` and `max-age` are words. */
function keepUnlessNoDigit(match: RegExpExecArray) {
  const suffix = match[0].slice(match[0].lastIndexOf('-'));
  return /\d/.test(suffix) ? { kept: '', ignored: match[0] } : { kept: match[0], ignored: '' };
}

/** Hex ids mix digits and letters; `deadbeef` may be a word and 12345678 is left to the number shape. */
function keepUnlessNoDigitOrLetter(match: RegExpExecArray) {
  const text = match[0];
  return /\d/.test(text) && /[a-f]/i.test(text) ? { kept: '', ignored: text } : { kept: text, ignored: '' };
}

export function stripInstanceWords(query: string): StrippedQuery {
  let text = query;
  const ignored: string[] = [];
  const quoted: string[] = [];
  const leftovers: string[] = [];
  for (const { pattern, keep, quoted: isQuoted } of SHAPES) {
    // The replacer gets the match and its groups, then the offset and the whole text (no pattern has named groups).
    text = text.replace(pattern, (...args: unknown[]) => {
      const match = Object.assign(args.slice(0, -2) as string[], { index: 0, input: '' }) as unknown as RegExpExecArray;
      const { kept, ignored: word } = keep ? keep(match) : { kept: '', ignored: match[0] };
      if (word) ignored.push(word);
      if (word && isQuoted && !word.includes('/')) quoted.push(word);
      // Only a unit name both takes a word out and keeps one (its type): a leftover of the reader's name.
      if (word && kept) leftovers.push(kept);
      return kept !== '' ? kept : ' ';
    });
  }
  return { text: text.replace(/\s+/g, ' ').trim(), ignored: [...new Set(ignored)], quoted: [...new Set(quoted)], kept: leftovers };
}
