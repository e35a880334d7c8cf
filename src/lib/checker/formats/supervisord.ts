import type { FormatDefinition, Sample } from './types.ts';
import { DATE, re, TIME } from './fragments.ts';

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
      pattern: re(
        `^(?<timestamp>${DATE} ${TIME},\\d{3}) (?<level>INFO) (?:exited|spawned|success|gave up|stopped|spawnerr|waiting for|supervisord started|daemonizing|reaped unknown pid|RPC interface|Included extra file|Set uid|set current directory|killing|received)[: ]`,
      ),
    },
  ],
};

export const samples: Sample[] = [];
