/**
 * Pagefind's data files (index chunks, meta, filters, fragments) are gzip of a "pagefind_dcd"
 * signature followed by CBOR or JSON. These read and write them, for the steps that rewrite
 * Pagefind's output before it is written (pagefind-chunks.ts, pagefind-fragments.ts).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** The body of a data file, after its signature. */
export function unpackPagefindFile(file: PagefindFile): Uint8Array {
  const raw = gunzipSync(file.content);
  if (!SIGNATURE.every((byte, i) => raw[i] === byte))
    throw new Error(`${file.path}: not a Pagefind data file (no "pagefind_dcd" signature)`);
  return raw.subarray(SIGNATURE.length);
}

export function packPagefindFile(path: string, body: Uint8Array): PagefindFile {
  const raw = new Uint8Array(SIGNATURE.length + body.length);
  raw.set(SIGNATURE);
  raw.set(body, SIGNATURE.length);
  // zlib hands back a small output as a view of its 16 KB output buffer: copied, so that a kept
  // fragment (one per page, ≈ 1 KB) holds its own bytes rather than 16 KB (320 MB at 20,000 pages).
  return { path, content: new Uint8Array(gzipSync(raw, { level: 9 })) };
}

/**
 * Pagefind's file-name hash (its `full_hash`): SHA-1 written as each byte's hex digits without a
 * leading zero (Rust's `{:x?}` per byte), so "0a" is "a". Its file names are prefixes of this.
 */
export function pagefindHash(bytes: Uint8Array): string {
  return Array.from(createHash('sha1').update(bytes).digest(), (byte) => byte.toString(16)).join('');
}
