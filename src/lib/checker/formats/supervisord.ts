import type { FormatDefinition, Sample } from './types.ts';
import { DATE, re, TIME } from './fragments.ts';

/** How supervisord's own INFO messages start (supervisor/process.py, supervisord.py, options.py). */
const STATE_WORDS = [
  'exited|spawned|success|gave up|stopped|spawnerr|waiting for|supervisord started|daemonizing',
  'reaped unknown pid|RPC interface|Included extra file|Set uid|set current directory|killing|received',
].join('|');

export const supervisord: FormatDefinition = {
  id: 'supervisord',
  program: /^supervisord$/,
  // supervisor/loggers.py LevelsByName: CRIT ERRO WARN INFO DEBG TRAC BLAT.
  level: { words: { erro: 'error', debg: 'debug', trac: 'debug', blat: 'debug' } },
  layouts: [
    // Its own level words say supervisord: `2024-04-08 10:00:00,123 CRIT Supervisor is running as root …`.
    { pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3}) (?<level>CRIT|ERRO|WARN|DEBG|TRAC|BLAT) `) },
    // INFO is everyone's: only with the words supervisord's process state changes start with.
    {
      pattern: re(`^(?<timestamp>${DATE} ${TIME},\\d{3}) (?<level>INFO) (?:${STATE_WORDS})[: ]`),
    },
  ],
};

export const samples: Sample[] = [
  {
    line: '2014-04-22 13:51:33,469 INFO gave up: seat3 entered FATAL state, too many start retries too quickly',
    source: 'https://github.com/eve-seat/seat/issues/33',
    format: 'supervisord',
    level: 'info',
    fields: { timestamp: '2014-04-22 13:51:33,469' },
  },
  {
    line: "2014-04-22 13:51:33,183 INFO spawned: 'seat4' with pid 951",
    source: 'https://github.com/eve-seat/seat/issues/33',
    format: 'supervisord',
    level: 'info',
  },
  {
    line: '2012-03-08 12:06:34,223 CRIT Set uid to user 0',
    source: 'https://github.com/rfk/django-supervisor/issues/15',
    format: 'supervisord',
    level: 'critical',
  },
  {
    line:
      '2012-03-08 12:06:36,177 DEBG fd 7 closed, stopped monitoring <POutputDispatcher ' +
      'at 39415392 for <Subprocess at 38594752 with name webserver in state STARTING> ' +
      '(stdout)>',
    source: 'https://github.com/rfk/django-supervisor/issues/15',
    format: 'supervisord',
    level: 'debug',
  },
  {
    line: '2024-10-30 04:42:49,192 WARN exited: postgresql (exit status 0; not expected)',
    source: 'https://github.com/Supervisor/supervisor/issues/1663',
    format: 'supervisord',
    level: 'warning',
  },
  {
    line:
      'Nov 18 18:55:15.180154 sonic INFO pmon#supervisord 2020-11-18 18:54:40,936 ' +
      'WARN stopped: supervisor-proc-exit-listener (terminated by SIGTERM)',
    source: 'https://github.com/Supervisor/supervisor/pull/1390',
    format: 'supervisord',
    level: 'warning',
    wrappers: ['syslog'],
    fields: { container: 'pmon', program: 'supervisord', timestamp: '2020-11-18 18:54:40,936' },
  },
];
