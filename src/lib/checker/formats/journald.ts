import type { FormatDefinition, Sample } from './types.ts';

/** The journal's own programs; its outputs (`short-iso`, `short-precise`, `json`…) are wrappers (wrappers/journald.ts). */
export const journald: FormatDefinition = {
  id: 'journald',
  program: /^(?:systemd|init$)/,
  layouts: [],
};

export const samples: Sample[] = [
  {
    line: 'Jan 31 15:18:45 host-192-168-0-48 systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
    source: 'https://github.com/docker/for-linux/issues/162',
    format: 'journald',
    level: null,
    wrappers: ['syslog'],
    fields: { hostname: 'host-192-168-0-48', program: 'systemd', pid: '1' },
  },
  {
    line: 'Oct 01 03:42:39 ubuntu-vivid-64 systemd-journald[19]: Received request to flush runtime journal from PID 1',
    source: 'https://github.com/systemd/systemd/pull/1430',
    format: 'journald',
    level: null,
    wrappers: ['syslog'],
    fields: { program: 'systemd-journald' },
  },
];
