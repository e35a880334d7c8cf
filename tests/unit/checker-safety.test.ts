/**
 * The engine's own regexes run on V8's backtracking RegExp over whatever is pasted, so each must be
 * one recheck finds safe (linear in the line): format layouts, nginx context fields, errno pairs,
 * colour codes, record boundaries and the search-word filters. recheck's verdicts are kept in
 * src/lib/checker/regex-verdicts.json and a regex that is new or changed is analysed here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT } from '../../src/lib/checker/context-fields.ts';
import { ERRNO_TEXT, NUMBERED, SYMBOLIC } from '../../src/lib/checker/errno.ts';
import { BY_SIGNAL, EXIT_CODE, SYSTEMD_STATUS } from '../../src/lib/checker/exit-status.ts';
import { ENGINE_REGEXES as FORMAT_REGEXES } from '../../src/lib/checker/formats/detect.ts';
import { ANSI, LINE_BREAK } from '../../src/lib/checker/normalise.ts';
import {
  CHAIN,
  EXCEPTION_LINE,
  NODE_TAIL,
  PHP_CONTINUATION,
  POSTGRES_DETAIL,
  PYTHON_TRACEBACK,
  QUALIFIED_EXCEPTION,
  SYSTEMCTL_HEADER,
} from '../../src/lib/checker/records.ts';
import { boundedBacktracking, recheckVerdict, regexVerdicts, verdictKey } from '../../src/lib/checker/regex-verdicts.ts';
import { LEVEL_MARKER, NUMBER_LIKE, VOLATILE, WORD_SEPARATOR } from '../../src/lib/checker/search-terms.ts';
import { TIMESTAMP_READERS } from '../../src/lib/checker/timestamps.ts';

const ENGINE_REGEXES: Record<string, RegExp[]> = {
  // Layouts run compiled without their group names (positional), which is what is checked.
  'formats/': FORMAT_REGEXES,
  'context-fields.ts': CONTEXT.map((field) => field.pattern),
  'errno.ts': [...NUMBERED, SYMBOLIC, ERRNO_TEXT],
  'exit-status.ts': [SYSTEMD_STATUS, BY_SIGNAL, EXIT_CODE],
  'normalise.ts': [ANSI, LINE_BREAK],
  'records.ts': [PYTHON_TRACEBACK, CHAIN, EXCEPTION_LINE, QUALIFIED_EXCEPTION, NODE_TAIL, PHP_CONTINUATION, POSTGRES_DETAIL, SYSTEMCTL_HEADER],
  'search-terms.ts': [...VOLATILE, LEVEL_MARKER, WORD_SEPARATOR, NUMBER_LIKE],
  'timestamps.ts': TIMESTAMP_READERS,
};

test('every regex the engine runs on pasted text is one recheck finds safe', async () => {
  const all = Object.values(ENGINE_REGEXES).flat();
  const verdicts = await regexVerdicts('engine', all, { complete: true });
  const unsafe = Object.entries(ENGINE_REGEXES).flatMap(([file, regexes]) =>
    regexes
      .map((regex) => ({ regex, verdict: verdicts.get(verdictKey(regex.source, regex.flags))! }))
      .filter(({ verdict }) => verdict.complexity !== 'safe')
      .map(({ regex, verdict }) => `${file}: ${regex} is ${verdict.complexity}`),
  );
  assert.deepEqual(unsafe, []);
  assert.ok(all.length >= 50, `only ${all.length} regexes collected`);
});

test('a pattern whose only unbounded repetition ends it is linear without recheck, and recheck agrees', async () => {
  const bounded = ['synthetic failure E1234 in module \\w+', 'connect\\(\\) failed \\(\\d{1,3}: [A-Z][a-z ]{2,16}\\)', '(?:ab|a)\\S+', 'rm: cannot remove .*'];
  const notBounded = ['a\\w+$', 'a\\w+\\b', '(a+)+', 'x[^)]*\\) y', 'a{0,300}b', '(?:ab)+', 'bind\\(\\) to (?!unix:)\\S+'];
  assert.deepEqual(bounded.map(boundedBacktracking), bounded.map(() => true));
  assert.deepEqual(notBounded.map(boundedBacktracking), notBounded.map(() => false));
  const verdicts = await Promise.all(bounded.map((source) => recheckVerdict(source, '')));
  assert.deepEqual(verdicts.map((verdict) => verdict.complexity), bounded.map(() => 'safe'));
});
