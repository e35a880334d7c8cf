import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re } from './fragments.ts';

// `%ci:%cp [%tr] %ft %b/%s`: the start every HTTP and TCP log line shares.
const HEAD = `^(?<client>[\\w.:-]+):(?<port>\\d+) \\[(?<timestamp>\\d{2}/${MONTH}/\\d{4}:\\d{2}:\\d{2}:\\d{2}\\.\\d{3})\\] (?<frontend>\\S+) (?<backend>[^\\s/]+)/(?<server>\\S+) `;

export const haproxy: FormatDefinition = {
  id: 'haproxy',
  program: /^haproxy$/,
  layouts: [
    // HTTP log: `… 0/0/7/1457/1487 200 11394 - - ---- 2/1/0/0/0 0/0 …`; its level is the status's.
    { pattern: re(`${HEAD}(?<timers>-?\\d+/-?\\d+/-?\\d+/-?\\d+/\\+?-?\\d+) (?<status>-1|\\d{3}) `), level: { group: 'status', scale: 'http-status' } },
    // TCP log: `… 0/0/5007 212 -- 0/0/0/0/3 0/0`.
    { pattern: re(`${HEAD}(?<timers>-?\\d+/-?\\d+/\\+?-?\\d+) `) },
    // Its own messages on stderr: `[WARNING]  (1) : Server bk/srv1 is DOWN…`, older `[ALERT] 045/153017 (7) : …`.
    {
      pattern: re('^\\[(?<level>EMERG|ALERT|WARNING|NOTICE|ERROR|INFO|DEBUG) *\\] +(?:\\d{3}/\\d{6} +)?\\((?<pid>\\d+)\\) : '),
    },
  ],
};

export const samples: Sample[] = [];
