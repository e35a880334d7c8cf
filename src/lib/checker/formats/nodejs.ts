import type { FormatDefinition, Sample } from './types.ts';
import { re } from './fragments.ts';

/** JavaScript's own error classes, as an uncaught one is printed (`TypeError: …`). */
const ERROR_CLASSES = 'Error|TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError';

export const nodejs: FormatDefinition = {
  id: 'nodejs',
  program: /^node$/,
  layouts: [
    // npm's own messages, its level after `npm `: an error's block repeats `npm ERR! ` on every line, so its
    // lines are one record: `npm ERR! code ELIFECYCLE`, `npm ERR! errno 1`, `npm ERR! Exit status 1`.
    {
      pattern: re('^npm (?<level>ERR!|WARN|notice|info|verb|timing|sill)(?= |$)'),
      first: 'n',
      level: { words: { 'err!': 'error', verb: 'debug', timing: 'debug', sill: 'debug' } },
      repeatsPrefix: true,
    },
    // The V8 OOM line, process warnings `(node:1234) …`, stack frames and built-in JavaScript errors.
    { pattern: re('^FATAL ERROR: '), first: 'F' },
    // V8's report before a heap OOM: `<--- Last few GCs --->`, its GC trace lines
    // `[6688:00000265CEB76EB0] 410012252 ms: Mark-sweep 6722.7 (8352.3) -> …`, `<--- JS stacktrace --->`.
    { pattern: re('^<--- Last few GCs --->'), first: '<', opensRecord: true },
    { pattern: re('^<--- JS stacktrace --->'), first: '<' },
    { pattern: re('^\\[(?<pid>\\d+):(?:0x)?[0-9a-fA-F]+\\] +\\d+ ms: '), first: '[' },
    { pattern: re('^==== JS stack trace ='), first: '=' },
    // Where an uncaught error was thrown, the first line of the report: Node's own source
    // (`internal/modules/cjs/loader.js:969`, `events.js:292`, `node:internal/process/promises:288`) or the
    // program's (`/app/index.js:12`); then `Node.js v18.17.0` at the end of the report.
    { pattern: re('^node:[\\w/.-]+:\\d+$'), first: 'n', opensRecord: true },
    { pattern: re('^(?:[A-Za-z]:)?[\\w/\\\\.@-]*\\.[cm]?js:\\d+$'), opensRecord: true, needs: 'js:' },
    { pattern: re('^Node\\.js v\\d+\\.\\d+\\.\\d+$'), first: 'N' },
    // nodemon's own lines: `[nodemon] app crashed - waiting for file changes before starting...`.
    { pattern: re('^\\[nodemon\\] '), first: '[', opensRecord: true },
    { pattern: re('^\\(node:(?<pid>\\d+)\\) '), first: '(', opensRecord: true },
    { pattern: re('^at .*:\\d+:\\d+\\)?$'), first: 'a' },
    {
      pattern: re(`^(?:Uncaught )?(?<exception>${ERROR_CLASSES})(?: \\[(?<code>[A-Z_]+)\\])?: `),
      first: 'UETRSA',
      continuesRecord: true,
    },
  ],
};

export const samples: Sample[] = [
  {
    line: "npm ERR! Failed at the demo-app@0.1.0 start script 'run-p start:dev start:api'.",
    source: 'https://github.com/cloudfoundry/python-buildpack/issues/145',
    format: 'nodejs',
    level: 'error',
  },
  {
    line: 'Error: listen EADDRINUSE: address already in use :::5000',
    source: 'https://github.com/linnovate/mean/issues/2001',
    format: 'nodejs',
    level: null,
    fields: { exception: 'Error' },
  },
  {
    line: '<--- Last few GCs --->',
    source: 'https://github.com/nodejs/node/issues/29800',
    format: 'nodejs',
    level: null,
  },
  {
    line:
      '[6688:00000265CEB76EB0] 410012252 ms: Mark-sweep 6722.7 (8352.3) -> 6721.8 ' +
      '(8352.8) MB, 190.6 / 0.1 ms  (average mu = 0.142, current mu = 0.035) allocation ' +
      'failure scavenge might not succeed',
    source: 'https://github.com/nodejs/node/issues/29800',
    format: 'nodejs',
    level: null,
    fields: { pid: '6688' },
  },
  {
    line: 'node:internal/process/promises:288',
    source: 'https://github.com/csfloat/inspect/issues/172',
    format: 'nodejs',
    level: null,
  },
  {
    line: 'internal/modules/cjs/loader.js:969',
    source: 'https://github.com/debug-js/debug/issues/763',
    format: 'nodejs',
    level: null,
  },
  {
    line: '[nodemon] app crashed - waiting for file changes before starting...',
    source: 'https://github.com/debug-js/debug/issues/763',
    format: 'nodejs',
    level: null,
  },
];
