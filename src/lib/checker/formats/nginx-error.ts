import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

const LEVELS = 'debug|info|notice|warn|error|crit|alert|emerg';
/** `2026/11/25 10:01:02` */
const TIMESTAMP = '\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}';

export const nginxError: FormatDefinition = {
  id: 'nginx-error',
  program: /^nginx$/,
  layouts: [
    // `2026/11/25 10:01:02 [error] 1234#1234: *5 message` (ngx_log_error_core; `*5` only for connections).
    {
      pattern: re(`^(?<timestamp>${TIMESTAMP}) \\[(?<level>${LEVELS})\\] (?<pid>\\d+)#(?<tid>\\d+): (?:\\*(?<connection>\\d+) )?`),
    },
    // Before the log file is open nginx writes to stderr: `nginx: [emerg] bind() to 0.0.0.0:80 failed (…)`.
    { pattern: re(`^nginx: \\[(?<level>${LEVELS})\\] `), first: 'n' },
    // `nginx -t`: `nginx: the configuration file /etc/nginx/nginx.conf syntax is ok`.
    { pattern: re('^nginx: (?:the )?configuration file '), first: 'n' },
    // Lines pasted with the timestamp cut off: `[error] 1046#1046: *2094 …`, `[error] *426 …`.
    { pattern: re(`^\\[(?<level>${LEVELS})\\] (?=\\d+#\\d+: |\\*\\d+ )(?:(?<pid>\\d+)#(?<tid>\\d+): )?(?:\\*(?<connection>\\d+) )?`) },
  ],
};

export const samples: Sample[] = [
  {
    line: '2023/06/20 11:01:56 [alert] 4138#4138: open() "error.log" failed (13: Permission denied)',
    source: 'https://github.com/nginx/agent/pull/925',
    format: 'nginx-error',
    level: 'alert',
    fields: { timestamp: '2023/06/20 11:01:56', pid: '4138', tid: '4138' },
  },
  {
    line:
      'Wed Feb  5 00:26:00 2020 daemon.err nginx[2600]: 2020/02/05 00:26:00 [error] ' +
      '7339#0: *47 open() "/www/luci-static/resources/protocol/relay.js" failed (2: ' +
      'No such file or directory), client: 192.168.88.5, server: _lan, request: "GET ' +
      '/luci-static/resources/protocol/relay.js?v=git-19.292.31773-cc35206 HTTP/1.1", ' +
      'host: "192.168.88.1", referrer: "http://192.168.88.1/cgi-bin/luci/admin/status/overview"',
    source: 'https://github.com/openwrt/luci/issues/3602',
    format: 'nginx-error',
    level: 'error',
    wrappers: ['syslog'],
    fields: { facility: 'daemon', program: 'nginx', pid: '2600', timestamp: '2020/02/05 00:26:00', connection: '47' },
  },
  {
    line: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
    source: 'https://github.com/meanbee/docker-magento2/issues/33',
    format: 'nginx-error',
    level: null,
  },
];
