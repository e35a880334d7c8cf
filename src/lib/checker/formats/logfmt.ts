import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

// `key=value ` pairs up to the level: a key has no `=`, a value no space (or is quoted), so there is one way to split.
const PAIRS_TO_LEVEL = re('^(?:[a-z_][\\w.]*=(?:"[^"]*"|[^\\s"]*) )*?(?:level|lvl)="?(?<level>[A-Za-z]+)');

export const logfmt: FormatDefinition = {
  id: 'logfmt',
  generic: true,
  // logrus (`level=`), go-kit and Prometheus (`level=`), log15 and Grafana (`lvl=eror`): any key order.
  level: { words: { eror: 'error', dbug: 'debug', crit: 'critical' } },
  layouts: [
    // A line of `key=value` pairs: `time="2018-02-06T18:53:08.568966071Z" level=warning msg="…"`,
    // `ts=2024-04-08T10:00:00.123Z caller=main.go:123 level=info msg="…"`, `t=… lvl=eror msg="…"`.
    // logrus's text formatter, as dockerd and containerd write it.
    { pattern: re('^time="(?<timestamp>[^"]*)" level=(?<level>\\w+) msg='), first: 't' },
    { pattern: PAIRS_TO_LEVEL, first: 'abcdefghijklmnopqrstuvwxyz_', needs: 'l=' },
  ],
};

export const samples: Sample[] = [
  {
    line: 'time="2015-03-26T01:27:38-04:00" level=debug msg="Started observing beach" animal=walrus number=8',
    source: 'https://github.com/sirupsen/logrus/blob/master/README.md',
    format: 'logfmt',
    level: 'debug',
    fields: { timestamp: '2015-03-26T01:27:38-04:00', level: 'debug' },
  },
  {
    line:
      '2024-10-06T11:45:31.403475780Z time="2024-10-06T13:45:31+02:00" level=error ' +
      'msg="UnmarshalJSON : invalid character \'-\' after top-level value" line="2024-10-06T13:45:31+02:00 ' +
      'DBG github.com/traefik/traefik/v3/pkg/middlewares/ipallowlist/ip_allowlist.go:84 ' +
      '> Accepting IP 192.168.40.65 middlewareName=ip-whitelist@file middlewareType=IPAllowLister"',
    source: 'https://github.com/crowdsecurity/crowdsec/issues/3279',
    format: 'logfmt',
    level: 'error',
    wrappers: ['docker-timestamps'],
  },
];
