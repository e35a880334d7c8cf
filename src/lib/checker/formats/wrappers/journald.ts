import type { Sample, WrapperDefinition } from '../types.ts';
import { DATE, MONTH, MONTH_INITIALS, re, TIME, WEEKDAY, WEEKDAY_INITIALS } from '../fragments.ts';

// `--no-hostname` leaves the host out: a host name never holds `[` or `:`, a tag does.
const TAG = '(?:(?<hostname>[^\\s:\\[\\]]+) )?(?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?: ';

/**
 * journalctl's outputs that a syslog daemon does not write (`short`, the default, is syslog's layout:
 * wrappers/syslog.ts): `-o short-precise` `Apr 08 10:00:00.123456 host prog[pid]: `, `-o short-iso`
 * `2024-04-08T10:00:00+0000 host prog[pid]: ` (strftime's `%z`, no colon), `-o short-iso-precise`,
 * `-o short-full` `Mon 2024-04-08 10:00:00 UTC host prog[pid]: `.
 */
export const journal: WrapperDefinition = {
  id: 'journald',
  format: 'journald',
  layouts: [
    { pattern: re(`^(?<timestamp>${MONTH} \\d{2} ${TIME}\\.\\d{6}) ${TAG}`), first: MONTH_INITIALS },
    { pattern: re(`^(?<timestamp>${DATE}T${TIME}(?:\\.\\d{6})?[+-]\\d{4}) ${TAG}`) },
    { pattern: re(`^(?<timestamp>${WEEKDAY} ${DATE} ${TIME}(?:\\.\\d{6})? [A-Za-z][\\w/+-]*) ${TAG}`), first: WEEKDAY_INITIALS },
  ],
};

/** `journalctl -o json`: one object a line; MESSAGE is the line the program wrote, PRIORITY its level. */
export const journalJson: WrapperDefinition = {
  id: 'journald-json',
  format: 'journald',
  level: { group: 'PRIORITY', scale: 'syslog-priority' },
  layouts: [],
  json: {
    needs: '"MESSAGE"',
    message: ['MESSAGE'],
    level: ['PRIORITY'],
    timestamp: ['__REALTIME_TIMESTAMP'],
    program: ['SYSLOG_IDENTIFIER', '_COMM'],
  },
};

export const samples: Sample[] = [
  {
    line: '2023-09-08T17:20:30+0200 tarta r710_fan_controller.sh[20911]: Highest drive temperature: 43 Celcius.',
    source: 'https://github.com/systemd/systemd/pull/29134',
    format: 'journald',
    level: null,
    wrappers: ['journald'],
    fields: { timestamp: '2023-09-08T17:20:30+0200', hostname: 'tarta', program: 'r710_fan_controller.sh', pid: '20911' },
  },
  {
    line: '2023-09-08T17:20:30.655028+0200 tarta r710_fan_controller.sh[20911]: Highest drive temperature: 43 Celcius.',
    source: 'https://github.com/systemd/systemd/pull/29134',
    format: 'journald',
    level: null,
    wrappers: ['journald'],
    fields: { timestamp: '2023-09-08T17:20:30.655028+0200' },
  },
];
