import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

export const nodejs: FormatDefinition = {
  id: 'nodejs',
  program: /^node$/,
  layouts: [
    // The V8 OOM line, process warnings `(node:1234) …`, stack frames and built-in JavaScript errors.
    { pattern: re('^FATAL ERROR: '), first: 'F' },
    { pattern: re('^\\(node:(?<pid>\\d+)\\) '), first: '(' },
    { pattern: re('^at .*:\\d+:\\d+\\)?$'), first: 'a' },
    {
      pattern: re('^(?:Uncaught )?(?<exception>Error|TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError)(?: \\[(?<code>[A-Z_]+)\\])?: '),
      first: 'UETRSA',
    },
  ],
};

export const samples: Sample[] = [
  {
    line: 'Error: listen EADDRINUSE: address already in use :::5000',
    source: 'https://github.com/linnovate/mean/issues/2001',
    format: 'nodejs',
    level: null,
    fields: { exception: 'Error' },
  },
];
