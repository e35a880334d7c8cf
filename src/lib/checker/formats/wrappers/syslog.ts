import type { WrapperDefinition } from '../types.ts';
import { DATE, re, SYSLOG_TIME, TIME, WEEKDAY } from '../fragments.ts';

// `prog[pid]: `, `prog: `, and the tag without a colon that rsyslog's imfile gives a file (`error.log `).
const TAG = '(?:(?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?:? )?';
// busybox syslogd and OpenWrt's logread print `facility.severity` before the tag: `daemon.err nginx[8751]: `.
const FACILITY =
  '(?:(?<facility>kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7])\\.(?<level>emerg|alert|crit|err|error|warn|warning|notice|info|debug) )?';
// An ISO-stamped line whose second word is a level is an application's, not a syslog header.
const NOT_A_LEVEL = '(?!(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\\b)';

/** RFC 3164 and rsyslog's traditional and RFC 3339 templates. */
export const syslog: WrapperDefinition = {
  id: 'syslog',
  format: 'syslog',
  layouts: [
    // `<PRI>`? `Nov 25 10:01:02 host prog[pid]: ` (journalctl's default `short` output is the same).
    {
      pattern: re(`^(?:<(?<priority>\\d{1,3})>)?(?<timestamp>${SYSLOG_TIME}) (?<hostname>[^\\s:]+) ${FACILITY}${TAG}`),
      level: { group: 'priority', scale: 'syslog-priority' },
      first: '<JFMASOND', // `<PRI>` or a month name
    },
    // OpenWrt's logread: `Mon Apr  8 10:00:00 2024 daemon.err nginx[8751]: `.
    { pattern: re(`^(?<timestamp>${WEEKDAY} ${SYSLOG_TIME} \\d{4}) ${FACILITY.slice(0, -1)}${TAG}`) },
    // rsyslog RFC 3339, with or without a zone: `2019-06-14T10:40:20.912134+02:00 host sudo: `. The tag
    // ends with `:` here, or every ISO-stamped application line would look like one.
    {
      pattern: re(
        `^(?<timestamp>${DATE}T${TIME}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?) ${NOT_A_LEVEL}(?<hostname>[^\\s:]+) ${FACILITY}(?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?: `,
      ),
    },
  ],
};

/** RFC 5424: `<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3"] msg`. */
export const rfc5424: WrapperDefinition = {
  id: 'rfc5424',
  format: 'syslog',
  level: { group: 'priority', scale: 'syslog-priority' },
  layouts: [
    {
      pattern: re(
        '^<(?<priority>\\d{1,3})>1 (?<timestamp>\\S+) (?<hostname>\\S+) (?<program>\\S+) (?<pid>\\S+) (?<msgid>\\S+) (?:-|\\[[^\\]]*\\](?:\\[[^\\]]*\\])?) ?',
      ),
    },
  ],
};
