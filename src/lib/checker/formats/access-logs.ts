/**
 * nginx `combined` and Apache `combined`/`common`, with the virtual host in front that Apache's
 * `vhost_combined` (`%v:%p`) and many nginx `log_format`s add. nginx's `combined` always ends with
 * referrer and user agent and prints an empty body as `0`; Apache's `%b` prints `-`, and `common` has no
 * referrer or agent. A combined line with a body cannot be told apart: it is nginx's, the more common
 * server in the reports we see.
 */
import type { LayoutDef, LevelReading } from './types.ts';
import { MONTH, re } from './fragments.ts';

const HEAD =
  `^(?:(?<vhost>[^\\s\\[\\]"]+) (?=\\S+ +\\S+ +\\S+ +\\[))?(?<client>\\S+) +(?<ident>\\S+) +(?<user>\\S+) +` +
  `\\[(?<timestamp>\\d{2}/${MONTH}/\\d{4}[: ]\\d{2}:\\d{2}:\\d{2}(?: [+-]\\d{4})?)\\] "(?<request>[^"]*)" (?<status>\\d{3}) `;

/** The access line's level is its status: 5xx an error, 4xx a warning. */
export const ACCESS_LEVEL: LevelReading = { group: 'status', scale: 'http-status' };

export const NGINX_ACCESS: LayoutDef = {
  pattern: re(`${HEAD}(?<bytes>\\d+) "(?<referrer>[^"]*)" "(?<agent>[^"]*)"`),
  needs: '] "',
};

/**
 * A custom format's end: status, size and at least one quoted field (a line that ends at its size is
 * Apache's `common`, APACHE_ACCESS's). A size of `-` is Apache's `%b` (or Traefik's status and size
 * where the proxy never got them), so those lines are Apache's, as with the standard head.
 */
const LOOSE_TAIL = (statusAndSize: string) => `${statusAndSize} "(?<referrer>[^"]*)"(?: "(?<agent>[^"]*)")?`;
const NUMERIC_SIZE = '(?<status>\\d{3}) (?<bytes>\\d+)';
const DASH_SIZE = '(?<status>\\d{3}|-) (?<bytes>-)';
/** nginx's `combined` from the status on. */
const TAIL = `${NUMERIC_SIZE} "(?<referrer>[^"]*)" "(?<agent>[^"]*)"`;

const TIME = `\\[(?<timestamp>\\d{2}/${MONTH}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\]`;
/** A word before the time (`66.249.79.94`, `-`, `vanlug.bc.ca`), never one that opens a quote or bracket. */
const WORD = '[^\\s\\["]\\S* +';
/**
 * A list of addresses (`10.5.1.2, 199.96.1.1`), quoted (`"%{X-Forwarded-For}i"`) or in `[client …]`. Its characters are
 * spelled out, not `[^"]*`: the recheck automaton proves the narrow form linear and gives up on the wide one.
 */
const ADDRESSES = '[\\d.a-fA-F:, ]*';
const QUOTED_ADDRESSES = `"${ADDRESSES}" +`;
/** Apache's `%D` or `%P` written between the time and the request. */
const NUMBER = '(?: \\d+)?';

/**
 * Lines whose head differs from `client ident user`: other fields before the time
 * (`66.249.79.94 - vanlug.bc.ca vanlug.bc.ca - [24/Nov/2015:…]`, `- - [24/Oct/2022:…]`, a quoted
 * X-Forwarded-For list after the virtual host), or the time first with `[%v:%p] [client %h]` after it; and
 * a number after the time.
 */
function looseHeads(statusAndSize: string): LayoutDef[] {
  const rest = `${NUMBER} "(?<request>[^"]*)" ${LOOSE_TAIL(statusAndSize)}`;
  return [
    { pattern: re(`^(?:${WORD})?(?:${QUOTED_ADDRESSES})?(?:${WORD}){0,6}${TIME}${rest}`), needs: '] ' },
    { pattern: re(`^${TIME}(?: \\[[\\w.-]+:\\d+\\])?(?: \\[client ${ADDRESSES}\\])?${rest}`), needs: '] ' },
  ];
}

/** nginx's loose lines, and a combined line copied from its request on (`GET / HTTP/1.1" 500 595 "-" "Mozilla/5.0 …"`). */
export const LOOSE_ACCESS: LayoutDef[] = [
  ...looseHeads(NUMERIC_SIZE),
  {
    pattern: re(`^(?<request>(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|PROPFIND|CONNECT) \\S+ HTTP/\\d(?:\\.\\d)?)" ${TAIL}`),
    first: 'GHPDOC',
    needs: '" ',
  },
];

/** Apache's loose lines: a size of `-`. */
export const LOOSE_APACHE_ACCESS: LayoutDef[] = looseHeads(DASH_SIZE);

export const APACHE_ACCESS: LayoutDef = {
  pattern: re(`${HEAD}(?<bytes>\\d+|-)(?: "(?<referrer>[^"]*)" "(?<agent>[^"]*)")?`),
  needs: '] "',
};
