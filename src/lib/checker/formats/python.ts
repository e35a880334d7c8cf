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
