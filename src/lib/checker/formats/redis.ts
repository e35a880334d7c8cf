import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, TIME } from './fragments.ts';

export const redis: FormatDefinition = {
  id: 'redis',
  program: /^redis/,
  // serverLogRaw: `.` debug, `-` verbose, `*` notice, `#` warning.
  level: { words: { '.': 'debug', '-': 'debug', '*': 'notice', '#': 'warning' } },
  layouts: [
    // 3.0+: `pid:role day month year time.ms level message`: `1:M 08 Apr 2024 10:00:00.000 # …`.
    { pattern: re(`^(?<pid>\\d+):(?<role>[XCSM]) (?<timestamp>\\d{2} ${MONTH} \\d{4} ${TIME}\\.\\d{3}) (?<level>[.*#-]) `) },
    // Before 3.0: `[1234] 08 Apr 10:00:00.123 # …` (milliseconds since 2.6).
    { pattern: re(`^\\[(?<pid>\\d+)\\] (?<timestamp>\\d{2} ${MONTH} ${TIME}(?:\\.\\d{3})?) (?<level>[.*#-]) `) },
    // From the signal handler, without a time of day: `1:signal-handler (1714024483) Received SIGTERM …`.
    { pattern: re('^(?<pid>\\d+):signal-handler \\((?<timestamp>\\d+)\\) ') },
  ],
};

export const samples: Sample[] = [];
