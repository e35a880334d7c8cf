import type { FormatDefinition, Sample } from './types.ts';
import { DATE, re, TIME } from './fragments.ts';

const LEVELS = 'DEBUG|INFO|WARNING|ERROR|CRITICAL';

export const python: FormatDefinition = {
  id: 'python',
  program: /^(?:python|gunicorn|uwsgi)/,
  layouts: [
    // Tracebacks.
    { pattern: re('^Traceback \\(most recent call last\\):'), first: 'T' },
    { pattern: re('^File "[^"]*", line \\d+'), first: 'F' },
    // gunicorn: `[2024-04-08 10:00:00 +0000] [7] [ERROR] Worker (pid:8) was sent SIGKILL!`.
    { pattern: re(`^\\[(?<timestamp>${DATE} ${TIME} [+-]\\d{4})\\] \\[(?<pid>\\d+)\\] \\[(?<level>[A-Z]+)\\] `) },
    // OpenStack's oslo.log: `2016-02-02 12:34:56.789 1234 ERROR nova.compute.manager [req-…] …`.
    { pattern: re(`^(?<timestamp>${DATE} ${TIME}\\.\\d{3}) (?<pid>\\d+) (?<level>${LEVELS}|TRACE|AUDIT) (?<logger>[\\w.]+) `) },
    // logging with `%(asctime)s`: `2005-03-19 15:10:26,618 - simple_example - DEBUG - debug message` (the
    // HOWTO's), `2024-04-08 10:00:00,123 ERROR …`.
    { pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3}) - (?<logger>[^\\s]+) - (?<level>${LEVELS}) - `) },
    { pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3})(?: -)? (?<level>${LEVELS})\\b`) },
    // logging's default format: `WARNING:root:Watch out!`.
    { pattern: re(`^(?<level>${LEVELS}):(?<logger>[\\w.]+):`), first: 'DIWEC' },
    // Exception lines: `OSError: [Errno 28] No space left on device`, `requests.exceptions.ConnectionError: …`.
    { pattern: re('^(?<exception>[a-z_][\\w.]*\\.[A-Z]\\w*|[A-Z]\\w*(?:Error|Exception|Exit|Interrupt)): '), needs: ': ' },
  ],
};

export const samples: Sample[] = [
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
];
