import type { FormatDefinition, Sample } from './types.ts';
import { DATE, MONTH, re, TIME, WEEKDAY } from './fragments.ts';

export const apacheError: FormatDefinition = {
  id: 'apache-error',
  program: /^(?:httpd|apache2?)$/,
  layouts: [
    // 2.4 `[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] `,
    // 2.2 `[Sat Jun 01 11:23:08 2013] [error] [client 1.2.3.4] `, and 2.4 with an ISO `ErrorLogFormat`
    // (`[%{cu}t]`: `[2025-07-22 15:45:51.323610 +0200] [core:notice] [pid 1:tid 1399…] `).
    {
      pattern: re(
        `^\\[(?<timestamp>${WEEKDAY} ${MONTH} [ \\d]\\d ${TIME}(?:\\.\\d+)? \\d{4}|${DATE} ${TIME}(?:\\.\\d+)?(?: [+-]\\d{4})?)\\] \\[(?:(?<module>[\\w-]*):)?(?<level>[a-z]+\\d?)\\](?: \\[pid (?<pid>\\d+)(?::tid (?<tid>\\d+))?\\])?(?: \\[client (?<client>[^\\]\\s]+)\\])? `,
      ),
    },
    // Startup messages on stderr carry only their AH code: `AH00558: apache2: Could not reliably determine …`.
    { pattern: re('^(?<code>AH\\d{5}): '), first: 'A' },
  ],
};

export const samples: Sample[] = [];
