import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeShare, encodeShare, MAX_SHARE_BYTES, SHARE_KEY, ShareError } from '../../src/components/checker/share-link.ts';

const LOG = [
  '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream',
  'Ünïcödé, tabs\tand <script>alert(1)</script> survive the round trip',
].join('\n');

test('a shared log decodes to exactly the pasted text', async () => {
  const fragment = await encodeShare(LOG);
  assert.ok(fragment.startsWith(`${SHARE_KEY}=`));
  assert.match(fragment, /^[\w=-]+$/, 'only URL-safe characters');
  assert.equal(await decodeShare(`#${fragment}`), LOG);
});

test('a hash without a shared log is not an error', async () => {
  assert.equal(await decodeShare(''), null);
  assert.equal(await decodeShare('#results'), null);
});

test('tampered, truncated or hostile fragments give a ShareError, never text', async () => {
  const fragment = await encodeShare(LOG);
  const cases = [
    `${SHARE_KEY}=${fragment.slice(SHARE_KEY.length + 1, -7)}`, // cut short
    `${SHARE_KEY}=<img src=x onerror=alert(1)>`,
    `${SHARE_KEY}=%3Cb%3E`,
    `${SHARE_KEY}=AAAA`,
  ];
  for (const hash of cases) await assert.rejects(decodeShare(hash), ShareError, hash);
});

test('a fragment that inflates beyond the bound is refused', async () => {
  // 40 MB of one repeated byte deflates to a few dozen KB: a zip bomb in miniature.
  const bomb = new Blob([new Uint8Array(40 * 1024 * 1024).fill(97)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(bomb).arrayBuffer());
  const hash = `${SHARE_KEY}=${Buffer.from(bytes).toString('base64url')}`;
  await assert.rejects(decodeShare(hash), /larger than the checker accepts/);
});

test('a log too large for a link is refused with a message, not a broken link', async () => {
  const random = Array.from({ length: 200_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join(' ');
  await assert.rejects(
    encodeShare(random),
    (error: Error) => error instanceof ShareError && error.message.includes(`${MAX_SHARE_BYTES / 1024} KB`),
  );
});
