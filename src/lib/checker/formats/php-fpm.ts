import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, TIME } from './fragments.ts';

const LEVELS = 'DEBUG|NOTICE|WARNING|ERROR|ALERT';
/** `23-Mar-2018` */
const DAY_MONTH_YEAR = `\\d{2}-${MONTH}-\\d{4}`;
/** `[pool www] ` */
const POOL = '\\[pool (?<pool>[^\\]]+)\\] ';

export const phpFpm: FormatDefinition = {
  id: 'php-fpm',
  program: /^php[\d.]*-fpm[\d.]*$/,
  layouts: [
    // PHP-FPM master: `[23-Mar-2018 16:51:58] WARNING: [pool www] server reached pm.max_children setting (5)…`.
    {
      pattern: re(`^\\[(?<timestamp>${DAY_MONTH_YEAR} ${TIME}(?:\\.\\d+)?)\\] (?<level>${LEVELS}): (?:${POOL})?`),
    },
    // The same without the time, as containers print it: `NOTICE: PHP message: PHP Fatal error:  Uncaught Error: …`,
    // `WARNING: [pool www] child 43 said into stderr: …`, and the master's own `NOTICE: fpm is running, pid 1`,
    // `NOTICE: ready to handle connections`, `ALERT: oops, unknown child (31184) exited with code 1. …`.
    {
      pattern: re(`^(?<level>${LEVELS}): (?:PHP message: |${POOL}|fpm is running, pid |ready to handle connections|oops, unknown child )`),
      first: 'DNWEA',
    },
    // Its access log, `access.format` by default `%R - %u %t "%m %r%Q%q" %s`:
    // `172.22.1.10 - admin 05/Mar/2018:12:01:36 +0000 "PROPFIND /remote.php" 207`,
    // `- -  01/Jul/2020:15:34:08 +0000 "GET /index.php" 200`.
    {
      pattern: re(
        `^(?<client>\\S+) - (?<user>\\S*) +(?<timestamp>\\d{2}/${MONTH}/\\d{4}:${TIME} [+-]\\d{4}) "(?<request>[^"]*)" (?<status>\\d{3})$`,
      ),
      level: { group: 'status', scale: 'http-status' },
      needs: ' "',
    },
    // PHP's own error log: `[25-Nov-2026 10:01:02 UTC] PHP Fatal error:  Allowed memory size …`.
    {
      pattern: re(
        `^\\[(?<timestamp>${DAY_MONTH_YEAR} ${TIME}(?: [\\w/+-]+)?)\\] PHP (?<level>Fatal error|Parse error|Warning|Notice|Deprecated):? +`,
      ),
    },
  ],
};

export const samples: Sample[] = [
  {
    line:
      'phpfpm_1         | NOTICE: PHP message: PHP Fatal error:  Uncaught Error: Call ' +
      'to a member function testFatalError() on null in /var/www/html/pub/index.php:11',
    source: 'https://github.com/ModestCoders/dockerfiles/pull/18',
    format: 'php-fpm',
    level: 'notice',
    wrappers: ['docker-compose'],
  },
  {
    line: 'php-fpm-mailcow_1    | 172.22.1.10 - admin 05/Mar/2018:12:01:36 +0000 "PROPFIND /remote.php" 207',
    source: 'https://github.com/mailcow/mailcow-dockerized/issues/1141',
    format: 'php-fpm',
    level: 'info',
    wrappers: ['docker-compose'],
    fields: { client: '172.22.1.10', user: 'admin', status: '207' },
  },
  {
    line: '[13-Jan-2020 02:36:45] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    source: 'https://github.com/Novik/ruTorrent/issues/1987',
    format: 'php-fpm',
    level: 'warning',
    fields: { timestamp: '13-Jan-2020 02:36:45', pool: 'www' },
  },
  {
    line: '[13-Jan-2020 02:34:51] NOTICE: fpm is running, pid 326',
    source: 'https://github.com/Novik/ruTorrent/issues/1987',
    format: 'php-fpm',
    level: 'notice',
    fields: { timestamp: '13-Jan-2020 02:34:51' },
  },
];
