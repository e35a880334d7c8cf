import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

const LEVELS = 'TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRIT|CRITICAL|FATAL|ALERT|EMERG|PANIC';

/** Lines of no known software that still say when and how bad: tried last. */
export const generic: FormatDefinition = {
  id: 'generic',
  generic: true,
  layouts: [
    // C++ glog: klog's layout (kubernetes.ts) with other sources: `E0517 15:04:22.619632 1952452992 logging_unittest.cc:253] …`.
    { pattern: re('^(?<level>[IWEF])(?<timestamp>\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}) +(?<pid>\\d+) (?<source>[\\w.-]+:\\d+)\\] '), first: 'IWEF', needs: '] ' },
    // An ISO-like timestamp, then perhaps a level: `2024-04-08 10:00:00,123 [ERROR] …`, `2012-07-02 10:22:40,672:DEBUG:…`.
    {
      pattern: re(
        `^(?<timestamp>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)(?:(?: +|:)\\[?(?<level>${LEVELS})\\b\\]?)?`,
      ),
    },
  ],
  // A `level=` anywhere says the level of a line with no other layout.
  level: { search: re('\\blevel=(?<level>[a-z]+)\\b') },
};

export const samples: Sample[] = [
  {
    line: 'Found DAS config file, trying to load DAS switcher from DAS config file.',
    source: 'https://github.com/NixOS/nixpkgs/pull/287611',
    format: 'generic',
    level: null,
  },
];
