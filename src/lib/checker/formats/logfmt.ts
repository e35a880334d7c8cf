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
    { pattern: PAIRS_TO_LEVEL, needs: 'l' },
  ],
};

export const samples: Sample[] = [];
