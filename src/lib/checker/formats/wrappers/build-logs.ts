import type { Sample, WrapperDefinition } from '../types.ts';
import { re } from '../fragments.ts';

/** Netlify's deploy log puts the build machine's clock before every line the build printed: `9:40:53 PM: `. */
export const netlifyBuild: WrapperDefinition = {
  id: 'netlify-build',
  format: 'generic',
  layouts: [{ pattern: re('^(?<timestamp>\\d{1,2}:\\d{2}:\\d{2} [AP]M): '), first: '0123456789', needs: 'M: ' }],
};

/** Jenkins' Timestamper plugin puts the time of each console line before it: `[2023-12-07T07:27:53.206Z] `. */
export const jenkinsTimestamper: WrapperDefinition = {
  id: 'jenkins-timestamps',
  format: 'generic',
  layouts: [{ pattern: re('^\\[(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)\\] ') }],
};

export const samples: Sample[] = [
  {
    line:
      '[2023-12-07T07:27:53.206Z] 10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf ' +
      'differs from the packaged version',
    source: 'https://github.com/confidential-containers/cloud-api-adaptor/pull/1605',
    format: 'generic',
    level: 'info',
    wrappers: ['jenkins-timestamps'],
    fields: { timestamp: '2023-12-07T07:27:53.206Z', program: '10-listen-on-ipv6-by-default.sh' },
  },
  {
    line:
      '9:40:53 PM: [1375:0x4b7a370]   170904 ms: Mark-sweep 2019.2 (2057.9) -> 2019.0 ' +
      '(2057.9) MB, 5209.6 / 0.0 ms  (average mu = 0.163, current mu = 0.084) allocation ' +
      'failure GC in old space requested',
    source: 'https://github.com/openupm/openupm/issues/726',
    format: 'nodejs',
    level: null,
    wrappers: ['netlify-build'],
    fields: { timestamp: '9:40:53 PM', pid: '1375' },
  },
];
