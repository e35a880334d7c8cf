/**
 * A link that carries the pasted log in its fragment: deflate-raw (CompressionStream, built into
 * browsers and Node) and base64url. The fragment is never sent to a server, so sharing the link keeps
 * the promise that nothing pasted leaves the reader's machine unless they pass the link on.
 */

/** The fragment key, versioned so that a later encoding can tell old links apart. */
export const SHARE_KEY = 'log1';
/** Compressed bytes above this make a URL that chat tools and browsers handle badly. */
export const MAX_SHARE_BYTES = 64 * 1024;
/** A hostile fragment may inflate enormously; stop reading past the largest paste the checker takes. */
export const MAX_SHARED_TEXT_BYTES = 16 * 1024 * 1024;

export class ShareError extends Error {}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number, tooLarge: string): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ShareError(tooLarge);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError('the link is damaged (it holds characters a shared log never has)');
  let binary: string;
  try {
    binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    throw new ShareError('the link is damaged (it was cut short or edited)');
  }
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** The fragment (without `#`) for `text`; throws ShareError when it would be too long for a link. */
export async function encodeShare(text: string): Promise<string> {
  const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = await readAll(
    compressed,
    MAX_SHARE_BYTES,
    `this log is too large to share as a link (over ${MAX_SHARE_BYTES / 1024} KB compressed): share the lines around the error instead`,
  );
  return `${SHARE_KEY}=${toBase64Url(bytes)}`;
}

/** The shared text in `hash` (with or without `#`), null when the hash holds no shared log. */
export async function decodeShare(hash: string): Promise<string | null> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(`${SHARE_KEY}=`)) return null;
  const bytes = fromBase64Url(fragment.slice(SHARE_KEY.length + 1));
  if (bytes.length > MAX_SHARE_BYTES * 2) throw new ShareError('the link is longer than any link the checker makes');
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  let raw: Uint8Array;
  try {
    raw = await readAll(inflated, MAX_SHARED_TEXT_BYTES, 'the shared log is larger than the checker accepts');
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('the link is damaged (its data does not decompress)');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ShareError('the link is damaged (its data is not text)');
  }
}
