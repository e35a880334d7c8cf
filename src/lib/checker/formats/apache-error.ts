import type { FormatDefinition, Sample } from './types.ts';
import { DATE, MONTH, re, TIME, WEEKDAY } from './fragments.ts';

/** `Fri Sep 09 10:42:29.902022 2011` (2.2 prints no fraction). */
const CTIME_STAMP = `${WEEKDAY} ${MONTH} [ \\d]\\d ${TIME}(?:\\.\\d+)? \\d{4}`;
/** `2025-07-22 15:45:51.323610 +0200` */
const ISO_STAMP = `${DATE} ${TIME}(?:\\.\\d+)?(?: [+-]\\d{4})?`;
/** `core:error`, `:error`, `error` (2.2) */
const MODULE_LEVEL = '(?:(?<module>[\\w-]*):)?(?<level>[a-z]+\\d?)';
/** ` [pid 35708:tid 4328636416]` */
const PID_TID = '(?: \\[pid (?<pid>\\d+)(?::tid (?<tid>\\d+))?\\])?';
/** ` [client 72.15.99.187]` */
const CLIENT = '(?: \\[client (?<client>[^\\]\\s]+)\\])?';

export const apacheError: FormatDefinition = {
  id: 'apache-error',
  program: /^(?:httpd|apache2?)$/,
  layouts: [
    // 2.4 `[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] `,
    // 2.2 `[Sat Jun 01 11:23:08 2013] [error] [client 1.2.3.4] `, and 2.4 with an ISO `ErrorLogFormat`
    // (`[%{cu}t]`: `[2025-07-22 15:45:51.323610 +0200] [core:notice] [pid 1:tid 1399…] `).
    {
      pattern: re(`^\\[(?<timestamp>${CTIME_STAMP}|${ISO_STAMP})\\] \\[${MODULE_LEVEL}\\]${PID_TID}${CLIENT} `),
    },
    // Startup messages on stderr carry only their AH code: `AH00558: apache2: Could not reliably determine …`.
    { pattern: re('^(?<code>AH\\d{5}): '), first: 'A' },
  ],
};

export const samples: Sample[] = [
  {
    line:
      '[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client ' +
      '72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico',
    source: 'https://github.com/log2timeline/plaso/issues/4205',
    format: 'apache-error',
    level: 'error',
    fields: { timestamp: 'Fri Sep 09 10:42:29.902022 2011', module: 'core', pid: '35708', tid: '4328636416', client: '72.15.99.187' },
  },
  {
    line:
      '[Sun Aug 28 01:55:21.359869 2016] [:error] [pid 22622] [client 83.251.237.86:54625] ' +
      "script '/var/www/wp-login.php' not found or unable to stat",
    source: 'https://github.com/fail2ban/fail2ban/issues/1527',
    format: 'apache-error',
    level: 'error',
    fields: { pid: '22622', client: '83.251.237.86:54625' },
  },
  {
    line:
      '[Sat Jul 01 09:42:55.377055 2017] [core:error] [pid 18977:tid 140379560892544] ' +
      '(2)No such file or directory: AH00095: failed to remove PID file /run/apache2/httpd.pid',
    source: 'https://github.com/engintron/engintron/issues/575',
    format: 'apache-error',
    level: 'error',
    fields: { module: 'core', pid: '18977' },
  },
  // `LogLevel rewrite:trace3`: the trace levels are below debug.
  {
    line:
      '[Sun Jun 03 03:23:06.313724 2018] [rewrite:trace1] [pid 80300] mod_rewrite.c(482): [client 192.168.15.2:39901] ' +
      '192.168.15.2 - - [goatdaddy.net/sid#802529a08][rid#8080a5908/initial/redir#2] [perdir /home/goatdaddy/www/] ' +
      'pass through /home/goatdaddy/www/index.php',
    source: 'https://github.com/friendica/friendica/issues/5165',
    format: 'apache-error',
    level: 'debug',
    fields: { module: 'rewrite', pid: '80300' },
  },
];
