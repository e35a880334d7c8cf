import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

export const mysql: FormatDefinition = {
  id: 'mysql',
  program: /^(?:mysqld|mariadbd)/,
  level: { words: { note: 'info', system: 'info' } },
  layouts: [
    // MySQL 5.7 `2017-12-26T22:25:40.932439Z 0 [Warning] …`, 8.0 `… 0 [ERROR] [MY-010270] [Server] …`,
    // MariaDB `2022-03-10 22:19:56 8 [Warning] …`, 5.5/5.6 `160121 16:44:56 [Note] …`.
    {
      pattern: re(
        '^(?<timestamp>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?|\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}) +(?:(?<tid>\\d+) )?\\[(?<level>Note|Warning|ERROR|Error|System)\\](?: \\[(?<code>MY-\\d{6})\\] \\[(?<subsystem>\\w+)\\])? ',
      ),
      first: '0123456789', // both timestamp forms start with a digit
      needs: '] ',
    },
    // 5.5/5.6 InnoDB lines carry a timestamp and no level: `161209 14:18:50 InnoDB: Initializing buffer pool, size = 128.0M`.
    { pattern: re('^(?<timestamp>\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2}) +(?<subsystem>InnoDB): ') },
    // … and its multi-line messages continue without one: `InnoDB: Doublewrite buffer not found: creating new`.
    { pattern: re('^(?<subsystem>InnoDB): '), first: 'I' },
    // Errors of the bootstrap SQL it runs at install: `ERROR: 1050  Table 'plugin' already exists`.
    { pattern: re('^(?<level>ERROR): (?<code>\\d+)  '), first: 'E' },
    // The ready line: `Version: '5.5.53-0ubuntu0.12.04.1-log'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306 …`.
    { pattern: re("^Version: '(?<version>[^']*)'  socket: "), first: 'V' },
  ],
};

export const samples: Sample[] = [];
