import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

/**
 * systemd's own lines: its programs in the journal (`systemd[1]: …`; the journal's outputs such as
 * `short-iso` or `json` are wrappers, wrappers/journald.ts) and the head of `systemctl status`, whose
 * indented lines (`Loaded:`, `Active:`, `Process:` …) continue that record.
 */
export const journald: FormatDefinition = {
  id: 'journald',
  program: /^(?:systemd|init$)/,
  layouts: [
    // `● nginx.service - A high performance web server …`; `×` failed, `○` inactive, `*` without UTF-8.
    {
      pattern: re(
        '^(?:[●×○↻*] )?(?<unit>[\\w@:.\\\\-]+\\.(?:service|socket|timer|mount|automount|swap|target|path|scope|slice|device)) - ',
      ),
      first: '●×○↻*abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@:.\\-',
      needs: ' - ',
    },
    // `systemctl status`'s longest field name fills its column, so it is the one field not indented:
    // `TriggeredBy: ● docker.socket` (systemd 244+); records.ts keeps it in the status block above it.
    { pattern: re('^TriggeredBy: '), first: 'T' },
    { pattern: re('^Hint: Some lines were ellipsized, use -l to show in full'), first: 'H' },
    // `journalctl -x` explains an entry from the message catalog, each line after `-- `: `-- Subject: …`, `--`.
    { pattern: re('^--(?: |$)'), first: '-' },
  ],
};

export const samples: Sample[] = [
  {
    line: 'TriggeredBy: ● docker.socket',
    source: 'https://github.com/docker-archive-public/docker.machine/issues/4810',
    format: 'journald',
    level: null,
  },
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
  {
    line: '× nginx.service - A high performance web server and a reverse proxy server',
    source: 'https://github.com/binary-person/womginx/issues/141',
    format: 'journald',
    level: null,
    fields: { unit: 'nginx.service' },
  },
  {
    line: 'Hint: Some lines were ellipsized, use -l to show in full.',
    source: 'https://github.com/AnoopAlias/AUTOM8N/issues/227',
    format: 'journald',
    level: null,
  },
  {
    line: '-- Subject: Unit session-12208733.scope has finished start-up',
    source: 'https://github.com/engintron/engintron/issues/825',
    format: 'journald',
    level: null,
  },
];
