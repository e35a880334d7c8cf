import type { Sample, WrapperDefinition } from '../types.ts';
import { re } from '../fragments.ts';

/**
 * `cf logs`: the time, the source of the line (`APP/PROC/WEB/0` an app instance, `RTR` the router, `CELL`,
 * `STG` staging) and the stream it was written to, `OUT` or `ERR` (the stream, not a level), in brackets
 * from cf CLI 6.40 on: `2019-10-03T22:37:48.034+05:30 [APP/PROC/WEB/0] [ERR] npm ERR! Exit status 1`;
 * older releases print it bare: `2020-04-02T10:12:57.90-0400 [APP/PROC/WEB/5] ERR   File "…", line 348`.
 */
export const cloudFoundry: WrapperDefinition = {
  id: 'cloud-foundry',
  format: 'generic',
  layouts: [
    {
      pattern: re(
        '^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+(?:Z|[+-]\\d{2}:?\\d{2})) ' +
          '\\[(?<source>[A-Z]+(?:/[\\w.-]+)*)\\] \\[?(?<stream>OUT|ERR)\\]? ',
      ),
      first: '0123456789',
      needs: '] ',
    },
  ],
};

export const samples: Sample[] = [
  {
    line: '2020-04-02T10:12:57.90-0400 [APP/PROC/WEB/5] ERR RuntimeError: Working outside of request context.',
    source: 'https://github.com/fecgov/openFEC/issues/4273',
    format: 'python',
    level: null,
    wrappers: ['cloud-foundry'],
    fields: { timestamp: '2020-04-02T10:12:57.90-0400', source: 'APP/PROC/WEB/5', stream: 'ERR' },
  },
];
