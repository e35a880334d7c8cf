import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

/** MySQL 5.7+ `2017-12-26T22:25:40.932439Z`, MariaDB `2022-03-10 22:19:56` or `2020-10-10  9:57:33`. */
const ISO_OR_SPACED = '\\d{4}-\\d{2}-\\d{2}(?:T|  ?)\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?';
/** 5.5/5.6 `160121 16:44:56` (one or two spaces before a one-digit hour). */
const YYMMDD = '\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}';

export const mysql: FormatDefinition = {
  id: 'mysql',
  program: /^(?:mysqld|mariadbd)/,
  level: { words: { note: 'info', system: 'info' } },
  layouts: [
    // MySQL 5.7 `2017-12-26T22:25:40.932439Z 0 [Warning] …`, 8.0 `… 0 [ERROR] [MY-010270] [Server] …`,
    // MariaDB `2022-03-10 22:19:56 8 [Warning] …` (10.x pads the hour with a space: `2020-10-10  9:57:33 0 [Note]`),
    // 5.5/5.6 `160121 16:44:56 [Note] …`.
    {
      pattern: re(
        `^(?<timestamp>${ISO_OR_SPACED}|${YYMMDD}) +(?:(?<tid>\\d+) )?\\[(?<level>Note|Warning|ERROR|Error|System)\\]` +
          '(?: \\[(?<code>MY-\\d{6})\\] \\[(?<subsystem>\\w+)\\])? ',
      ),
      first: '0123456789', // both timestamp forms start with a digit
      needs: '] ',
    },
    // 5.5/5.6 InnoDB lines carry a timestamp and no level: `161209 14:18:50 InnoDB: Initializing buffer pool, size = 128.0M`.
    { pattern: re('^(?<timestamp>\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}) +(?<subsystem>InnoDB): (?:(?<level>Error|Warning): )?') },
    // The mysqld_safe wrapper script: `150831 11:16:02 mysqld_safe Starting mysqld daemon with databases from …`.
    { pattern: re('^(?<timestamp>\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}) (?<program>mysqld_safe) ') },
    // … and its multi-line messages continue without one: `InnoDB: Doublewrite buffer not found: creating new`.
    // A progress line the next message was written onto says that message's level further on:
    // `InnoDB: Progress in MB:2018-09-21 10:00:21 7f758f454820 InnoDB: Error: Write to file … failed`.
    {
      pattern: re('^(?<subsystem>InnoDB): (?:(?<level>Error|Warning): )?'),
      first: 'I',
      continuesRecord: true,
      level: { search: re(' InnoDB: (?<level>Error|Warning): '), words: { note: 'info', system: 'info' } },
    },
    // What mysqld and the client programs print on stderr before any log is open (mysys my_message_local:
    // the program name, then the level in brackets): `mysqld: [Warning] World-writable config file '…' is ignored.`,
    // `mysql: [Warning] Using a password on the command line interface can be insecure.`.
    {
      pattern: re('^(?<program>(?:/[\\w./-]*/)?(?:mysql|mariadb)[\\w-]*): \\[(?<level>ERROR|Warning|Note)\\] '),
      first: 'm/',
      needs: ': [',
    },
    // Errors of the bootstrap SQL it runs at install: `ERROR: 1050  Table 'plugin' already exists`.
    { pattern: re('^(?<level>ERROR): (?<code>\\d+)  '), first: 'E' },
    // The ready line: `Version: '5.5.53-0ubuntu0.12.04.1-log'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306 …`.
    { pattern: re("^Version: '(?<version>[^']*)'  socket: "), first: 'V', continuesRecord: true },
    // The slow query log. An entry starts at `# Time: 170130  6:59:51` (5.7+ and MariaDB 10.x: an ISO
    // timestamp or the same `YYMMDD` form); its `# User@Host: …`, `# Query_time: …` (MariaDB adds
    // `# Thread_id: …`, `# Rows_affected: …`) comment lines and the SQL after them continue it.
    { pattern: re(`^# Time: (?<timestamp>${ISO_OR_SPACED}|${YYMMDD})$`), first: '#' },
    { pattern: re('^# (?<key>[A-Z][A-Za-z_]*(?:@Host)?): '), first: '#', continuesRecord: true },
    // The header a slow (or general) query log file opens with, written again at each server start:
    // `/usr/sbin/mysqld, Version: 5.6.33-0ubuntu0.14.04.1-log ((Ubuntu)). started with:`, then
    // `Tcp port: 0  Unix socket: /var/run/mysqld/mysqld.sock` and `Time  Id Command  Argument`.
    { pattern: re('^(?<program>\\S*(?:mysqld|mariadbd)), Version: (?<version>\\S+) '), needs: ', Version: ', opensRecord: true },
    { pattern: re('^Tcp port: \\d+  Unix socket: '), first: 'T', continuesRecord: true },
    { pattern: re('^Time\\s+Id\\s+Command\\s+Argument$'), first: 'T', continuesRecord: true },
  ],
};

export const samples: Sample[] = [
  {
    line: "mysqld: [Warning] World-writable config file '/etc/mysql/conf.d/trillian.cnf' is ignored.",
    source: 'https://github.com/google/trillian/issues/2712',
    format: 'mysql',
    level: 'warning',
    fields: { program: 'mysqld' },
  },
  {
    line: "mysql: [Warning] World-writable config file '/etc/mysql/my.cnf' is ignored.",
    source: 'https://github.com/changeweb/Unifiedtransform/issues/371',
    format: 'mysql',
    level: 'warning',
    fields: { program: 'mysql' },
  },
  {
    line: 'InnoDB: Progress in MB:2018-09-21 10:00:21 7f758f454820 InnoDB: Error: Write to file ./ib_logfile101 failed at offset 0.',
    source: 'https://github.com/geerlingguy/ansible-role-mysql/issues/216',
    format: 'mysql',
    level: 'error',
    fields: { subsystem: 'InnoDB' },
  },
  {
    line: '2017-12-26T22:25:40.838790Z 0 [Note] InnoDB: Waiting for purge to start',
    source: 'https://github.com/docker-library/mysql/issues/352',
    format: 'mysql',
    level: 'info',
    fields: { timestamp: '2017-12-26T22:25:40.838790Z', tid: '0' },
  },
  {
    line:
      "mysql  | 2022-04-23T15:01:14.483820Z 0 [ERROR] [MY-010270] [Server] Can't start " +
      'server : Bind on unix socket: Operation not supported',
    source: 'https://github.com/garylab/dnmp/issues/474',
    format: 'mysql',
    level: 'error',
    wrappers: ['docker-compose'],
    fields: { container: 'mysql', timestamp: '2022-04-23T15:01:14.483820Z', code: 'MY-010270', subsystem: 'Server' },
  },
  {
    line: '2015-10-04 09:37:48 7845 [Note] InnoDB: Initializing buffer pool, size = 128.0M',
    source: 'https://github.com/geerlingguy/ansible-role-mysql/issues/63',
    format: 'mysql',
    level: 'info',
    fields: { timestamp: '2015-10-04 09:37:48', tid: '7845' },
  },
  {
    line: '150831 11:16:02 InnoDB: Initializing buffer pool, size = 128.0M',
    source: 'https://github.com/sous-chefs/mysql/issues/375',
    format: 'mysql',
    level: null,
    fields: { timestamp: '150831 11:16:02', subsystem: 'InnoDB' },
  },
  {
    line: '150831 11:16:02  InnoDB: Operating system error number 75 in a file operation.',
    source: 'https://github.com/sous-chefs/mysql/issues/375',
    format: 'mysql',
    level: null,
    fields: { timestamp: '150831 11:16:02' },
  },
  {
    line: "InnoDB: Error number 75 means 'Value too large for defined data type'.",
    source: 'https://github.com/sous-chefs/mysql/issues/375',
    format: 'mysql',
    level: null,
  },
  {
    line: '150831 11:16:02 mysqld_safe Starting mysqld daemon with databases from /var/lib/mysql-default',
    source: 'https://github.com/sous-chefs/mysql/issues/375',
    format: 'mysql',
    level: null,
    fields: { program: 'mysqld_safe' },
  },
  {
    line: '150319  1:46:59 [Note] InnoDB: Using mutexes to ref count buffer pool pages',
    source: 'https://github.com/roots/bedrock/issues/158',
    format: 'mysql',
    level: 'info',
    fields: { timestamp: '150319  1:46:59' },
  },
  {
    line: "Version: '10.0.15-MariaDB-1~trusty'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
    source: 'https://github.com/roots/bedrock/issues/158',
    format: 'mysql',
    level: null,
    fields: { version: '10.0.15-MariaDB-1~trusty' },
  },
  {
    line: '2020-10-10  9:57:33 0 [Note] /usr/bin/mysqld: ready for connections.',
    source: 'https://github.com/home-assistant/addons/issues/1468',
    format: 'mysql',
    level: 'info',
  },
  {
    line: 'mysqld[32753]: 2025-10-01  9:02:48 0 [ERROR] InnoDB: File /var/lib/mysql/ib_logfile0 was not found',
    source: 'https://github.com/inverse-inc/packetfence/issues/8783',
    format: 'mysql',
    level: 'error',
    wrappers: ['syslog'],
    fields: { program: 'mysqld', pid: '32753', timestamp: '2025-10-01  9:02:48' },
  },
  {
    line: 'InnoDB: Error: log file ./ib_logfile0 is of different size 0 50331648 bytes',
    source: 'https://github.com/deviantony/xtrabackup-scripts/issues/32',
    format: 'mysql',
    level: 'error',
  },
  {
    line: '# Time: 170130  6:59:51',
    source: 'https://github.com/thewca/worldcubeassociation.org/pull/1208',
    format: 'mysql',
    level: null,
    fields: { timestamp: '170130  6:59:51' },
  },
  {
    line: '# User@Host: [user] @ localhost [127.0.0.1]  Id:   36549',
    source: 'https://github.com/Percona-Lab/query-playback/pull/14',
    format: 'mysql',
    level: null,
    fields: { key: 'User@Host' },
  },
  {
    line: '/usr/sbin/mysqld, Version: 5.6.33-0ubuntu0.14.04.1-log ((Ubuntu)). started with:',
    source: 'https://github.com/thewca/worldcubeassociation.org/pull/1208',
    format: 'mysql',
    level: null,
    fields: { program: '/usr/sbin/mysqld', version: '5.6.33-0ubuntu0.14.04.1-log' },
  },
  {
    line: 'Tcp port: 0  Unix socket: /var/run/mysqld/mysqld.sock',
    source: 'https://github.com/thewca/worldcubeassociation.org/pull/1208',
    format: 'mysql',
    level: null,
  },
];
