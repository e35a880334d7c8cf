import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, TIME, WEEKDAY } from './fragments.ts';

export const kernel: FormatDefinition = {
  id: 'kernel',
  // The tag of the Linux kernel's lines in syslog and the journal (macOS prints `kernel[0]:`). Only a
  // line that shows dmesg's own layout after the tag (`kernel: [  518.050606] …`) is reported as kernel.
  program: /^kernel$/,
  keepsWrapperFormat: true,
  layouts: [
    // `dmesg -T`: `[Mon Aug 31 18:23:18 2015] php.bin invoked oom-killer: …`.
    { pattern: re(`^\\[(?<timestamp>${WEEKDAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})\\] `) },
    // `dmesg --time-format=iso`: `2024-04-29T14:55:41,678628+02:00 pool invoked oom-killer: …`.
    { pattern: re('^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2},\\d{6}[+-]\\d{2}:\\d{2}) ') },
    // `dmesg`: `[  518.050606] Out of memory: Killed process 15784 (python3) …`.
    { pattern: re('^\\[ *(?<timestamp>\\d+\\.\\d{6})\\] ') },
  ],
};

export const samples: Sample[] = [
  {
    line:
      '[4650180.470877] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=aegis,mems_allowed=0,global_oom,' +
      'task_memcg=/system.slice/docker-00748bf4e957f82c239a1db8a88579059b7d40c7b5fbd3f43617d31d3f646f12.scope,' +
      'task=java,pid=7134,uid=1000',
    source: 'https://github.com/dyrnq/install-docker/issues/14',
    format: 'kernel',
    level: null,
    fields: { timestamp: '4650180.470877' },
  },
  {
    line: '[Mon Aug 31 18:23:18 2015] php.bin invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0',
    source: 'https://github.com/moby/moby/issues/15905',
    format: 'kernel',
    level: null,
    fields: { timestamp: 'Mon Aug 31 18:23:18 2015' },
  },
  {
    line:
      'May 15 23:09:30 ubuntu-s-1vcpu-2gb-ams3-01 kernel: [  518.050606] Out of memory: ' +
      'Killed process 15784 (python3) total-vm:11964kB, anon-rss:4288kB, file-rss:3028kB, ' +
      'shmem-rss:0kB',
    source: 'https://github.com/docker/for-linux/issues/1001',
    format: 'kernel',
    level: null,
    wrappers: ['syslog'],
    fields: { hostname: 'ubuntu-s-1vcpu-2gb-ams3-01', program: 'kernel', timestamp: '518.050606' },
  },
  {
    line:
      '2024-04-29T14:55:41,679700+02:00 Out of memory: Killed process 1440763 (perl) ' +
      'total-vm:87033376kB, anon-rss:60356340kB, file-rss:0kB, shmem-rss:0kB, UID:21417 ' +
      'pgtables:169956kB oom_score_adj:0',
    source: 'https://github.com/equinor/ert/issues/7797',
    format: 'kernel',
    level: null,
    fields: { timestamp: '2024-04-29T14:55:41,679700+02:00' },
  },
];
