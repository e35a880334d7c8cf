import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re, TIME } from './fragments.ts';

export const phpFpm: FormatDefinition = {
  id: 'php-fpm',
  program: /^php[\d.]*-fpm[\d.]*$/,
  layouts: [
    // PHP-FPM master: `[23-Mar-2018 16:51:58] WARNING: [pool www] server reached pm.max_children setting (5)…`.
    {
      pattern: re(
        `^\\[(?<timestamp>\\d{2}-${MONTH}-\\d{4} ${TIME}(?:\\.\\d+)?)\\] (?<level>DEBUG|NOTICE|WARNING|ERROR|ALERT): (?:\\[pool (?<pool>[^\\]]+)\\] )?`,
      ),
    },
    // PHP's own error log: `[25-Nov-2026 10:01:02 UTC] PHP Fatal error:  Allowed memory size …`.
    {
      pattern: re(
        `^\\[(?<timestamp>\\d{2}-${MONTH}-\\d{4} ${TIME}(?: [\\w/+-]+)?)\\] PHP (?<level>Fatal error|Parse error|Warning|Notice|Deprecated):? +`,
      ),
    },
  ],
};

export const samples: Sample[] = [
  {
    line: '[13-Jan-2020 02:36:45] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    source: 'https://github.com/Novik/ruTorrent/issues/1987',
    format: 'php-fpm',
    level: 'warning',
    fields: { timestamp: '13-Jan-2020 02:36:45', pool: 'www' },
  },
  {
    line: '[13-Jan-2020 02:34:51] NOTICE: fpm is running, pid 326',
    source: 'https://github.com/Novik/ruTorrent/issues/1987',
    format: 'php-fpm',
    level: 'notice',
    fields: { timestamp: '13-Jan-2020 02:34:51' },
  },
];
