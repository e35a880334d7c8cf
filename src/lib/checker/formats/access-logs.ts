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

export const APACHE_ACCESS: LayoutDef = {
  pattern: re(`${HEAD}(?<bytes>\\d+|-)(?: "(?<referrer>[^"]*)" "(?<agent>[^"]*)")?`),
  needs: '] "',
};
