import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

const LEVELS = 'debug|info|notice|warn|error|crit|alert|emerg';

export const nginxError: FormatDefinition = {
  id: 'nginx-error',
  program: /^nginx$/,
  layouts: [
    // `2026/11/25 10:01:02 [error] 1234#1234: *5 message` (ngx_log_error_core; `*5` only for connections).
    {
      pattern: re(
        `^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}) \\[(?<level>${LEVELS})\\] (?<pid>\\d+)#(?<tid>\\d+): (?:\\*(?<connection>\\d+) )?`,
      ),
    },
    // Before the log file is open nginx writes to stderr: `nginx: [emerg] bind() to 0.0.0.0:80 failed (…)`.
    { pattern: re(`^nginx: \\[(?<level>${LEVELS})\\] `), first: 'n' },
    // Lines pasted with the timestamp cut off: `[error] 1046#1046: *2094 …`, `[error] *426 …`.
    { pattern: re(`^\\[(?<level>${LEVELS})\\] (?=\\d+#\\d+: |\\*\\d+ )(?:(?<pid>\\d+)#(?<tid>\\d+): )?(?:\\*(?<connection>\\d+) )?`) },
  ],
};

export const samples: Sample[] = [];
