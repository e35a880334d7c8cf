import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, TIME, WEEKDAY } from './fragments.ts';

export const kernel: FormatDefinition = {
  id: 'kernel',
  // Linux logs as `kernel:` without a PID; macOS's `kernel[0]:` lines are the system log's.
  program: /^kernel$/,
  layouts: [
    // `dmesg -T`: `[Mon Aug 31 18:23:18 2015] php.bin invoked oom-killer: …`.
    { pattern: re(`^\\[(?<timestamp>${WEEKDAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})\\] `) },
    // `dmesg`: `[  518.050606] Out of memory: Killed process 15784 (python3) …`.
    { pattern: re('^\\[ *(?<timestamp>\\d+\\.\\d{6})\\] ') },
  ],
};

export const samples: Sample[] = [];
