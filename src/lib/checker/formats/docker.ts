import type { FormatDefinition, Sample } from './types.ts';
import { ISO_TIME, re } from './fragments.ts';

export const docker: FormatDefinition = {
  id: 'docker',
  // dockerd and containerd write logrus lines (`time="…" level=warning msg="…"`, logfmt.ts) to the journal.
  program: /^(?:dockerd|docker|containerd)$/,
  layouts: [
    // logrus's text form on a terminal: the seconds since start, `FATA[0002] Error starting daemon: timeout`, or
    // with FullTimestamp (dockerd and containerd set it) the RFC 3339 time:
    // `ERRO[2021-04-12T16:04:16.068413882+08:00] containerd did not exit successfully  error="signal: …"`.
    {
      pattern: re(`^(?<level>DEBU|INFO|WARN|ERRO|FATA|PANI|TRAC)\\[(?:\\d+|(?<timestamp>${ISO_TIME}))\\] `),
      level: { words: { trac: 'debug' } },
      first: 'DIWEFPT',
      needs: '[',
    },
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
    line:
      'ERRO[2021-04-12T16:04:16.068413882+08:00] containerd did not exit successfully          ' +
      'error="signal: segmentation fault" module=libcontainerd',
    source: 'https://github.com/moby/moby/issues/34091',
    format: 'docker',
    level: 'error',
    fields: { timestamp: '2021-04-12T16:04:16.068413882+08:00' },
  },
  {
    line: 'DEBU[2022-12-13T19:56:57.887180699Z] Start writing stream "stderr" to log file "/var/log/pods/.../0.log"',
    source: 'https://github.com/containerd/containerd/issues/7806',
    format: 'docker',
    level: 'debug',
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
