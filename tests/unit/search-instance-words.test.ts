import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripInstanceWords } from '../../src/lib/search/instance-words.ts';

/** Text and ignored words; the quoted and the kept ones are tested on their own. */
const strip = (query: string) => {
  const { quoted: _, kept: __, ...rest } = stripInstanceWords(query);
  return rest;
};

test('quoted identifiers are listed apart: the search may still look them up alone', () => {
  assert.deepEqual(stripInstanceWords(`/usr/bin/env: ‘bash\\r’: No such file or directory "alice"`).quoted, ['bash\\r', 'alice']);
  assert.deepEqual(stripInstanceWords(`open '/var/www/app.log' for user 4827361`).quoted, [], 'a quoted path is not');
});

test("the reader's paths, quoted names and large numbers are taken out and listed", () => {
  assert.deepEqual(strip(`password authentication failed for user "alice"`), {
    text: 'password authentication failed for user',
    ignored: ['alice'],
  });
  assert.deepEqual(strip(`EACCES: permission denied, open '/var/www/app/logs/app.log'`), {
    text: 'EACCES: permission denied, open',
    ignored: ['/var/www/app/logs/app.log'],
  });
  assert.deepEqual(strip('No space left on device /var/lib/docker'), { text: 'No space left on device', ignored: ['/var/lib/docker'] });
  assert.deepEqual(strip('wrote 1459824 bytes').ignored, ['1459824']);
  assert.deepEqual(strip(`code: 'ECONNRESET', "ExitCode": 137`), { text: 'code: ECONNRESET, ExitCode: 137', ignored: [] });
});

test('a unit name keeps its type, not its name', () => {
  assert.deepEqual(strip('myworker.service: Start request repeated too quickly.'), {
    text: 'service: Start request repeated too quickly.',
    ignored: ['myworker'],
  });
  assert.deepEqual(strip('getty@tty1.service failed').text, 'service failed');
});

test("the type kept of a unit name is listed as a leftover of the reader's name, the program's quoted words are not", () => {
  assert.deepEqual(stripInstanceWords('10.20.30.40:5432 INFO: billing-worker.service task "orders_2024"').kept, ['service']);
  assert.deepEqual(stripInstanceWords('a.timer and b.service: Failed with result').kept, ['timer', 'service']);
  assert.deepEqual(stripInstanceWords(`code: 'ECONNRESET' in service`).kept, [], 'a word typed as it is is no leftover');
});

test('addresses: IPv4 and IPv6 with ports, host:port, host names, user@host, URLs', () => {
  const { text, ignored } = strip(
    'connect 10.0.0.5:5432 [2001:db8::1]:8443 fe80::1%eth0 db.internal:5432 localhost:3000 ' +
      'api.example.com alice@example.com http://172.21.0.19:9000/ refused',
  );
  assert.equal(text, 'connect refused');
  assert.deepEqual(ignored.sort(), [
    '10.0.0.5:5432',
    '[2001:db8::1]:8443',
    'alice@example.com',
    'api.example.com',
    'db.internal:5432',
    'fe80::1%eth0',
    'http://172.21.0.19:9000/',
    'localhost:3000',
  ]);
});

test('pod names and hex ids go, words with hyphens and software names stay', () => {
  assert.equal(
    strip('pod checkout-7d4b9c8f6-xk2lp and fluentd-x7k2p in container 3f4e5d6c7b8a at 0x7ffd4a2c').text,
    'pod and in container at',
  );
  const kept =
    'php-fpm max-age java.lang.OutOfMemoryError pm.max_children status=203/EXEC ' +
    'net::ERR_CONNECTION_REFUSED deadbeef 10:00:00 [Errno 111] 502';
  assert.deepEqual(strip(kept), { text: kept, ignored: [] });
});

test('a query without instance words is unchanged', () => {
  const query = 'connect() failed (111: Connection refused) while connecting to upstream';
  assert.deepEqual(strip(query), { text: query, ignored: [] });
});
