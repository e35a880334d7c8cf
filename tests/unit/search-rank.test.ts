import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankByErrorStrings } from '../../src/lib/search/rank.ts';

const article = (id: string, errorStrings: string[], secondaryErrorStrings: string[] = []) => ({ id, errorStrings, secondaryErrorStrings });
const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

const apache = article('apache-ah01630', ['AH01630: client denied by server configuration']);
const nginx403 = article('nginx-403', ['403 Forbidden', 'access forbidden by rule']);
const nginx502 = article('nginx-502', ['502 Bad Gateway', 'connect() failed (111: Connection refused) while connecting to upstream']);
const refused = article('connection-refused', ['Connection refused', 'ECONNREFUSED'], [
  'connect() failed (111: Connection refused) while connecting to upstream',
]);

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
