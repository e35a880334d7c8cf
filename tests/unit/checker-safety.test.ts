/**
 * Nothing reaches V8's backtracking RegExp unproven. The engine's own regexes (format layouts, nginx
 * context fields, errno pairs, colour codes, record boundaries, search-word filters) must each be proven
 * linear; article patterns that are not go to re2js (compile-rules.ts). The proofs: the shape rule
 * (regex-tree.ts) and recheck's automaton verdict on the relaxed pattern, kept in regex-verdicts.json by
 * `npm run verdicts` and only read here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE_REGEXES } from '../../src/lib/checker-build/engine-regexes.ts';
import { boundedByShape, relaxedSource } from '../../src/lib/checker-build/regex-tree.ts';
import {
  analyseRegex,
  readVerdicts,
  recheckVerdict,
  storedVerdictFile,
  VERDICTS_COMMAND,
  verdictKey,
} from '../../src/lib/checker-build/regex-verdicts.ts';
import { computeVerdictFile } from '../../scripts/lib/verdicts.ts';

test('every regex the engine runs on pasted text is proven linear', () => {
  const all = Object.values(ENGINE_REGEXES).flat();
  const verdicts = readVerdicts('engine', all);
  const unsafe = Object.entries(ENGINE_REGEXES).flatMap(([file, regexes]) =>
    regexes
      .map((regex) => ({ regex, verdict: verdicts.get(verdictKey(regex.source, regex.flags))! }))
      .filter(({ verdict }) => verdict.complexity !== 'safe')
      .map(
        ({ regex, verdict }) =>
          `${file}: ${regex} is ${verdict.complexity} (relaxed for recheck: /${relaxedSource(regex.source, regex.flags)}/)`,
      ),
  );
  assert.deepEqual(unsafe, []);
  assert.ok(all.length >= 50, `only ${all.length} regexes collected`);
});

test(`regex-verdicts.json holds exactly the verdicts of today's patterns and engine regexes (else: ${VERDICTS_COMMAND})`, async () => {
  const wanted = await computeVerdictFile(undefined, {
    analysing: (regex) => {
      throw new Error(`no verdict for /${regex.source}/${regex.flags}: run \`${VERDICTS_COMMAND}\` and commit the file`);
    },
  });
  const stored = storedVerdictFile();
  for (const scope of ['patterns', 'engine'] as const) {
    const unused = Object.keys(stored[scope]).filter((key) => !(key in wanted[scope]));
    assert.deepEqual(unused, [], `verdicts of regexes no longer used: run \`${VERDICTS_COMMAND}\``);
  }
});

const SHAPE_RULE_ACCEPTS =
  "the shape rule accepts few choices and unbounded repetitions that end the pattern or start near a run's start, and recheck agrees";
test(SHAPE_RULE_ACCEPTS, async () => {
  const bounded = [
    'synthetic failure E1234 in module \\w+',
    'connect\\(\\) failed \\(\\d{1,3}: [A-Z][a-z ]{2,16}\\)',
    '(?:ab|a)\\S+',
    'rm: cannot remove .*',
    '(?:\\b1040\\b|ER_CON).{0,20}(?:Too ma)?ny',
    'connect\\(\\) to unix:\\S+ failed \\(13: Permission denied\\)',
    'port \\d+(?: after \\d+ ms)?: Connection refused',
    '^\\s*Reason:\\s+OOMKilled\\b',
    '\\b\\d+#\\d+:?',
    'a{0,300}b',
    '\\[?(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\\]?(?::\\d+)?',
  ];
  // Lookarounds whose repetitions start near a run's start (recheck cannot analyse these at all).
  const boundedLookarounds = [
    'connect ECONNREFUSED (?!\\S*:(?:5432|3306)\\b)\\S+',
    'SSL_do_handshake\\(\\) failed \\(SSL: (?![^)]*wrong version number)[^)]*\\) while',
    '(?<!userland proxy: )(?<!-> \\S+: )listen tcp',
  ];
  const notBounded = [
    'a\\w+$',
    '(a+)+',
    'x[^)]*\\) y',
    '\\[pool [^\\]]+\\] server',
    'a\\S+b\\S+c',
    '(?:ab)+',
    'a(?=\\S+b)\\S+',
    '(?:\\w{1,16} ?){1,16}x',
    '\\w{0,16}\\w{0,16}\\w{0,16}x',
    '(a)\\1',
  ];
  assert.deepEqual(
    [...bounded, ...boundedLookarounds].map((source) => boundedByShape(source)),
    [...bounded, ...boundedLookarounds].map(() => true),
  );
  assert.deepEqual(
    notBounded.map((source) => boundedByShape(source)),
    notBounded.map(() => false),
  );
  // Where relaxing changes nothing (no counts), recheck's automaton agrees; with counts the relaxed
  // pattern can be polynomial (`.{0,20}` read as `.*`) although the pattern is linear.
  const countFree = bounded.filter((source) => relaxedSource(source) === source);
  assert.ok(countFree.length >= 5);
  const verdicts = await Promise.all(countFree.map((source) => recheckVerdict(source, '')));
  assert.deepEqual(
    verdicts.map((verdict) => verdict.complexity),
    countFree.map(() => 'safe'),
  );
});

test('recheck sees a count as no limit: `(?:\\w{1,16} ?){1,16}x`, which its automaton calls safe as written, is exponential', async () => {
  const source = '(?:\\w{1,16} ?){1,16}x';
  assert.equal(relaxedSource(source), '(?:\\w{1,} ?)+x');
  assert.deepEqual(await analyseRegex(source, ''), { complexity: 'exponential', checker: 'automaton' });
  // Lookarounds with a bounded body cost a constant and are left out; an unbounded one stays (recheck cannot decide it).
  assert.equal(relaxedSource('(?<!x: )a(?!0/|203/)\\d+'), 'a\\d+');
  assert.equal(relaxedSource('(?<!-> \\S+: )a'), '(?<!-> \\S+: )a');
});

/** Milliseconds V8 takes for one search of `text`, best of three (a busy machine adds noise, not less time). */
function searchTime(regex: RegExp, text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3 && best > 5; run++) {
    const start = performance.now();
    regex.exec(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Nested and adjacent counted groups over bodies that can match the same text several ways: the shape
// of `(?:\w{1,16} ?){1,16}x`, which takes V8 seconds on a line of 30 words.
const BODIES = ['\\w{1,16}', '\\w{0,8}', '[a-z]{1,10}', '\\w+', '[\\w ]{1,12}'];
const SEPARATORS = ['', ' ?', '\\s?'];
const SHAPES = [
  (b: string, s: string) => `(?:${b}${s}){1,16}x`,
  (b: string, s: string) => `(?:(?:${b}${s}){1,4}){1,4}x`,
  (b: string, s: string) => `${b}${s}${b}${s}${b}${s}${b}x`,
  (b: string, s: string) => `(?:${b}${s}){2}(?:${b}${s}){0,3}x`,
];
const ATTACKS = (length: number) => ['a'.repeat(length), 'a '.repeat(length / 2), 'ab '.repeat(length / 3)];

test('generated nested and adjacent counted groups never reach V8 unproven', async () => {
  const sources = SHAPES.flatMap((shape) => BODIES.flatMap((body) => SEPARATORS.map((separator) => shape(body, separator))));
  const verdicts = await Promise.all(sources.map((source) => analyseRegex(source, '')));
  const onV8 = sources.filter((_, i) => verdicts[i]!.complexity === 'safe');
  // Whatever is proven must really be fast: first on short lines (an exponential search would take
  // seconds there), then on a line as long as a rule sees.
  for (const length of [30, 4096]) {
    const slow = onV8
      .flatMap((source) => ATTACKS(length).map((text) => ({ source, ms: searchTime(new RegExp(source), text) })))
      .filter(({ ms }) => ms > 50);
    assert.deepEqual(slow, [], `proven linear but slow on ${length}-character lines`);
  }
  assert.ok(sources.length - onV8.length >= sources.length / 2, `only ${sources.length - onV8.length} of ${sources.length} kept off V8`);
  assert.ok(!onV8.includes('(?:\\w{1,16} ?){1,16}x'));
});

// Unbounded repetitions of one character between texts it can or cannot match: the shapes the shape
// rule proves by where the repetition can be entered.
const RUNS = ['\\S+', '\\w+', '[^)]*', '\\d+', '.*', '[^\\]]+'];
const CONTEXTS = [
  (run: string) => `a${run}b`,
  (run: string) => `a ${run} b`,
  (run: string) => `unix:${run} f`,
  (run: string) => `\\(${run}\\) x`,
  (run: string) => `a ${run}b${run} c`,
  (run: string) => `a ${run}(?: b ${run})? c`,
  (run: string) => `\\[p ${run}\\] s`,
  (run: string) => `x ${run}:? y`,
  (run: string) => `a (?!${run}x)${run} b`,
  (run: string) => `(?<!a ${run}: )x`,
  (run: string) => `\\b${run}x`,
];
const UNITS = ['a', 'b', ' ', ':', '(', ')', '[p ', 'ab', 'a ', 'unix:', 'b ', '1', 'x ', 'a :', ': x'];

test('repetitions the rules prove linear stay fast on long lines of their own characters', async () => {
  const sources = CONTEXTS.flatMap((context) => RUNS.map(context));
  const verdicts = await Promise.all(sources.map((source) => analyseRegex(source, '')));
  const proven = sources.filter((_, i) => verdicts[i]!.complexity === 'safe');
  const slow = proven
    .flatMap((source) => UNITS.map((unit) => ({ source, unit, ms: searchTime(new RegExp(source), unit.repeat(20_000 / unit.length)) })))
    .filter(({ ms }) => ms > 100);
  assert.deepEqual(slow, []);
  // The quadratic ones are caught: `a\S+b\S+c` on a line of `b`s, `\(` and `[^)]*` on a line of `(`s.
  for (const source of ['a\\S+b\\S+c', '\\([^)]*\\) x', '\\[p [^\\]]+\\] s']) assert.ok(!proven.includes(source), source);
  assert.ok(proven.length >= sources.length / 3, `only ${proven.length} of ${sources.length} proven`);
});
