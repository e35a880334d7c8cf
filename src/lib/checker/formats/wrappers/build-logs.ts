import type { Sample, WrapperDefinition } from '../types.ts';
import { re } from '../fragments.ts';

/** Netlify's deploy log puts the build machine's clock before every line the build printed: `9:40:53 PM: `. */
export const netlifyBuild: WrapperDefinition = {
  id: 'netlify-build',
  format: 'generic',
  layouts: [{ pattern: re('^(?<timestamp>\\d{1,2}:\\d{2}:\\d{2} [AP]M): '), first: '0123456789', needs: 'M: ' }],
};

export const samples: Sample[] = [
  {
    line: '9:40:53 PM: [1375:0x4b7a370]   170904 ms: Mark-sweep 2019.2 (2057.9) -> 2019.0 (2057.9) MB, 5209.6 / 0.0 ms  (average mu = 0.163, current mu = 0.084) allocation failure GC in old space requested',
    source: 'https://github.com/openupm/openupm/issues/726',
    format: 'nodejs',
    level: null,
    wrappers: ['netlify-build'],
    fields: { timestamp: '9:40:53 PM', pid: '1375' },
  },
];
