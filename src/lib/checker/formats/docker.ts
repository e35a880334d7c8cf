import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

export const docker: FormatDefinition = {
  id: 'docker',
  // dockerd and containerd write logrus lines (`time="…" level=warning msg="…"`, logfmt.ts) to the journal.
  program: /^(?:dockerd|docker|containerd)$/,
  layouts: [
    // logrus's text form on a terminal: `FATA[0002] Error starting daemon: timeout`.
    { pattern: re('^(?<level>DEBU|INFO|WARN|ERRO|FATA|PANI)\\[\\d+\\] '), first: 'DIWEFP', needs: '[' },
    // docker compose's own lines: `Attaching to laradock_php-fpm_1`, `laradock_nginx_1 exited with code 0`,
    // `docker compose exec`'s `Exited with code 137`.
    { pattern: re('^Attaching to '), first: 'A' },
    { pattern: re('^(?:(?<container>[\\w.-]+) )?[Ee]xited with code (?<code>\\d+)'), needs: 'xited with code ' },
    // The docker CLI: `docker: Error response from daemon: …`, `Cannot connect to the Docker daemon at …`.
    {
      pattern: re('^(?:docker: )?(?:Error response from daemon: |Cannot connect to the Docker daemon|Error starting daemon: )'),
      first: 'dEC',
    },
  ],
};

export const samples: Sample[] = [
  {
    line: 'FATA[0002] Error starting daemon: timeout',
    source: 'https://github.com/moby/moby/issues/22507',
    format: 'docker',
    level: 'critical',
  },
  {
    line: 'Feb 06 18:53:08 linux-os dockerd[737]: time="2018-02-06T18:53:08.780187727Z" level=info msg="Loading containers: start."',
    source: 'https://github.com/docker/for-linux/issues/222',
    format: 'docker',
    level: 'info',
    wrappers: ['syslog'],
    fields: { program: 'dockerd', pid: '737', timestamp: '2018-02-06T18:53:08.780187727Z' },
  },
  {
    line: 'Attaching to laradock_php-fpm_1',
    source: 'https://github.com/laradock/laradock/issues/1386',
    format: 'docker',
    level: null,
  },
  {
    line: 'Exited with code 137',
    source: 'https://github.com/mozilla/addons-server/issues/7518',
    format: 'docker',
    level: null,
  },
];
