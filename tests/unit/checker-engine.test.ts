/** The checker engine on inputs built for one behaviour each: normalising, ranking, summaries, safety. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyLine,
  classifyText,
  loadRuleSet,
  findErrno,
  meaningfulWords,
  plainLine,
  prepareRules,
  splitLogLines,
  MAX_LINE_LENGTH,
} from '../../src/lib/checker/index.ts';
import { compileRules, type ArticleForRules } from '../../src/lib/checker-build/compile-rules.ts';
import { leadingTexts, requiredLiterals, requiredTexts } from '../../src/lib/checker-build/regex-tree.ts';
import { LINE_START } from '../../src/lib/checker/rules.ts';
import { anchoredSource, recheckVerdict, type Verdict } from '../../src/lib/checker-build/regex-verdicts.ts';

// nginx-502-bad-gateway.mdx example (a public report).
const REFUSED =
  '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) ' +
  'while connecting to upstream, client: 172.21.0.1, server: , request: "GET / HTTP/1.1", ' +
  'upstream: "http://172.21.0.19:9000/", host: "0.0.0.0:9000"';

/** For rules built here: what recheck says of every pattern these tests use (they are plain literals). */
const SAFE = (): Verdict => ({ complexity: 'safe', checker: 'automaton' });

function article(id: string, patterns: Partial<ArticleForRules['patterns'][number]>[]): ArticleForRules {
  return {
    id,
    title: `Title of ${id}`,
    url: `/web-server/${id}/`,
    causes: [
      { id: 'cause-a', title: 'Cause A' },
      { id: 'cause-b', title: 'Cause B' },
    ],
    patterns: patterns.map((p, i) => ({
      id: `p${i}`,
      format: 'nginx-error',
      match: 'x',
      flags: '',
      cause: 'cause-a',
      secondary: false,
      ...p,
    })),
  };
}

test('input is normalised: CRLF and CR, colours, surrounding space, blank lines', () => {
  const lines = splitLogLines('  first\r\n\r\n\x1b[31msecond\x1b[0m\rthird  \n\n');
  assert.deepEqual(
    lines.map((l) => [l.number, l.text]),
    [
      [1, 'first'],
      [3, 'second'],
      [4, 'third'],
    ],
  );
  assert.equal(lines[0]!.indented, true);
});

test('a 1 MB line is cut, not fatal, and flagged as truncated', () => {
  const rules = prepareRules(compileRules([article('a', [{ match: 'connect\\(\\) failed' }])], SAFE));
  const line = `${REFUSED} ${'x'.repeat(1_048_576)}`;
  const result = classifyText(line, rules);
  assert.equal(result.lines[0]!.text.length, MAX_LINE_LENGTH);
  assert.equal(result.lines[0]!.truncated, true);
  assert.equal(result.lines[0]!.matches[0]?.article, 'a');
});

test('empty input is reported as empty, not as an error', () => {
  const rules = prepareRules(compileRules([], SAFE));
  for (const text of ['', '   ', '\n\r\n\t\n']) {
    const result = classifyText(text, rules);
    assert.equal(result.empty, true);
    assert.deepEqual(result.lines, []);
  }
  assert.equal(classifyLine('', rules), null);
});

test('errno pairs resolve to their symbolic name, but resolver codes do not', () => {
  assert.equal(findErrno(REFUSED)?.name, 'ECONNREFUSED');
  assert.equal(findErrno('upstream timed out (110: Unknown error) while reading')?.name, 'ETIMEDOUT');
  assert.equal(findErrno('upstream timed out (110: Operation timed out)')?.name, 'ETIMEDOUT');
  assert.equal(findErrno("OSError: [Errno 28] No space left on device: '/tmp'")?.name, 'ENOSPC');
  assert.equal(findErrno('(13)Permission denied: AH00072: make_sock: could not bind')?.name, 'EACCES');
  assert.equal(findErrno('Error: connect ECONNREFUSED 127.0.0.1:5432')?.name, 'ECONNREFUSED');
  // nginx's resolver prints its own codes in the same shape.
  assert.equal(findErrno('app could not be resolved (2: Server failure)'), null);
  assert.equal(findErrno('app could not be resolved (3: Host not found)'), null);
  const errno = findErrno(REFUSED)!;
  assert.equal(REFUSED.slice(errno.start, errno.end), '(111: Connection refused)');
});

test('ranking: primary before secondary, then matching format, then the longer match', () => {
  const rules = prepareRules(
    compileRules(
      [
        article('secondary-long', [
          { match: 'connect\\(\\) failed \\(111: Connection refused\\) while connecting to upstream', secondary: true },
        ]),
        article('other-format', [{ match: 'connect\\(\\) failed \\(111: Connection refused\\) while connecting', format: 'syslog' }]),
        article('short', [{ match: 'Connection refused' }]),
        article('generic-long', [{ match: 'failed \\(111: Connection refused\\)', format: 'generic' }]),
      ],
      SAFE,
    ),
  );
  const matches = classifyLine(REFUSED, rules)!.matches;
  assert.deepEqual(
    matches.map((m) => m.article),
    ['generic-long', 'short', 'other-format', 'secondary-long'],
  );
  const confidences = matches.map((m) => m.confidence);
  assert.deepEqual(
    [...confidences].sort((a, b) => b - a),
    confidences,
  );
  assert.ok(confidences.every((c) => c > 0 && c <= 1));
  const top = matches[0]!;
  assert.equal(REFUSED.slice(top.start, top.end), 'failed (111: Connection refused)');
  assert.equal(top.url, '/web-server/generic-long/');
  assert.equal(top.causeTitle, 'Cause A');
});

test('a flag `i` rule matches regardless of case, and the literal prefilter does not hide it', () => {
  const rules = prepareRules(compileRules([article('ci', [{ match: 'UPSTREAM SENT TOO BIG HEADER', flags: 'i' }])], SAFE));
  assert.equal(
    classifyLine('2020/01/23 10:02:50 [error] 8496#8496: *274 upstream sent too big header while reading', rules)!.matches[0]?.article,
    'ci',
  );
});

test('an unmatched line keeps its format, level and fields and gets search words', () => {
  const rules = prepareRules(compileRules([], SAFE));
  const line = classifyLine(REFUSED, rules)!;
  assert.equal(line.format, 'nginx-error');
  assert.equal(line.level, 'error');
  assert.deepEqual(line.matches, []);
  assert.deepEqual(line.searchWords, ['connect', 'failed', 'Connection', 'refused', 'while', 'connecting', 'to', 'upstream']);
});

test('meaningful words drop timestamps, IPs, ports, PIDs, hex ids and numbers', () => {
  assert.deepEqual(
    meaningfulWords('Nov 25 10:01:02 web1 sshd[1234]: Failed password for invalid user admin from 203.0.113.5 port 52144 ssh2'),
    ['Failed', 'password', 'for', 'invalid', 'user', 'admin', 'from', 'port', 'ssh2'],
  );
  assert.deepEqual(meaningfulWords('container 3f2a9c0d1e2b exited with 0x1f after 12.5s at [fe80::1]:8080'), [
    'container',
    'exited',
    'with',
    'after',
    'at',
  ]);
  assert.deepEqual(meaningfulWords(''), []);
});

test('the summary groups records by error with counts and first and last occurrence', () => {
  const rules = prepareRules(compileRules([article('refused', [{ match: 'Connection refused' }])], SAFE));
  const other = '2020/05/07 03:15:13 [notice] 6#6: signal process started';
  const text = [REFUSED, other, REFUSED.replace('03:15:12', '03:16:00'), other, '', REFUSED.replace('03:15:12', '03:17:30')].join('\n');
  const { summary, recordCount } = classifyText(text, rules);
  assert.equal(recordCount, 5);
  assert.deepEqual(
    summary.map((g) => [g.article, g.count, g.firstLine, g.lastLine, g.firstTimestamp, g.lastTimestamp]),
    [
      ['refused', 3, 1, 6, '2020/05/07 03:15:12', '2020/05/07 03:17:30'],
      [null, 2, 2, 4, '2020/05/07 03:15:13', '2020/05/07 03:15:13'],
    ],
  );
  assert.equal(summary[0]!.url, '/web-server/refused/#cause-a');
});

test('compiled rules carry the texts a match requires, longest first and cut short, and none when alternatives differ', () => {
  assert.deepEqual(
    requiredTexts('connect\\(\\) (?:to \\S+ )?failed \\(111: (?:Connection refused|Unknown error)\\) while connecting to upstream'),
    [') while connecting to up', 'failed (111: ', 'connect() '],
  );
  assert.deepEqual(requiredTexts('"[A-Z]+ \\S+ HTTP/[0-9.]+" 504 \\d+'), [' http/', '" 504 ']);
  assert.deepEqual(requiredTexts('colou?r is [a-z]+'), ['r is ', 'colo']);
  // mysql-1040-too-many-connections.mdx: the counts of `{0,20}` are not text.
  assert.deepEqual(requiredTexts('(?:\\b1040\\b|ER_CON_COUNT_ERROR).{0,20}(?:Too ma)?ny connections'), ['ny connections']);
  assert.deepEqual(requiredTexts('foo|bar'), []);
  assert.deepEqual(requiredTexts('\\d+:\\d+'), []);
});

test('a pattern of alternatives gets the required texts of each alternative, from groups when needed', () => {
  assert.deepEqual(requiredLiterals('no live upstreams|upstream timed out'), [['no live upstreams'], ['upstream timed out']]);
  assert.deepEqual(requiredLiterals('\\s\\d+/\\d+\\s+(?:ImagePullBackOff|ErrImagePull)\\b|Back-off pulling image'), [
    ['imagepullbackoff'],
    ['errimagepull'],
    ['back-off pulling image'],
  ]);
  assert.deepEqual(requiredLiterals('Error: (?:ImagePullBackOff|ErrImagePull)\\b'), [
    ['error: ', 'imagepullbackoff'],
    ['error: ', 'errimagepull'],
  ]);
  // An optional group or a lookahead requires nothing.
  assert.equal(requiredLiterals('(?:abcd|efgh)?\\d+'), null);
  assert.equal(requiredLiterals('(?=abcd)\\w+|foo bar'), null);
});

test('a rule runs only on lines that hold every text of one of its alternatives', () => {
  const rules = prepareRules(compileRules([article('a', [{ match: '"[A-Z]+ \\S+ HTTP/[0-9.]+" 504 \\d+' }])], SAFE));
  let runs = 0;
  const regex = rules.rules[0]!.regex;
  rules.rules[0]!.regex = { exec: (text) => (runs++, regex.exec(text)) };
  const ok = '1.2.3.4 - - [25/Nov/2026:10:01:02 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.0"';
  const timeout = ok.replace('" 200 ', '" 504 ');
  assert.equal(classifyLine(ok, rules)!.matches.length, 0);
  assert.equal(runs, 0);
  assert.equal(classifyLine(timeout, rules)!.matches[0]?.article, 'a');
  assert.equal(runs, 1);
});

test('the literal scan finds every required text in one pass, overlapping ones too, and runs only those rules', () => {
  const literals = ['upstream', 'stream timed', 'ream ti', 'streak'];
  const rules = prepareRules(
    compileRules(
      literals.map((match, i) => article(`a${i}`, [{ match }])),
      SAFE,
    ),
  );
  const ran: string[] = [];
  for (const rule of rules.rules) {
    const regex = rule.regex;
    rule.regex = { exec: (text) => (ran.push(rule.article), regex.exec(text)) };
  }
  const matched = classifyLine('upstream timed out', rules)!.matches.map((m) => m.article);
  assert.deepEqual(matched.sort(), ['a0', 'a1', 'a2']);
  assert.deepEqual(ran.sort(), ['a0', 'a1', 'a2']);
});

// nginx-upstream-timed-out.mdx shape: unanchored, `[^)]*` and the text after it overlap, so a
// backtracking search is quadratic on `upstream timed out (110: ` repeated.
const QUADRATIC = 'upstream timed out \\(110: [^)]*\\) while reading';
const TIMED_OUT =
  '2024/01/02 03:04:05 [error] 7#7: *9 upstream timed out (110: Connection timed ' +
  'out) while reading response header from upstream, client: 10.0.0.1';

test('recheck decides the engine: safe patterns run on RegExp, polynomial ones on re2js, exponential ones fail the build', async () => {
  const plain = 'connect\\(\\) failed';
  const sources = [plain, QUADRATIC, '(x+)+y', anchoredSource(QUADRATIC)];
  const verdicts = new Map(await Promise.all(sources.map(async (source) => [source, await recheckVerdict(source, '')] as const)));
  // Searched from every position the second is quadratic; one attempt from a given position is linear.
  assert.deepEqual(
    [...verdicts.values()].map((verdict) => verdict.complexity),
    ['safe', 'polynomial', 'exponential', 'safe'],
  );
  const verdictOf = (source: string) => verdicts.get(source)!;

  const compiled = compileRules([article('a', [{ match: plain }, { match: QUADRATIC, cause: 'cause-b' }])], verdictOf);
  assert.deepEqual(
    compiled.rules.map((rule) => rule.engine),
    ['backtracking', 'linear'],
  );
  assert.deepEqual(
    compiled.rules.map((rule) => rule.starts),
    [null, ['upstream timed out (110: ']],
  );
  // Without re2js the rule still runs where a few V8 attempts at its start text settle it; a line with
  // more starts than that is marked as needing re2js and gets no match until it is loaded.
  const deferred = prepareRules(compiled);
  assert.equal(classifyLine(TIMED_OUT, deferred)!.matches[0]?.cause, 'cause-b');
  assert.equal(deferred.deferred?.reached, false);
  const crowded = `${'upstream timed out (110: x '.repeat(5)}${TIMED_OUT}`;
  assert.equal(classifyLine(crowded, deferred)!.matches.length, 0);
  assert.equal(deferred.deferred?.reached, true);
  const rules = await loadRuleSet(compiled);
  assert.equal(rules.deferred, null);
  assert.equal(classifyLine(crowded, rules)!.matches[0]?.cause, 'cause-b');
  const match = classifyLine(TIMED_OUT, rules)!.matches[0]!;
  assert.equal(match.cause, 'cause-b');
  assert.equal(TIMED_OUT.slice(match.start, match.end), 'upstream timed out (110: Connection timed out) while reading');

  assert.throws(
    () => compileRules([article('bad', [{ id: 'nested', match: '(x+)+y' }])], verdictOf),
    /src\/content\/articles\/bad\.mdx, pattern "nested" \(\(x\+\)\+y\): recheck finds it can backtrack exponentially.*Rewrite it/,
  );
});

test('a pattern that needs the linear engine but uses lookaround fails the build with the way out', () => {
  const polynomial = (): Verdict => ({ complexity: 'unknown', checker: null });
  assert.throws(
    () => compileRules([article('look', [{ id: 'ahead', match: 'failed: (?!No space).*done' }])], polynomial),
    new RegExp(
      'look\\.mdx, pattern "ahead".*could not decide whether its search takes linear time, ' +
        'so it must run on the linear-time engine, which cannot run it.*without lookahead',
    ),
  );
});

test('the linear engine reports the same span as RegExp, in UTF-16 units, after non-ASCII text', async () => {
  const compiled = compileRules([article('a', [{ match: QUADRATIC }])], () => ({ complexity: 'polynomial', checker: 'automaton' }));
  const line = `é😀 ${TIMED_OUT}`;
  const match = classifyLine(line, await loadRuleSet(compiled))!.matches[0]!;
  const expected = new RegExp(QUADRATIC).exec(line)!;
  assert.deepEqual([match.start, match.end], [expected.index, expected.index + expected[0].length]);
});

test('rules in an unknown shape are refused with a clear message', () => {
  assert.throws(() => prepareRules({} as never), /unknown shape/);
});

test('leadingTexts: the texts every match starts with, one per alternative, or null', () => {
  assert.deepEqual(leadingTexts('rm: cannot remove .*: busy'), ['rm: cannot remove ']);
  assert.deepEqual(leadingTexts('\\[pool [^\\]]+\\] server'), ['[pool ']);
  assert.deepEqual(leadingTexts('(?:sed: x|mv: y) .*z|rename \\S+'), ['sed: x', 'mv: y', 'rename ']);
  assert.deepEqual(leadingTexts('abc+d'), ['abc']);
  assert.deepEqual(leadingTexts('abc?d'), ['ab']);
  assert.deepEqual(leadingTexts('ab{2}c'), ['abbc']);
  assert.deepEqual(leadingTexts('ab{2,3}c'), ['abb']);
  assert.deepEqual(leadingTexts('(abc)d'), ['abcd']); // a group of one alternative is read through
  // An alternative anchored at the line's start gives LINE_START, also inside a leading group.
  assert.deepEqual(leadingTexts('^abc'), [LINE_START]);
  assert.deepEqual(leadingTexts('x y|^\\S+: z'), ['x y', LINE_START]);
  assert.deepEqual(leadingTexts('(?:nodes: |^)\\d+ node'), ['nodes: ', LINE_START]);
  // Any alternative that can start otherwise makes the answer null.
  for (const source of ['[Bb]ack-off', '\\d+/\\d+ nodes', 'a?b', '(?:a|b)?c', 'x|.y', '(?=a)abc', '(abc)?d', 'a|', '\\bab', '(?:^)?ab']) {
    assert.equal(leadingTexts(source), null, source);
  }
});

test('a linear-engine rule tried at its start texts finds what re2js finds, and hands busy lines to re2js', async () => {
  const source = 'failed \\(\\d+: [^)]*\\) while (?:reading|sending)';
  const safeAnchored = (candidate: string): Verdict => ({
    complexity: candidate.startsWith('^') ? 'safe' : 'polynomial',
    checker: 'automaton',
  });
  const attempts = await loadRuleSet(compileRules([article('a', [{ match: source }])], safeAnchored));
  const automaton = await loadRuleSet(
    compileRules([article('a', [{ match: source }])], () => ({ complexity: 'polynomial', checker: 'automaton' })),
  );
  const lines = [
    'connect() failed (111: Connection refused) while reading response header',
    // The first start text fails, a later one matches.
    'failed (1: x failed (2: y) while sending',
    'failed once, failed twice, failed (3: z) while reading',
    // More start texts than attempts allowed: re2js decides.
    `${'failed '.repeat(10)}failed (4: w) while reading`,
    `${'failed ('.repeat(500)}`,
    'nothing here',
  ];
  for (const line of lines) {
    const spans = [attempts, automaton].map((rules) => classifyLine(line, rules)!.matches.map((match) => [match.start, match.end]));
    assert.deepEqual(spans[0], spans[1], line);
    const expected = new RegExp(source).exec(line);
    assert.deepEqual(spans[0], expected ? [[expected.index, expected.index + expected[0].length]] : [], line);
  }

  // An alternative anchored with `^` is tried at the line's start (LINE_START), the others at their texts.
  const withStart = 'disk full: [^\\n]*: quota$|^\\w+: [^\\n]*: quota$';
  const compiled = compileRules([article('a', [{ match: withStart }])], safeAnchored);
  assert.deepEqual(compiled.rules[0]!.starts, ['disk full: ', LINE_START]);
  const startRules = await loadRuleSet(compiled);
  for (const line of ['app: x: quota', 'a b disk full: y: quota', 'app: disk full: z: quota', 'a b app: x: quota']) {
    const expected = new RegExp(withStart).exec(line);
    const spans = classifyLine(line, startRules)!.matches.map((match) => [match.start, match.end]);
    assert.deepEqual(spans, expected ? [[expected.index, expected.index + expected[0].length]] : [], line);
  }
});

test('lines keep their fields packed and read them back whole; plainLine gives data that survives structuredClone', async () => {
  const rules = await loadRuleSet(compileRules([article('a', [{ match: 'connect\\(\\) failed' }])], SAFE));
  // Thousands of lines: the packed store grows several times.
  const paste = Array.from({ length: 3000 }, (_, i) => REFUSED.replace('*1 ', `*${i} `)).join('\n');
  const result = classifyText(paste, rules);
  for (const index of [0, 1499, 2999]) {
    const line = result.lines[index]!;
    const expected = classifyLine(line.text, rules)!.fields;
    assert.deepEqual(line.fields, expected);
    assert.ok(line.fields.some((field) => field.name === 'connection' && field.value === String(index)));
    assert.ok(line.fields.some((field) => field.name === 'upstream' && field.value === 'http://172.21.0.19:9000/'));
    for (const field of line.fields) assert.equal(line.text.slice(field.start, field.end), field.value);
    const copied = structuredClone(plainLine(line));
    assert.deepEqual(copied.fields, expected);
    assert.deepEqual({ ...copied, fields: [] }, { ...plainLine(line), fields: [] });
  }
  assert.equal(result.summary[0]!.firstTimestamp, '2020/05/07 03:15:12');
});

/** An article that is only a hub (no patterns) for the given system errors. */
function hub(id: string, fallback: Partial<NonNullable<ArticleForRules['fallback']>>): ArticleForRules {
  return { ...article(id, []), patterns: [], fallback: { errno: [], httpStatus: [], signal: [], exitStatus: [], ...fallback } };
}

const HUBS = [
  hub('refused-hub', { errno: ['ECONNREFUSED'] }),
  hub('bad-gateway-hub', { httpStatus: [502] }),
  hub('sigkill-hub', { signal: ['SIGKILL'], exitStatus: [137] }),
];

// Real lines, each from the source named beside it.
const TIER_LINES = {
  // simple-login/app#570
  access502:
    'myIP - - [11/Aug/2021:15:15:28 +0100] "GET / HTTP/1.1" 502 182 "-" "Mozilla/5.0 ' +
    '(Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'Version/14.1.2 Safari/605.1.15"',
  // systemd-main-process-killed-sigkill.mdx (its examples and counterexamples are real journal lines)
  killed: 'Feb 24 10:34:12 picl0 systemd[1]: flux.service: Main process exited, code=killed, status=9/KILL',
  // moby/moby#34091: Go's os/exec error text for a child killed by a signal
  goSignal:
    'ERRO[2021-04-12T16:04:16.068413882+08:00] containerd did not exit successfully          ' +
    'error="signal: segmentation fault" module=libcontainerd',
  terminated: 'Feb 07 11:58:44 systemd[1]: test-base.service: Main process exited, code=killed, status=15/TERM',
  // docker-exit-code-137.mdx examples and counterexamples
  compose137: 'blk-explorer-free exited with code 137',
  exited127: 'crypto_trader\tExited (127) 6 months ago',
  failure: 'Dez 28 06:43:00 XXX systemd[1]: cron-failure@cron-XXX-root-5.service: Main process exited, code=exited, status=1/FAILURE',
  // invoiceninja/dockerfiles#283
  notice: '2024/09/18 20:58:41 [notice] 1#1: using the "epoll" event method',
  // openaire/iis#1173: a WARN line and the exception it logs, with its frames
  zookeeper: [
    '20/10/17 05:06:06 WARN ClientCnxn: Session 0x10d72405cd90000 for server localhost/127.0.0.1:44927, ' +
      'unexpected error, closing socket connection and attempting reconnect',
    'java.net.ConnectException: Connection refused',
    '\tat sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)',
    '\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:717)',
    '\tat org.apache.zookeeper.ClientCnxnSocketNIO.doTransport(ClientCnxnSocketNIO.java:355)',
    '\tat org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1236)',
  ].join('\n'),
  // sameersbn/docker-gitlab#1720
  postgres: [
    'postgresql_1  | 2018-09-06 12:00:07.311 UTC [2461] ERROR:  relation "import_export_uploads" does not exist at character 39',
    'postgresql_1  | 2018-09-06 12:00:07.311 UTC [2461] STATEMENT:  SELECT "import_export_uploads".* ' +
      `FROM "import_export_uploads" WHERE (updated_at < '2018-09-05 12:00:07.310656')`,
  ].join('\n'),
};

test('tier 2: an HTTP error status, a signal and an exit status name the system error and link its hub', () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  const access = classifyLine(TIER_LINES.access502, rules)!;
  assert.deepEqual(
    [access.tier, access.systemError?.label, access.matches[0]?.article, access.matches[0]?.tier],
    [2, 'HTTP 502 Bad Gateway', 'bad-gateway-hub', 2],
  );
  assert.equal(access.text.slice(access.systemError!.start, access.systemError!.end), '502');
  const killed = classifyLine(TIER_LINES.killed, rules)!;
  assert.deepEqual([killed.systemError?.kind, killed.systemError?.value, killed.matches[0]?.article], ['signal', 'SIGKILL', 'sigkill-hub']);
  const goSignal = classifyLine(TIER_LINES.goSignal, rules)!;
  assert.deepEqual([goSignal.tier, goSignal.systemError?.label], [2, 'SIGSEGV (signal 11)']);
  // 137 is 128 + SIGKILL: the exit status's own hub.
  const compose = classifyLine(TIER_LINES.compose137, rules)!;
  assert.deepEqual(
    [compose.systemError?.kind, compose.systemError?.value, compose.matches[0]?.article],
    ['exitStatus', '137', 'sigkill-hub'],
  );
  // Without a hub, the system error is still named, with its meaning, and no link.
  const terminated = classifyLine(TIER_LINES.terminated, rules)!;
  assert.deepEqual([terminated.tier, terminated.systemError?.label, terminated.matches], [2, 'SIGTERM (signal 15)', []]);
  const notFound = classifyLine(TIER_LINES.exited127, rules)!;
  assert.deepEqual([notFound.tier, notFound.systemError?.value], [2, '127']);
  assert.match(notFound.systemError!.meaning, /not found/);
  // Status 1 only says "failed": a system error only when an article is its hub.
  assert.equal(classifyLine(TIER_LINES.failure, rules)!.systemError, null);
  const withHub = prepareRules(compileRules([...HUBS, hub('failure-hub', { exitStatus: [1] })], SAFE));
  const failure = classifyLine(TIER_LINES.failure, withHub)!;
  assert.deepEqual([failure.systemError?.label, failure.matches[0]?.article], ['exit status 1/FAILURE', 'failure-hub']);
});

test('a dedicated article ranks above the hub, and a quiet line gets no tier 2 or 3', () => {
  const rules = prepareRules(
    compileRules([...HUBS, article('upstream', [{ match: 'connect\\(\\) failed \\(111: Connection refused\\)' }])], SAFE),
  );
  const line = classifyLine(REFUSED, rules)!;
  assert.deepEqual(
    line.matches.map((m) => [m.article, m.tier]),
    [
      ['upstream', 1],
      ['refused-hub', 2],
    ],
  );
  assert.ok(line.matches[0]!.confidence > line.matches[1]!.confidence);
  assert.equal(line.tier, 1);
  const notice = classifyLine(TIER_LINES.notice, rules)!;
  assert.deepEqual([notice.level, notice.tier, notice.systemError, notice.matches], ['notice', null, null, []]);
});

test('a Java exception under its log line is one record whose answer is the errno its text names', () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  const { lines, recordCount, summary } = classifyText(TIER_LINES.zookeeper, rules);
  assert.equal(recordCount, 1);
  assert.deepEqual(
    lines.map((l) => [l.record, l.recordLast]),
    lines.map(() => [1, 6]),
  );
  assert.deepEqual([lines[1]!.errno?.name, lines[1]!.tier], ['ECONNREFUSED', 2]);
  const answer = lines[0]!.answer!;
  assert.deepEqual([answer.tier, answer.line, answer.match?.article, answer.systemError?.value], [2, 2, 'refused-hub', 'ECONNREFUSED']);
  assert.deepEqual(
    lines.slice(1).map((l) => l.answer),
    lines.slice(1).map(() => null),
  );
  assert.deepEqual(
    summary.map((g) => [g.tier, g.article, g.count, g.url]),
    [[2, 'refused-hub', 1, '/web-server/refused-hub/']],
  );
});

test('tier 3: an error-level line nothing explains, with its PostgreSQL STATEMENT line in the same record', () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  const { lines, recordCount, summary } = classifyText(TIER_LINES.postgres, rules);
  assert.deepEqual(
    lines.map((l) => [l.format, l.wrappers, l.record]),
    [
      ['postgresql', ['docker-compose'], 1],
      ['postgresql', ['docker-compose'], 1],
    ],
  );
  assert.equal(recordCount, 1);
  assert.deepEqual([lines[0]!.tier, lines[0]!.answer?.tier], [3, 3]);
  assert.deepEqual(
    summary.map((g) => [g.tier, g.title, g.count]),
    [[3, 'Unrecognised error', 1]],
  );
});

test('two articles claiming the same fallback value fail the build, naming both', () => {
  assert.throws(
    () => compileRules([hub('a-502', { httpStatus: [502] }), hub('b-502', { httpStatus: [502] })], SAFE),
    /httpStatus 502 is claimed by a-502, b-502/,
  );
});

// Multi-line blocks, each copied whole from the report named beside it.
const BLOCKS = {
  // binary-person/womginx#141: `systemctl status nginx` (the journal lines under it: JOURNAL_UNDER_STATUS)
  systemctl: [
    '× nginx.service - A high performance web server and a reverse proxy server',
    '     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; vendor preset: enabled)',
    '     Active: failed (Result: exit-code) since Thu 2023-01-19 14:29:15 UTC; 10s ago',
    '       Docs: man:nginx(8)',
    '    Process: 12164 ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)',
    '        CPU: 11ms',
  ],
  // mantlenetworkio/blockscout#21: V8's heap report before the fatal error, then the native frames
  v8: [
    '<--- Last few GCs --->',
    '',
    '[51553:0x7f90d3a00000]  1056048 ms: Mark-sweep 3831.0 (4136.0) -> 3806.2 (4132.5) ' +
      'MB, 2043.2 / 0.1 ms  (average mu = 0.336, current mu = 0.423) allocation failure ' +
      'scavenge might not succeed',
    '[51553:0x7f90d3a00000]  1059473 ms: Mark-sweep 3819.5 (4132.5) -> 3807.8 (4129.5) ' +
      'MB, 2232.4 / 0.4 ms  (average mu = 0.342, current mu = 0.348) task scavenge might ' +
      'not succeed',
    '',
    '<--- JS stacktrace --->',
    '',
    'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
    ' 1: 0x1051bdbf5 node::Abort() (.cold.1) [/usr/local/bin/node]',
    ' 2: 0x103eb1349 node::Abort() [/usr/local/bin/node]',
  ],
  // shakenfist/shakenfist#177: the first lines of a kernel OOM report, through syslog
  oom: [
    'Jul 16 11:53:24 sau-3f41e-or kernel: [1310061.327439] CPU 0/KVM invoked oom-killer: ' +
      'gfp_mask=0x15000c0(GFP_KERNEL_ACCOUNT), nodemask=(null), order=0, oom_score_adj=0',
    'Jul 16 11:53:25 sau-3f41e-or kernel: [1310061.327442] CPU 0/KVM cpuset=vcpu0 mems_allowed=0-1',
    'Jul 16 11:53:25 sau-3f41e-or kernel: [1310061.327447] CPU: 44 PID: 24430 Comm: CPU 0/KVM Not tainted 4.15.0-108-generic #109-Ubuntu',
    'Jul 16 11:53:25 sau-3f41e-or kernel: [1310061.327448] Hardware name: Supermicro Super Server/X10DRL-i, BIOS 3.2 11/19/2019',
  ],
};

const JOURNAL_UNDER_STATUS = [
  '',
  'Jan 19 14:29:15 womginx systemd[1]: Starting A high performance web server and a reverse proxy server...',
  'Jan 19 14:29:15 womginx nginx[12164]: nginx: [emerg] getpwnam("nginx") failed in /etc/nginx/nginx.conf:1',
  'Jan 19 14:29:15 womginx nginx[12164]: nginx: configuration file /etc/nginx/nginx.conf test failed',
  'Jan 19 14:29:15 womginx systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE',
  "Jan 19 14:29:15 womginx systemd[1]: nginx.service: Failed with result 'exit-code'.",
  'Jan 19 14:29:15 womginx systemd[1]: Failed to start A high performance web server and a reverse proxy server.',
];

test('the journal lines under `systemctl status` are entries of their own, in the format of the program that wrote them', () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  const { lines, recordCount } = classifyText([...BLOCKS.systemctl, ...JOURNAL_UNDER_STATUS].join('\n'), rules);
  assert.equal(recordCount, 1 + JOURNAL_UNDER_STATUS.length - 1);
  assert.equal(lines[0]!.recordLast, BLOCKS.systemctl.length);
  assert.deepEqual(
    lines.filter((line) => line.text.includes('nginx[12164]')).map((line) => line.format),
    ['nginx-error', 'nginx-error'],
  );
});

test('systemctl status output, a V8 heap report and a kernel OOM report are each one record', () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  for (const [name, block] of Object.entries(BLOCKS)) {
    const { lines, recordCount } = classifyText(block.join('\n'), rules);
    assert.equal(recordCount, 1, `${name}: ${lines.map((l) => `${l.line}→${l.record}`).join(' ')}`);
    assert.equal(lines[0]!.recordLast, block.length, name);
  }
  // Two reports in a row stay two records: the block ends where its last line is.
  const twice = classifyText([...BLOCKS.v8, ...BLOCKS.v8].join('\n'), rules);
  assert.equal(twice.recordCount, 2);
});

// moby/moby#38613: dockerd's debug line, written between two lines of a kernel OOM report in the journal.
const DOCKERD_IN_REPORT =
  'Jun 13 23:04:43 kir-ce75-gd dockerd[9931]: time="2019-06-13T23:04:43.101748600Z" level=debug msg=event ' +
  'module=libcontainerd namespace=moby topic=/tasks/oom';

test("a kernel OOM report interleaved with another writer's lines stays one record; the other lines are records of their own", () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  const [start, ...rest] = BLOCKS.oom;
  const interleaved = classifyText([start, DOCKERD_IN_REPORT, ...rest].join('\n'), rules);
  assert.deepEqual(
    interleaved.lines.map((line) => line.record),
    [1, 2, 1, 1, 1],
  );
  assert.equal(interleaved.recordCount, 2);
  assert.deepEqual([interleaved.lines[0]!.recordLast, interleaved.lines[1]!.recordLast], [5, 2]);
  // Counterexamples: a report that starts anew after the other line, and one left for more than 20
  // lines of others, are not continued.
  const restarted = classifyText([start, DOCKERD_IN_REPORT, start].join('\n'), rules);
  assert.deepEqual(
    restarted.lines.map((line) => line.record),
    [1, 2, 3],
  );
  const abandoned = classifyText([start, ...Array<string>(21).fill(DOCKERD_IN_REPORT), ...rest].join('\n'), rules);
  assert.equal(abandoned.lines.at(-1)!.record === 1, false);
});

test("an uncaught Node.js error is one record: source excerpt, error, frames, properties and Node's version", () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  // ArdaGnsrn/chatgpt-telegram#1
  const text = [
    'node:internal/process/promises:289',
    '            triggerUncaughtException(err, true /* fromPromise */);',
    '            ^',
    '',
    'Error: connect ECONNREFUSED 127.0.0.1:6379',
    '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1495:16) {',
    '  errno: -61,',
    "  code: 'ECONNREFUSED',",
    "  syscall: 'connect',",
    "  address: '127.0.0.1',",
    '  port: 6379',
    '}',
    '',
    'Node.js v19.4.0',
  ].join('\n');
  const { lines, recordCount } = classifyText(text, rules);
  assert.equal(recordCount, 1, lines.map((l) => `${l.line}→${l.record}`).join(' '));
  assert.deepEqual([lines[0]!.answer?.line, lines[0]!.answer?.match?.article], [5, 'refused-hub']);
});

test("PHP's messages relayed by nginx over several lines are one record", () => {
  const rules = prepareRules(compileRules(HUBS, SAFE));
  // matthiasbosc/t412#3: an uncaught exception with its stack trace inside one FastCGI stderr message
  const trace = [
    '2016/12/29 18:14:26 [error] 18408#18408: *2618 FastCGI sent in stderr: "PHP message: ' +
      'PHP Fatal error:  Uncaught Exception: NOPE. in /var/www/t412/user.class.php:243',
    'Stack trace:',
    "#0 /var/www/t412/top/today.php(4): User->getTopFromDB('top_day')",
    '#1 {main}',
    '  thrown in /var/www/t412/user.class.php on line 243" while reading response ' +
      'header from upstream, client: mon_ip_wan, server: mon_domaine, request: "GET ' +
      '/t412/top/today.php HTTP/1.1", upstream: "fastcgi://unix:/var/run/php/php7.0-fpm.sock:", ' +
      'host: "mon_domaine", referrer: "https://mon_domaine/t412/index.php?search=iron+man&cat="',
  ];
  // zendframework/ZendSkeletonApplication#193: two PHP messages in one
  const messages = [
    '2013/05/30 22:07:34 [error] 19162#0: *490 FastCGI sent in stderr: "PHP message: ' +
      'PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /home/chroot/home/www/**_/module/Application/view/error/index' +
      '.phtml on line 10',
    'PHP message: PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted ' +
      '(tried to allocate 473939968 bytes) in Unknown on line 0" while reading response ' +
      'header from upstream, client: **_.49.77.206, server: ***_**.com, request: "GET ' +
      '/ HTTP/1.1", upstream: "fastcgi://unix:/dev/shm/php-cgi.sock:", host: "*****_.**_.***_.com"',
  ];
  const { lines, recordCount } = classifyText([...trace, ...messages].join('\n'), rules);
  assert.equal(recordCount, 2);
  assert.deepEqual(
    lines.map((l) => l.record),
    [1, 1, 1, 1, 1, 6, 6],
  );
  assert.deepEqual([lines[0]!.answer?.tier, lines[5]!.answer?.tier], [3, 3]);
});
