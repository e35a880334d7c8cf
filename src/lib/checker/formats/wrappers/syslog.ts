import type { Sample, WrapperDefinition } from '../types.ts';
import { DATE, MONTH_INITIALS, re, SYSLOG_TIME, TIME, WEEKDAY, WEEKDAY_INITIALS } from '../fragments.ts';

// `prog[pid]: `, `prog: `, and the tag without a colon that rsyslog's imfile gives a file (`error.log `).
const TAG = '(?:(?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?:? )?';
// `journalctl --no-hostname` leaves the host out; a host name never holds `[` or `:`, a tag does.
const HOST = '(?:(?<hostname>[^\\s:\\[\\]]+) )?';
// busybox syslogd and OpenWrt's logread print `facility.severity` before the tag: `daemon.err nginx[8751]: `.
const FACILITY_NAMES = 'kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7]';
const SEVERITY_NAMES = 'emerg|alert|crit|err|error|warn|warning|notice|info|debug';
const FACILITY = `(?:(?<facility>${FACILITY_NAMES})\\.(?<level>${SEVERITY_NAMES}) )?`;
// rsyslog's RFC 3339 time, the zone optional: `2019-06-14T10:40:20.912134+02:00`.
const RFC3339 = `${DATE}T${TIME}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?`;
// TAG with its colon required (`prog[pid]: `), for headers where the tag must end with one.
const TAG_WITH_COLON = '(?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?: ';
// What the letters of a month name in a Latin-script language can be: ASCII and Latin-1 to Latin Extended-B.
const LATIN_LETTERS = String.fromCharCode(
  ...Array.from({ length: 26 }, (_, i) => 65 + i),
  ...Array.from({ length: 26 }, (_, i) => 97 + i),
  ...Array.from({ length: 0x24f - 0xc0 + 1 }, (_, i) => 0xc0 + i),
);
// Cyrillic letters (U+0400–U+04FF): the Russian, Ukrainian, Bulgarian … abbreviations (`апр.`, `сен`).
const CYRILLIC_LETTERS = String.fromCharCode(...Array.from({ length: 0x4ff - 0x400 + 1 }, (_, i) => 0x400 + i));
// An ISO-stamped line whose second word is a level is an application's, not a syslog header.
const NOT_A_LEVEL = '(?!(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\\b)';

/** RFC 3164 and rsyslog's traditional and RFC 3339 templates. */
export const syslog: WrapperDefinition = {
  id: 'syslog',
  format: 'syslog',
  linesAreMessages: true,
  layouts: [
    // `<PRI>`? `Nov 25 10:01:02 host prog[pid]: ` (journalctl's default `short` output is the same).
    {
      pattern: re(`^(?:<(?<priority>\\d{1,3})>)?(?<timestamp>${SYSLOG_TIME}) ${HOST}${FACILITY}${TAG}`),
      level: { group: 'priority', scale: 'syslog-priority' },
      first: `<${MONTH_INITIALS}`, // `<PRI>` or a month name
    },
    // journalctl under a non-English LC_TIME names the month in its language (`Ağu 03 14:02:28 host prog[pid]: `
    // in Turkish, `Okt`, `déc.`, `апр. 20` in Russian): any three or four Latin or Cyrillic letters, or the
    // month's number before 月 (Chinese, Japanese: `6月 04 14:31:08`) or 월 (Korean); then the tag, which must
    // end with a colon.
    {
      pattern: re(
        `^(?<timestamp>(?:[A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF]{3,4}\\.?|\\d{1,2}[\\u6708\\uC6D4]) [ \\d]\\d ${TIME}) ` +
          `${HOST}(?<program>[^\\s\\[\\]:]+)(?:\\[(?<pid>\\d+)\\])?: `,
      ),
      first: `${LATIN_LETTERS}${CYRILLIC_LETTERS}0123456789`,
      needs: ': ',
    },
    // OpenWrt's logread: `Mon Apr  8 10:00:00 2024 daemon.err nginx[8751]: `; `logread -t` adds the time in
    // seconds since the epoch: `Tue Apr 29 07:08:24 2025 [1745896104.164] kern.info kernel: `.
    {
      pattern: re(`^(?<timestamp>${WEEKDAY} ${SYSLOG_TIME} \\d{4})(?: \\[\\d+\\.\\d+\\])? ${FACILITY.slice(0, -1)}${TAG}`),
      first: WEEKDAY_INITIALS,
    },
    // SONiC's rsyslog template: microseconds, then the severity in words and `container#program` as the tag:
    // `Nov 18 18:55:15.179829 sonic INFO pmon#supervisord 2020-11-18 18:54:38,765 INFO stopped: …`.
    {
      pattern: re(
        `^(?<timestamp>${SYSLOG_TIME}\\.\\d{6}) (?<hostname>[^\\s:\\[\\]]+) (?<level>EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG) ` +
          '(?:(?<container>[\\w-]+)#)?(?<program>[^\\s\\[\\]:#]+)(?:\\[(?<pid>\\d+)\\])?:? ',
      ),
      first: MONTH_INITIALS,
    },
    // The tag alone, as `journalctl -o cat` users and copy-pasters leave it: `mysqld[32753]: 2025-10-01  9:02:48 0 [ERROR] …`.
    // Most lines starting with a letter are not tagged: `needs` spares them the regex.
    {
      pattern: re('^(?<program>[A-Za-z][\\w.-]*)\\[(?<pid>\\d+)\\]: '),
      first: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
      needs: ']: ',
    },
    // rsyslog RFC 3339, with or without a zone: `2019-06-14T10:40:20.912134+02:00 host sudo: `. The tag
    // ends with `:` here, or every ISO-stamped application line would look like one.
    {
      pattern: re(`^(?<timestamp>${RFC3339}) ${NOT_A_LEVEL}(?<hostname>[^\\s:]+) ${FACILITY}${TAG_WITH_COLON}`),
    },
    // macOS's unified log in `log show`'s (and `log stream`'s) default style: the time, the thread, the type
    // (Default, Info, Debug, Error, Fault) as the level, the activity, the pid, the TTL (older releases print
    // none), then the process: `2021-01-07 02:40:16.983434+0800 0x74       Default     0x0                  0      0    kernel: …`.
    {
      pattern: re(
        `^(?<timestamp>${DATE} ${TIME}\\.\\d{6}[+-]\\d{4}) (?<thread>0x[0-9a-f]+) +(?<level>[A-Z][a-z]+) +(?<activity>0x[0-9a-f]+) +` +
          '(?<pid>\\d+) +(?:(?<ttl>\\d+) +)?(?<program>[^\\s:\\[\\]]+): ',
      ),
      level: { words: { default: 'notice', fault: 'critical' } },
      needs: ' 0x',
    },
    // Console.app's copy of the system log (OS X 10.8–10.11, ASL): the time in the Mac's locale, no host, the tag:
    // `7/29/16 12:02:54.766 PM com.apple.xpc.launchd[1]: …`, `19/01/2016 18:44:50.556 com.apple.xpc.launchd[1]: …`.
    {
      pattern: re(
        '^(?<timestamp>\\d{1,2}/\\d{1,2}/\\d{2,4} \\d{1,2}:\\d{2}:\\d{2}\\.\\d{3}(?: [AP]M)?) ' +
          '(?<program>[^\\s\\[\\]:]+)\\[(?<pid>\\d+)\\]: ',
      ),
      first: '0123456789',
      needs: ']: ',
    },
    // macOS's unified log printed by `log show --style syslog` (or `log stream --style syslog`): the time with
    // microseconds and a `%z` zone, two spaces, the host, then the tag:
    // `2023-05-24 09:44:21.311699+0530  localhost sudo[5734]: (libsystem_info.dylib) Created Activity ID: …`.
    {
      pattern: re(`^(?<timestamp>${DATE} ${TIME}\\.\\d{6}[+-]\\d{4})  (?<hostname>[^\\s:\\[\\]]+) ${TAG_WITH_COLON}`),
      needs: '  ',
    },
  ],
};

/** RFC 5424: `<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3"] msg`. */
export const rfc5424: WrapperDefinition = {
  id: 'rfc5424',
  format: 'syslog',
  linesAreMessages: true,
  level: { group: 'priority', scale: 'syslog-priority' },
  layouts: [
    {
      pattern: re(
        '^<(?<priority>\\d{1,3})>1 (?<timestamp>\\S+) (?<hostname>\\S+) (?<program>\\S+) (?<pid>\\S+) (?<msgid>\\S+) ' +
          '(?:-|\\[[^\\]]*\\](?:\\[[^\\]]*\\])?) ?',
      ),
    },
  ],
};

export const samples: Sample[] = [
  // journalctl under a Russian and a Chinese LC_TIME.
  {
    line: 'апр. 20 14:31:10 MG392 elasticsearch[7352]: Failed to configure logging...',
    source: 'https://github.com/elastic/elasticsearch/issues/10671',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: 'апр. 20 14:31:10', hostname: 'MG392', program: 'elasticsearch', pid: '7352' },
  },
  {
    line: 'сен 15 01:13:12 tech systemd[1]: Starting Elasticsearch Daemon...',
    source: 'https://github.com/NixOS/nixpkgs/issues/137914',
    format: 'journald',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: 'сен 15 01:13:12', program: 'systemd' },
  },
  {
    line: "4月 23 20:08:58 xingshu-server systemd[1]: docker.service: Failed with result 'exit-code'.",
    source: 'https://github.com/docker/for-linux/issues/984',
    format: 'journald',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: '4月 23 20:08:58', hostname: 'xingshu-server' },
  },
  {
    // Without dmesg's uptime after the tag, the line is a syslog line whose program is the kernel.
    line: 'Jun 13 23:04:43 kir-ce75-gd kernel: python invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0',
    source: 'https://github.com/moby/moby/issues/38613',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { hostname: 'kir-ce75-gd', program: 'kernel', timestamp: 'Jun 13 23:04:43' },
  },
  {
    line:
      '2021-01-07 02:40:16.983434+0800 0x74       Default     0x0                  0      0    kernel: (AppleACPIPlatform) ' +
      'AppleACPIPlatformPower Wake reason: XDCI PEG1 PEG2 RP04',
    source: 'https://github.com/VanXNF/Hackintosh-Gigabyte-B460M-Aorus-Pro/issues/13',
    // The kernel's messages without dmesg's own layout are the system log's (kernel.ts).
    format: 'syslog',
    level: 'notice',
    wrappers: ['syslog'],
    fields: { timestamp: '2021-01-07 02:40:16.983434+0800', thread: '0x74', level: 'Default', pid: '0', ttl: '0', program: 'kernel' },
  },
  {
    line:
      '2021-03-01 23:12:51.537121+0800 0x3b7      Default     0x0                  81     0    powerd: [powerd:sleepWake] ' +
      'Wake reason: "<private>"  identity: "<private>"',
    source: 'https://github.com/aleixsr/Ryzentosh/issues/1',
    format: 'syslog',
    level: 'notice',
    wrappers: ['syslog'],
    fields: { pid: '81', program: 'powerd' },
  },
  {
    line:
      '7/29/16 12:02:54.766 PM com.apple.xpc.launchd[1]: (io.puma.dev[3529]) Service could not initialize: 15G31: ' +
      'xpcproxy + 12684 [1462][F7717708-ACF7-307D-B04E-998DFC36598F]: 0xd',
    source: 'https://github.com/puma/puma-dev/issues/17',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: '7/29/16 12:02:54.766 PM', program: 'com.apple.xpc.launchd', pid: '1' },
  },
  {
    line:
      '19/01/2016 18:44:50.556 com.apple.xpc.launchd[1]: (com.nylas.nylas-mail.ShipIt[98611]) Service could not ' +
      'initialize: 15C50: xpcproxy + 12644 [1472][13E77DA5-3602-31BF-B074-49D4EE27E9D8]: 0xd',
    source: 'https://github.com/nylas/nylas-mail/issues/1073',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: '19/01/2016 18:44:50.556', program: 'com.apple.xpc.launchd' },
  },
  {
    line: '2020-11-14 17:01:14.910802+0100  localhost powerd[67]: [powerd:sleepWake] vm.darkwake_mode: 0 -> 0',
    source: 'https://github.com/zearp/Nucintosh/issues/9',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { program: 'powerd', pid: '67' },
  },
  {
    line:
      '2023-05-24 09:44:21.311699+0530  localhost sudo[5734]: (libsystem_info.dylib) Created Activity ID: 0x24336, ' +
      'Description: Retrieve Group by ID',
    source: 'https://github.com/wazuh/wazuh/issues/17201',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: '2023-05-24 09:44:21.311699+0530', hostname: 'localhost', program: 'sudo', pid: '5734' },
  },
  // A message that starts with its own severity (generic.ts) gives the line its level.
  {
    line: 'Dec  6 17:58:39 lux01 sshd[1707532]: error: kex_exchange_identification: banner line too long',
    source: 'https://github.com/fail2ban/fail2ban/issues/3169',
    format: 'syslog',
    level: 'error',
    wrappers: ['syslog'],
    fields: { program: 'sshd', pid: '1707532' },
  },
  {
    line: 'Apr 18 21:27:08 web2 sshd[23484]: fatal: Unable to negotiate a key exchange method [preauth]',
    source: 'https://github.com/ossec/ossec-hids/pull/786',
    format: 'syslog',
    level: 'critical',
    wrappers: ['syslog'],
    fields: { hostname: 'web2', program: 'sshd' },
  },
  {
    line:
      'Tue Apr 29 07:08:24 2025 [1745896104.164] kern.info kernel: [1523164.641079] ' +
      'ath10k_pci 0000:00:00.0: mac flush vdev 0 drop 0 queues 0x1 ar->paused: 0x0 ' +
      ' arvif->paused: 0x0',
    source: 'https://github.com/defanator/openwrt-loki-exporter/issues/20',
    format: 'kernel',
    level: 'info',
    wrappers: ['syslog'],
    fields: { timestamp: 'Tue Apr 29 07:08:24 2025', facility: 'kern', level: 'info', program: 'kernel' },
  },
  {
    line:
      'A\u011fu 03 14:02:28 localhost.localdomain redis-server[2445]: 2445:M 03 Aug ' +
      '14:02:28.740 * Background saving started by pid 2684',
    source: 'https://github.com/redis/redis/issues/3428',
    format: 'redis',
    level: 'notice',
    wrappers: ['syslog'],
    fields: { timestamp: 'A\u011fu 03 14:02:28', hostname: 'localhost.localdomain', program: 'redis-server', pid: '2445' },
  },
  {
    line: 'Sep 22 12:07:39 anton sshd[19702]: Failed password for invalid user linda from 222.186.10.49 port 43250 ssh2',
    source: 'https://github.com/fail2ban/fail2ban/issues/2831',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: 'Sep 22 12:07:39', hostname: 'anton', program: 'sshd', pid: '19702' },
  },
  {
    line: 'Oct  8 04:16:31 ip-172-31-3-32 sshd[26759]: Invalid user test11 from 114.31.90.40 port 37886',
    source: 'https://github.com/fail2ban/fail2ban/issues/1910',
    format: 'syslog',
    level: null,
    wrappers: ['syslog'],
    fields: { timestamp: 'Oct  8 04:16:31' },
  },
  {
    line: 'Thu Jan 25 01:07:48 2018 daemon.err uhttpd[2010]: luci: accepted login on / for root from 192.168.0.2',
    source: 'https://github.com/openwrt/luci/issues/1592',
    format: 'syslog',
    level: 'error',
    wrappers: ['syslog'],
    fields: { timestamp: 'Thu Jan 25 01:07:48 2018', facility: 'daemon', level: 'err', program: 'uhttpd', pid: '2010' },
  },
  {
    line: "<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
    source: 'https://www.rfc-editor.org/rfc/rfc5424#section-6.5',
    format: 'syslog',
    level: 'notice',
    wrappers: ['rfc5424'],
    fields: { priority: '165', hostname: '192.0.2.1', program: 'myproc', pid: '8710' },
  },
];
