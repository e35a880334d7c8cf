import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageBase, phraseMatch, rankByErrorStrings } from '../../src/lib/search/rank.ts';

const article = (id: string, errorStrings: string[], secondaryErrorStrings: string[] = []) => ({ id, errorStrings, secondaryErrorStrings });
const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

const apache = article('apache-ah01630', ['AH01630: client denied by server configuration']);
const nginx403 = article('nginx-403', ['403 Forbidden', 'access forbidden by rule']);
const nginx502 = article('nginx-502', ['502 Bad Gateway', 'connect() failed (111: Connection refused) while connecting to upstream']);
const refused = article(
  'connection-refused',
  ['Connection refused', 'ECONNREFUSED'],
  ['connect() failed (111: Connection refused) while connecting to upstream'],
);

test("the owner of the searched string moves ahead of Pagefind's first result", () => {
  assert.deepEqual(ids(rankByErrorStrings([apache, nginx403], '403 Forbidden')), ['nginx-403', 'apache-ah01630']);
});

test('case and punctuation do not matter, whole words do', () => {
  assert.deepEqual(ids(rankByErrorStrings([apache, nginx403], 'ACCESS forbidden, by rule!')), ['nginx-403', 'apache-ah01630']);
  assert.deepEqual(ids(rankByErrorStrings([apache, nginx403], '1403 Forbidden')), ['apache-ah01630', 'nginx-403']);
});

test('in a pasted line the longest contained string wins, and primary beats secondary', () => {
  const line =
    '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.21.0.1';
  assert.deepEqual(ids(rankByErrorStrings([refused, apache, nginx502], line)), ['nginx-502', 'connection-refused', 'apache-ah01630']);
});

test("without any contained string, Pagefind's order stays", () => {
  assert.deepEqual(ids(rankByErrorStrings([apache, nginx403, nginx502], 'permission')), ['apache-ah01630', 'nginx-403', 'nginx-502']);
  assert.deepEqual(ids(rankByErrorStrings([apache, nginx403], '  ')), ['apache-ah01630', 'nginx-403']);
});

test("most of a string's words in order count, below the string contained whole", () => {
  const systemd = article('systemd-exit-code', ['Main process exited, code=exited, status=1/FAILURE']);
  const query = 'billing.service: Main process exited, code=exited, alice status=1/FAILURE';
  assert.deepEqual(ids(rankByErrorStrings([apache, systemd], query)), ['systemd-exit-code', 'apache-ah01630']);
  assert.ok(phraseMatch(systemd, [query]) > 0);
  assert.equal(phraseMatch(systemd, [query], { owned: true }), 0, 'owned counts only strings contained whole');
});

test("the best of several query texts counts (as typed, and without the reader's names)", () => {
  const typed = 'Connection 10.0.0.5:80 refused';
  assert.equal(phraseMatch(refused, [typed], { owned: true }), 0);
  assert.equal(phraseMatch(refused, [typed, 'Connection refused'], { owned: true }), ' connection refused '.length);
});

test('a query that is most of a page title ranks that page like a secondary string of that length', () => {
  const chdir = {
    title: 'systemd status=200/CHDIR: the service could not change to its WorkingDirectory=',
    errorStrings: ['200/CHDIR'],
    secondaryErrorStrings: [],
  };
  const other = { title: 'Kubernetes RunContainerError', errorStrings: ['StartError'], secondaryErrorStrings: [] };
  const query = 'systemd status=200/CHDIR: the service could not change to its WorkingDirectory=';
  assert.deepEqual(rankByErrorStrings([other, chdir], query), [chdir, other]);
  assert.equal(phraseMatch(chdir, [query], { owned: true }), ' 200 chdir '.length, 'owned counts only error strings');
  assert.equal(phraseMatch(chdir, ['systemd could']), 0, 'two words of a long title are not the title');
});

test("a string covers the query without the leftovers of the reader's names", () => {
  assert.equal(coverageBase(['INFO:', 'service', 'task'], ['service']), 'INFO: task');
  assert.equal(coverageBase(['service', 'failed', 'service'], ['service']), 'failed');
  assert.equal(coverageBase(['service'], ['service']), 'service', 'all the words when nothing else is left');
  assert.equal(coverageBase(['a', 'b'], []), 'a b');
});
