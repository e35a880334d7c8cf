/**
 * Re-cuts Pagefind's word index into smaller chunks before it is written.
 *
 * Pagefind cuts its index every 20,000 word positions (a constant in its Rust source), so on this
 * site each chunk weighs ≈ 31 KB gzipped and a two-word first search downloads two of them: more
 * than the rest of the search together. The browser side only needs each chunk's first and last
 * word (listed in the language's meta file), so the same words can be regrouped into more, smaller
 * chunks. More chunks make the meta file (downloaded on every first search) a little longer, so the
 * chunk size grows with the square root of the index, which keeps the sum of both smallest.
 *
 * The files are Pagefind's own format (gzip of "pagefind_dcd" + CBOR). The meta file is checked to
 * encode back to exactly its bytes, and the word entries, copied into the new chunks as they are, to
 * have the shape read here and only CBOR that cbor.ts knows, so a format change in a future Pagefind
 * fails the build here instead of shipping a broken index.
 */
import { createHash } from 'node:crypto';
import { cborItemEnd, decodeCbor, encodeCbor, encodeCborHead, readCborHead, type CborValue } from './cbor.ts';
import { packPagefindFile, unpackPagefindFile, type PagefindFile } from './pagefind-files.ts';

/**
 * Each chunk adds ≈ 10 gzipped bytes to the meta file, and a search loads about two chunks at
 * ≈ 0.57 gzipped bytes per encoded byte (both measured on this site), so meta + chunks is smallest
 * at chunk bytes ≈ √(index bytes × 10 ÷ (2 × 0.57)).
 */
export function chunkTarget(indexBytes: number): number {
  return Math.round(Math.sqrt((indexBytes * 10) / (2 * 0.57)));
}

/**
 * A chunk ends only between words sharing at most this many first letters, or a few more once it has
 * grown far past its target (cutAllowed). Pagefind loads one chunk per search word (the first whose
 * range holds it) and finds the words it starts in that chunk only, so a query that is a prefix of
 * words on both sides of a cut needs a chunk of its own (prefixChunks). Allowing longer shared
 * prefixes everywhere would multiply those; allowing none would make chunks as large as every word
 * under a common two-letter start ("co…", "re…").
 */
const SHARED_PREFIX_AT_CUT = 2;

/**
 * Whether a chunk of `size` bytes may end between `last` and `next`. Each doubling past the target
 * allows one more shared letter, so "con…" (several targets on its own) is cut into "conf…", "conn…"
 * and the first search for "connection" loads only its part. Pagefind looks a search word up unstemmed
 * and then takes every loaded word its stem starts, so a cut must not part a stem from the words it
 * is looked up by ("use" from "used"): no cut inside the shared letters where a word of the index that
 * is on several pages ends. A stem on one page (the "con" of a log line's `con2327073`) does not hold
 * a cut back; the e2e parity test checks every word and prefix of the articles against Pagefind's index.
 */
function cutAllowed(last: string, next: string, size: number, target: number, stems: ReadonlySet<string>): boolean {
  if (size < target) return false;
  const shared = sharedPrefixLength(last, next);
  if (shared <= SHARED_PREFIX_AT_CUT) return true;
  if (shared > SHARED_PREFIX_AT_CUT + Math.floor(Math.log2(size / target))) return false;
  for (let length = SHARED_PREFIX_AT_CUT + 1; length <= shared; length++) {
    if (stems.has(last.slice(0, length))) return false;
  }
  return true;
}

export function readPagefindFile(file: PagefindFile): CborValue {
  const body = unpackPagefindFile(file);
  const value = decodeCbor(body);
  if (!Buffer.from(encodeCbor(value)).equals(body)) {
    throw new Error(`${file.path}: does not encode back to the same bytes; Pagefind's format has changed`);
  }
  return value;
}

const pagefindFile = (path: string, value: CborValue) => packPagefindFile(path, encodeCbor(value));

/** A word entry of the index as Pagefind wrote it: copied into the new chunks byte for byte. */
export interface RawWord extends IndexWord {
  bytes: Uint8Array;
}

/**
 * The word entries of one index chunk, [[word entry…]], where an entry is [word, pages, …] and words
 * are sorted. Only each entry's word and page count are decoded: the positions, most of the index,
 * stay bytes (decoding and encoding them took most of this step's second at 1,000 articles), though
 * every byte is still checked to be of the subset cbor.ts knows.
 */
function readWordEntries(file: PagefindFile): RawWord[] {
  const body = unpackPagefindFile(file);
  const unexpected = (): never => shape<never>(false, undefined, `word list in ${file.path}`);
  const outer = readCborHead(body, 0);
  if (outer.major !== 4 || outer.value !== 1) unexpected();
  const list = readCborHead(body, outer.next);
  if (list.major !== 4) unexpected();
  const words: RawWord[] = [];
  let pos = list.next;
  for (let i = 0; i < list.value; i++) {
    const start = pos;
    const entry = readCborHead(body, start);
    const word = readCborHead(body, entry.next);
    if (entry.major !== 4 || entry.value < 1 || word.major !== 3) unexpected();
    const wordEnd = word.next + word.value;
    const pages = entry.value > 1 ? readCborHead(body, wordEnd) : undefined;
    pos = cborItemEnd(body, start);
    words.push({
      word: new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(word.next, wordEnd)),
      bytes: body.subarray(start, pos),
      size: pos - start,
      ...(pages?.major === 4 ? { pages: pages.value } : {}),
    });
  }
  if (pos !== body.length) throw new Error(`CBOR: ${body.length - pos} bytes after the end of the value in ${file.path}`);
  return words;
}

/** An index chunk, [[word entry…]], from entries kept as bytes. */
function indexChunkFile(words: RawWord[]): PagefindFile {
  return packPagefindFile('', Buffer.concat([encodeCborHead(4, 1), encodeCborHead(4, words.length), ...words.map((w) => w.bytes)]));
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function shape<T>(ok: boolean, value: unknown, what: string): T {
  if (!ok) throw new Error(`Pagefind index: unexpected ${what}; Pagefind's format has changed`);
  return value as T;
}

function sharedPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A word of the index: its encoded size, and on how many pages it is (when known; unknown counts as several). */
export interface IndexWord {
  word: string;
  size: number;
  pages?: number;
}

/** Groups words (sorted) into chunks of about `target` bytes. */
export function groupWords<W extends IndexWord>(words: W[], target: number): W[][] {
  const stems = new Set(words.flatMap((entry) => ((entry.pages ?? 2) > 1 ? [entry.word] : [])));
  const chunks: W[][] = [];
  let chunk: W[] = [];
  let size = 0;
  words.forEach((entry, i) => {
    chunk.push(entry);
    size += entry.size;
    const next = words[i + 1];
    if (next && cutAllowed(entry.word, next.word, size, target, stems)) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  });
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

const HIGHEST = String.fromCodePoint(0x10ffff);

/**
 * The [from, to] range of each chunk, leaving no gap between neighbours. Pagefind's browser code
 * looks a search word up in the first chunk with from ≤ word ≤ to (plain string order) and, when
 * none holds it, loads every chunk a looser prefix test accepts. Search words arrive unstemmed while
 * the index holds stems ("refused" looks for "refus"), so a range ending at its last stem would miss
 * most searches and send them to that costly guess. Instead `from` is the first word cut to one
 * letter past what it shares with the previous chunk, and `to` is the highest string still sorting
 * before the next chunk's `from` (the first and last chunks are open-ended).
 */
export function chunkRanges(chunks: { word: string }[][]): [string, string][] {
  const froms = chunks.map((chunk, i) => {
    const first = chunk[0]!.word;
    const previous = chunks[i - 1]?.at(-1)?.word;
    return previous === undefined ? '' : first.slice(0, sharedPrefixLength(previous, first) + 1);
  });
  return froms.map((from, i) => [from, i + 1 < froms.length ? justBefore(froms[i + 1]!) : HIGHEST]);
}

/** `next` with its last letter stepped back and the highest code point after it: above any word that sorts before `next`. */
function justBefore(next: string): string {
  return next.slice(0, -1) + String.fromCodePoint(next.codePointAt(next.length - 1)! - 1) + HIGHEST;
}

/** A chunk as the meta file lists it: the range of search words looked up in it, and its word entries. */
interface LookupChunk<W> {
  range: [string, string];
  words: W[];
}

/**
 * For each prefix shared across a cut (one or two letters, more in long runs: cutAllowed), a chunk holding
 * every word it starts, with the range [prefix, prefix]: only that exact query lands in it, so a
 * search for "co" sees "cookie" and "connection" even when they sit in different regular chunks.
 */
export function prefixChunks<W extends { word: string }>(chunks: W[][]): LookupChunk<W>[] {
  const prefixes = new Set<string>();
  for (let i = 0; i + 1 < chunks.length; i++) {
    const last = chunks[i]!.at(-1)!.word;
    const shared = sharedPrefixLength(last, chunks[i + 1]![0]!.word);
    for (let length = 1; length <= shared; length++) prefixes.add(last.slice(0, length));
  }
  const words = chunks.flat();
  return [...prefixes].map((prefix) => ({ range: [prefix, prefix], words: words.filter((w) => w.word.startsWith(prefix)) }));
}

/**
 * The chunks in the order Pagefind's lookup scans them: the prefix chunks first, so their one-word
 * ranges win over the regular chunk that also spans that prefix.
 */
export function lookupChunks<W extends IndexWord>(words: W[], target: number): LookupChunk<W>[] {
  const grouped = groupWords(words, target);
  const ranges = chunkRanges(grouped);
  return [...prefixChunks(grouped), ...grouped.map((chunk, i) => ({ range: ranges[i]!, words: chunk }))];
}

/** One language's index as read from Pagefind's files: its meta file's fields and every word entry, in order. */
export interface LanguageIndex {
  language: string;
  /** [version, pages, index chunks as [from, to, hash], filters, sorts, meta fields] */
  metaFields: CborValue[];
  words: RawWord[];
}

/** Pagefind's files read apart: the word index and meta of each language, and every other file by path. */
export interface ReadIndex {
  entry: PagefindEntry;
  languages: LanguageIndex[];
  /** The files other than the index chunks and the meta files. */
  others: Map<string, PagefindFile>;
}

export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** Reads the entry file, each language's meta file and word entries, and keeps the other files as they are. */
export function readIndex(files: PagefindFile[]): ReadIndex {
  const others = new Map(files.map((file) => [file.path, file]));
  const entryFile = others.get('pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind index: pagefind-entry.json is missing');
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as PagefindEntry;
  const languages = Object.entries(entry.languages).map(([language, info]): LanguageIndex => {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const metaFile = others.get(metaPath);
    if (!metaFile) throw new Error(`Pagefind index: ${metaPath} is missing`);
    others.delete(metaPath);
    const meta = readPagefindFile(metaFile);
    const metaFields = shape<CborValue[]>(Array.isArray(meta) && Array.isArray(meta[2]), meta, 'meta file');
    const oldChunks = shape<[string, string, string][]>(
      (metaFields[2] as CborValue[]).every((c) => Array.isArray(c) && c.length === 3 && c.every((part) => typeof part === 'string')),
      metaFields[2],
      'chunk list in the meta file',
    );
    const words = oldChunks.flatMap(([, , hash]) => {
      const path = `index/${hash}.pf_index`;
      const file = others.get(path);
      if (!file) throw new Error(`Pagefind index: ${path} is missing`);
      others.delete(path);
      return readWordEntries(file);
    });
    return { language, metaFields, words };
  });
  return { entry, languages, others };
}

/** Writes an index read by readIndex (or merged from several: pagefind-merge.ts) with each language's words re-cut into smaller chunks. */
export function writeRecutIndex({ entry, languages, others }: ReadIndex): PagefindFile[] {
  const byPath = new Map(others);
  for (const { language, metaFields, words } of languages) {
    const info = entry.languages[language]!;
    const chunks = lookupChunks(words, chunkTarget(words.reduce((sum, w) => sum + w.size, 0)));
    const newChunks = chunks.map(({ range, words: chunkWords }): [string, string, string] => {
      const file = indexChunkFile(chunkWords);
      let length = 7;
      const hash = hashOf(file.content);
      while (byPath.has(`index/${language}_${hash.slice(0, length)}.pf_index`)) length++;
      const name = `${language}_${hash.slice(0, length)}`;
      byPath.set(`index/${name}.pf_index`, { ...file, path: `index/${name}.pf_index` });
      return [range[0], range[1], name];
    });

    const newMeta = pagefindFile('', [...metaFields.slice(0, 2), newChunks, ...metaFields.slice(3)]);
    const newHash = `${language}_${hashOf(newMeta.content).slice(0, 10)}`;
    byPath.set(`pagefind.${newHash}.pf_meta`, { ...newMeta, path: `pagefind.${newHash}.pf_meta` });
    info.hash = newHash;
  }

  byPath.set('pagefind-entry.json', { path: 'pagefind-entry.json', content: new TextEncoder().encode(JSON.stringify(entry)) });
  return [...byPath.values()];
}

/** Returns Pagefind's files with every language's word index re-cut into smaller chunks. */
export function splitIndexChunks(files: PagefindFile[]): PagefindFile[] {
  return writeRecutIndex(readIndex(files));
}
