import type { FormatDefinition, Sample } from './types.ts';
import { MONTH, re } from './fragments.ts';

// `%ci:%cp [%tr] %ft %b/%s`: the start every HTTP and TCP log line shares. Address and port are one field:
// split, an IPv6 address's digits and colons could end either, and the regex would no longer be linear.
const ACCEPT_DATE = `\\d{2}/${MONTH}/\\d{4}:\\d{2}:\\d{2}:\\d{2}\\.\\d{3}`;
const HEAD =
  `^(?<client>[\\da-fA-F:][\\da-fA-F.:]*) \\[(?<timestamp>${ACCEPT_DATE})\\] ` + '(?<frontend>\\S+) (?<backend>[^\\s/]+)/(?<server>\\S+) ';

// %ci is an IPv4 or IPv6 address.
const CLIENT_START = '0123456789abcdefABCDEF:';

export const haproxy: FormatDefinition = {
  id: 'haproxy',
  program: /^haproxy$/,
  layouts: [
    // HTTP log: `… 0/0/7/1457/1487 200 11394 - - ---- 2/1/0/0/0 0/0 …`; its level is the status's.
    {
      pattern: re(`${HEAD}(?<timers>-?\\d+/-?\\d+/-?\\d+/-?\\d+/\\+?-?\\d+) (?<status>-1|\\d{3}) `),
      level: { group: 'status', scale: 'http-status' },
      first: CLIENT_START,
      needs: '] ',
    },
    // TCP log: `… 0/0/5007 212 -- 0/0/0/0/3 0/0`.
    { pattern: re(`${HEAD}(?<timers>-?\\d+/-?\\d+/\\+?-?\\d+) `), first: CLIENT_START, needs: '] ' },
    // Its own messages on stderr: `[WARNING]  (1) : Server bk/srv1 is DOWN…`, older `[ALERT] 045/153017 (7) : …`.
    {
      pattern: re('^\\[(?<level>EMERG|ALERT|WARNING|NOTICE|ERROR|INFO|DEBUG) *\\] +(?:\\d{3}/\\d{6} +)?\\((?<pid>\\d+)\\) : '),
    },
  ],
};

export const samples: Sample[] = [
  {
    line:
      'Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2009:12:14:14.655] ' +
      'http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} ' +
      '{} "GET /index.html HTTP/1.1"',
    source: 'https://github.com/haproxy/haproxy/blob/master/doc/configuration.txt',
    format: 'haproxy',
    level: 'info',
    wrappers: ['syslog'],
    fields: { client: '10.0.1.2:33317', frontend: 'http-in', backend: 'static', server: 'srv1', status: '200' },
  },
  {
    line:
      '[WARNING]  (301) : Server solacescalable_default-default-8443-pub_8443/SRV_2 ' +
      'is DOWN, reason: Layer4 connection problem, info: "Connection refused", check ' +
      'duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, ' +
      '0 remaining in queue.',
    source: 'https://github.com/haproxytech/kubernetes-ingress/issues/479',
    format: 'haproxy',
    level: 'warning',
    fields: { pid: '301' },
  },
  {
    line: "[ALERT]    (301) : backend 'solacescalable_default-default-8443-pub_8443' has no server available!",
    source: 'https://github.com/haproxytech/kubernetes-ingress/issues/479',
    format: 'haproxy',
    level: 'alert',
  },
  {
    line: "haproxy_1_3e1d962649bf | [ALERT] 035/080447 (1) : backend 'backend_api' has no server available!",
    source: 'https://github.com/balena-io/open-balena/issues/37',
    format: 'haproxy',
    level: 'alert',
    wrappers: ['docker-compose'],
    fields: { container: 'haproxy_1_3e1d962649bf', pid: '1' },
  },
  {
    line:
      'Feb 19 16:49:58 localserver haproxy[33386]: [WARNING] 049/164958 (33386) : ' +
      "parsing [/etc/haproxy/haproxy.cfg:39] : The 'reqadd' directive is deprecated " +
      "in favor of 'http-request add-header' and will be removed in next version.",
    source: 'https://github.com/haproxy/haproxy/issues/1560',
    format: 'haproxy',
    level: 'warning',
    wrappers: ['syslog'],
  },
];
