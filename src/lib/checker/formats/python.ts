import type { FormatDefinition, Sample } from './types.ts';
import { DATE, re, TIME } from './fragments.ts';

const LEVELS = 'DEBUG|INFO|WARNING|ERROR|CRITICAL';

export const python: FormatDefinition = {
  id: 'python',
  program: /^(?:python|gunicorn|uwsgi)/,
  layouts: [
    // What logging prints when a handler fails, before the traceback (Lib/logging/__init__.py, Handler.handleError);
    // a copy in a bug report can lose a dash (`-- Logging error ---`, spacetelescope/jwql#751).
    { pattern: re('^---? Logging error ---$'), first: '-', opensRecord: true },
    // Tracebacks.
    { pattern: re('^Traceback \\(most recent call last\\):'), first: 'T', continuesRecord: true },
    { pattern: re('^File "[^"]*", line \\d+'), first: 'F', continuesRecord: true },
    // gunicorn: `[2024-04-08 10:00:00 +0000] [7] [ERROR] Worker (pid:8) was sent SIGKILL!`.
    { pattern: re(`^\\[(?<timestamp>${DATE} ${TIME} [+-]\\d{4})\\] \\[(?<pid>\\d+)\\] \\[(?<level>[A-Z]+)\\] `) },
    // gunicorn before 19: `2012-05-20 16:39:46 [23845] [INFO] Starting gunicorn 0.14.3`.
    { pattern: re(`^(?<timestamp>${DATE} ${TIME}) \\[(?<pid>\\d+)\\] \\[(?<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\\] `) },
    // uWSGI's request log (core/logging.c, its default `log-format`), one line per request, the status in
    // `(HTTP/1.1 500)`: `[pid: 24|app: 0|req: 112/112] 172.18.0.34 () {58 vars in 1233 bytes} [Sun Apr 26
    // 02:03:10 2020] GET /notification/… => generated 0 bytes in 0 msecs (HTTP/1.1 500) 0 headers in 0 bytes …`.
    {
      pattern: re(
        '^\\[pid: (?<pid>\\d+)\\|app: -?\\d+\\|req: -?\\d+/\\d+\\] (?<client>\\S+) \\((?<user>[^)]*)\\) \\{\\d+ vars in \\d+ bytes\\} ' +
          '\\[(?<timestamp>[^\\]]*)\\] (?<method>[A-Z]+) (?<path>\\S+) => generated \\d+ bytes in \\d+ (?:msecs|micros) ' +
          '(?:\\(via [a-z]+\\) )?\\((?<protocol>[A-Z]+/[\\d.]+) (?<status>\\d{3})\\)',
      ),
      level: { group: 'status', scale: 'http-status' },
      first: '[',
      needs: ' => generated ',
    },
    // OpenStack's oslo.log: `2016-02-02 12:34:56.789 1234 ERROR nova.compute.manager [req-…] …`. A logged
    // exception repeats the prefix on each line of its traceback, older releases with TRACE in place of
    // the level: `2013-05-13 15:59:38.717 3014 TRACE nova.compute.manager [instance: …]`.
    {
      pattern: re(`^(?<timestamp>${DATE} ${TIME}\\.\\d{3}) (?<pid>\\d+) (?<level>${LEVELS}|TRACE|AUDIT) (?<logger>[\\w.]+) `),
      level: { words: { trace: 'error', audit: 'info' } },
      repeatsPrefix: true,
    },
    // oslo.log under systemd leaves the time and pid to the journal: `DEBUG oslo_concurrency.lockutils [None req-…] …`.
    { pattern: re(`^(?<level>${LEVELS}|TRACE|AUDIT) (?<logger>[a-z_]\\w*(?:\\.\\w+)+) \\[`), first: 'DIWECTA', needs: ' [' },
    // `%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s %(message)s`, fail2ban's own log (server.py), with
    // its extra levels (NOTICE, MSG, TRACE, HEAVY): `2024-04-12 21:10:06,234 fail2ban.configreader   [59330]: WARNING …`.
    {
      pattern: re(
        `^(?<timestamp>${DATE} ${TIME},\\d{3}) (?<logger>[\\w.]+) *\\[(?<pid>\\d+)\\]: (?<level>${LEVELS}|NOTICE|MSG|TRACE|HEAVY)\\b`,
      ),
      level: { words: { msg: 'info', heavy: 'debug' } },
      needs: ']: ',
    },
    // logging with `%(asctime)s`: `2005-03-19 15:10:26,618 - simple_example - DEBUG - debug message` (the
    // HOWTO's), `2024-04-08 10:00:00,123 ERROR …`.
    { pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3}) - (?<logger>[^\\s]+) - (?<level>${LEVELS}) - `) },
    { pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3})(?: -)? (?<level>${LEVELS})\\b`) },
    // `%(asctime)s:%(levelname)s:%(name)s:` (certbot's debug log): `2023-12-13 11:56:17,066:DEBUG:acme.client:Received response:`.
    { pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3}):(?<level>${LEVELS}):(?<logger>[\\w.]+):`) },
    // `%(asctime)s %(name)s: %(levelname)s: `: `2012-05-13T17:14:00.411 requests.packages.urllib3.connectionpool: INFO: …`.
    { pattern: re(`^(?<timestamp>${DATE}T${TIME}\\.\\d{3}) (?<logger>[\\w.]+): (?<level>${LEVELS}): `) },
    // logging's default format: `WARNING:root:Watch out!`.
    { pattern: re(`^(?<level>${LEVELS}):(?<logger>[\\w.]+):`), first: 'DIWEC' },
    // Exception lines: `OSError: [Errno 28] No space left on device`, `requests.exceptions.ConnectionError: …`.
    {
      pattern: re('^(?<exception>[a-z_][\\w.]*\\.[A-Z]\\w*|[A-Z]\\w*(?:Error|Exception|Exit|Interrupt)): '),
      needs: ': ',
      continuesRecord: true,
    },
  ],
};

export const samples: Sample[] = [
  {
    line:
      "2024-04-12 21:10:06,234 fail2ban.configreader   [59330]: WARNING 'allowipv6' not defined in 'Definition'. " +
      "Using default one: 'auto'",
    source: 'https://github.com/fail2ban/fail2ban/issues/3721',
    format: 'python',
    level: 'warning',
    fields: { timestamp: '2024-04-12 21:10:06,234', logger: 'fail2ban.configreader', pid: '59330' },
  },
  {
    line: '2021-02-06 16:59:44,752 fail2ban.filterpoll     [22435]: DEBUG   /tmp/auth.log has been modified',
    source: 'https://github.com/fail2ban/fail2ban/issues/2929',
    format: 'python',
    level: 'debug',
    fields: { logger: 'fail2ban.filterpoll', pid: '22435' },
  },
  {
    line:
      '[pid: 24|app: 0|req: 112/112] 172.18.0.34 () {58 vars in 1233 bytes} [Sun Apr 26 02:03:10 2020] ' +
      'GET /notification/socket-io/?EIO=3&transport=websocket => generated 0 bytes in 0 msecs (HTTP/1.1 500) ' +
      '0 headers in 0 bytes (4 switches on core 999)',
    source: 'https://github.com/unbit/uwsgi/issues/2155',
    format: 'python',
    level: 'error',
    fields: { pid: '24', client: '172.18.0.34', timestamp: 'Sun Apr 26 02:03:10 2020', method: 'GET', status: '500' },
  },
  {
    line:
      '[pid: 249|app: -1|req: -1/21239] 127.0.0.1 () {52 vars in 1617 bytes} [Fri May 31 08:27:25 2019] ' +
      'GET /audit/label/industry/detail/ad/?useCommonErrorHandler=0&ad_id=1635035019024389&_t=1559291234 ' +
      '=> generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)',
    source: 'https://github.com/unbit/uwsgi/issues/2025',
    format: 'python',
    level: 'error',
    fields: { pid: '249', status: '500' },
  },
  {
    line:
      'Sep 05 09:02:03 leg-004 devstack@n-api.service[15067]: [pid: 15083|app: 0|req: 73/148] 85.10.193.66 () ' +
      '{60 vars in 1168 bytes} [Tue Sep  5 09:02:03 2017] GET /compute/v2.1 => generated 0 bytes in 25 msecs ' +
      '(HTTP/1.1 302) 5 headers in 256 bytes (0 switches on core 0)',
    source: 'https://github.com/lxc/lxc/issues/1786',
    format: 'python',
    level: 'info',
    wrappers: ['syslog'],
    fields: { program: 'devstack@n-api.service', status: '302' },
  },
  {
    line: '-- Logging error ---',
    source: 'https://github.com/spacetelescope/jwql/issues/751',
    format: 'python',
    level: null,
  },
  {
    line: 'OSError: [Errno 28] No space left on device',
    source: 'https://github.com/conjure-up/conjure-up/issues/963',
    format: 'python',
    level: null,
    fields: { exception: 'OSError' },
  },
  {
    line: 'Traceback (most recent call last):',
    source: 'https://github.com/ungleich/cdist/issues/331',
    format: 'python',
    level: null,
  },
  {
    line: '2003-07-08 16:49:45,896 ERROR We have a problem',
    source: 'https://docs.python.org/2.3/lib/node304.html',
    format: 'python',
    level: 'error',
    fields: { timestamp: '2003-07-08 16:49:45,896' },
  },
  {
    line: 'WARNING:root:A shot across the bows',
    source: 'https://docs.python.org/2.5/lib/node406.html',
    format: 'python',
    level: 'warning',
    fields: { logger: 'root' },
  },
  {
    line: '2012-05-20 16:39:46 [23845] [INFO] Starting gunicorn 0.14.3',
    source: 'https://github.com/benoitc/gunicorn/issues/351',
    format: 'python',
    level: 'info',
  },
  {
    line: '2023-12-13 11:56:17,066:DEBUG:acme.client:Received response:',
    source: 'https://github.com/Mailu/Mailu/issues/3091',
    format: 'python',
    level: 'debug',
  },
  {
    line: '2012-05-13T17:14:00.411 requests.packages.urllib3.connectionpool: INFO: Starting new HTTPS connection (1): graph.facebook.com',
    source: 'https://github.com/urllib3/urllib3/pull/71',
    format: 'python',
    level: 'info',
  },
  {
    line:
      'Sep 05 09:02:08 leg-004 nova-compute[15144]: DEBUG oslo_concurrency.lockutils ' +
      '[None req-c8cd4884-6858-4438-ab57-07ac3adeefbe admin admin] Lock "compute_resources" ' +
      'released by "nova.compute.resource_tracker.update_usage" :: held 0.147s {{(pid=15144) ' +
      'inner /usr/local/lib/python2.7/dist-packages/oslo_concurrency/lockutils.py:282}}',
    source: 'https://github.com/lxc/lxc/issues/1786',
    format: 'python',
    level: 'debug',
    wrappers: ['syslog'],
    fields: { program: 'nova-compute', logger: 'oslo_concurrency.lockutils' },
  },
];
