import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, TIME } from './fragments.ts';

/** `08 Apr 2024 10:00:00.000` (the year since 5.0). */
const DAY_MONTH_TIME = `\\d{2} ${MONTH}(?: \\d{4})? ${TIME}\\.\\d{3}`;

export const redis: FormatDefinition = {
  id: 'redis',
  program: /^redis/,
  // serverLogRaw: `.` debug, `-` verbose, `*` notice, `#` warning.
  level: { words: { '.': 'debug', '-': 'debug', '*': 'notice', '#': 'warning' } },
  layouts: [
    // 3.0+: `pid:role day month time.ms level message`, the year since 5.0: `1:M 08 Apr 2024 10:00:00.000 # …`.
    // From the signal handler, without a time of day: `1:signal-handler (1714024483) Received SIGTERM …`.
    {
      pattern: re(`^(?<pid>\\d+):(?:(?<role>[XCSM]) (?<timestamp>${DAY_MONTH_TIME}) (?<level>[.*#-]) |signal-handler \\(\\d+\\) )`),
      first: '0123456789',
    },
    // Before 3.0: `[1234] 08 Apr 10:00:00.123 # …` (milliseconds since 2.6).
    { pattern: re(`^\\[(?<pid>\\d+)\\] (?<timestamp>\\d{2} ${MONTH} ${TIME}(?:\\.\\d{3})?) (?<level>[.*#-]) `) },
  ],
};

export const samples: Sample[] = [
  {
    line:
      '1:C 03 Mar 2026 13:18:28.643 # WARNING Memory overcommit must be enabled! Without ' +
      'it, a background save or replication may fail under low memory condition.',
    source: 'https://github.com/xtremexq/StremioSubMaker/issues/86',
    format: 'redis',
    level: 'warning',
    fields: { pid: '1', role: 'C', timestamp: '03 Mar 2026 13:18:28.643' },
  },
  {
    line: 'tabun_redis | 1:M 01 Dec 08:42:59.458 # Server initialized',
    source: 'https://github.com/bitnami/bitnami-docker-redis/issues/132',
    format: 'redis',
    level: 'warning',
    wrappers: ['docker-compose'],
    fields: { container: 'tabun_redis', timestamp: '01 Dec 08:42:59.458' },
  },
  {
    line: 'redis_1      | [9] 14 May 13:19:52.866 * The server is now ready to accept connections on port 6379',
    source: 'https://github.com/sameersbn/docker-gitlab/issues/320',
    format: 'redis',
    level: 'notice',
    wrappers: ['docker-compose'],
    fields: { pid: '9', timestamp: '14 May 13:19:52.866' },
  },
];
