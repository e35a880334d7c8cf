import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headline, mostLinked } from '../../src/lib/search/popular.ts';

test('articles other articles link to most come first, then A–Z, up to the limit', () => {
  const articles = [
    { id: 'a', title: 'Alpha', related: ['c'] },
    { id: 'b', title: 'Beta', related: ['c', 'd', 'c'] },
    { id: 'c', title: 'Gamma', related: ['c'] },
    { id: 'd', title: 'Delta', related: [] },
    { id: 'e', title: 'Epsilon', related: ['d'] },
  ];
  // c: 2 inbound (a, b; its self-link and b's duplicate do not count), d: 2 (b, e), then A–Z.
  assert.deepEqual(
    mostLinked(articles, 4).map((a) => a.id),
    ['d', 'c', 'a', 'b'],
  );
  assert.deepEqual(mostLinked(articles, 0), []);
});

test("a title's headline ends at its first `: ` outside brackets and quotes", () => {
  assert.equal(headline('Nginx 502 Bad Gateway: the upstream failed or did not answer'), 'Nginx 502 Bad Gateway');
  assert.equal(
    headline('Connection refused (ECONNREFUSED, errno 111): nothing is listening on that address and port'),
    'Connection refused (ECONNREFUSED, errno 111)',
  );
  assert.equal(headline('systemd "Failed with result \'exit-code\'": the process exited'), 'systemd "Failed with result \'exit-code\'"');
  assert.equal(
    headline('nginx "connect() failed (111: Connection refused)": the upstream is down'),
    'nginx "connect() failed (111: Connection refused)"',
  );
  assert.equal(headline('upstream timed out (110: Connection timed out)'), 'upstream timed out (110: Connection timed out)');
  assert.equal(headline('No separator here'), 'No separator here');
});
