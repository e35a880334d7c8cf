import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeLogLine } from '../../src/lib/search/log-line.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query-text.ts';
import { REFUSED } from '../lib/golden-lines.ts';

test('error messages, even punctuation-heavy ones, are not log lines', () => {
  for (const message of [
    'connect() failed (111: Connection refused) while connecting to upstream',
    'ECONNREFUSED',
    'EADDRINUSE',
    '502',
    'AH01630: client denied by server configuration',
    'server reached pm.max_children setting (5), consider raising it',
    'connect() to unix:/run/php/php-fpm.sock failed (13: Permission denied)',
    'Main process exited, code=exited, status=1/FAILURE',
    'ERROR 1045 (28000): Access denied for user',
  ]) {
    assert.equal(looksLikeLogLine(message), false, message);
  }
});

test('lines from real logs are recognised by their volatile parts', () => {
  for (const line of [
    REFUSED.line,
    '[Wed Nov 25 10:01:02.123456 2026] [authz_core:error] [pid 1234] [client 10.0.0.1:5555] AH01630: client denied by server configuration',
    'Nov 25 10:01:02 web1 sshd[1234]: Connection closed by authenticating user root',
    '[ 1234.567890] Out of memory: Killed process 4321 (java)',
    '[25-Nov-2026 10:01:02] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    '2026-11-25T10:01:02Z error something failed',
  ]) {
    assert.equal(looksLikeLogLine(line), true, line);
  }
});

test('a pasted nginx line is searched by its words, without timestamp, ids or client details', () => {
  const query = prepareQuery(REFUSED.line);
  assert.equal(query.fromLogLine, true);
  assert.equal(query.terms, 'connect failed Connection refused while connecting to upstream');
});

test('an error message is searched as typed, trimmed', () => {
  assert.deepEqual(prepareQuery('  pm.max_children  '), { terms: 'pm.max_children', fromLogLine: false });
  assert.deepEqual(prepareQuery('   '), { terms: '', fromLogLine: false });
});

test('an overlong paste is cut before it reaches the index', () => {
  const query = prepareQuery('refused '.repeat(1000));
  assert.ok(query.terms.length <= MAX_QUERY_LENGTH);
});
