/**
 * Merges the indexes Pagefind wrote for consecutive runs of a site's pages (pagefind-pages.ts) into the
 * index one Pagefind run over all of them writes, so that no binary has to hold every page at once
 * (≈ 0.2 GB per 1,000 pages). It reproduces what Pagefind 1.6's `build_indexes` does with the pages in
 * one list:
 * - pages are numbered in order, so a part's page numbers are shifted by the pages before it;
 * - a word's pages are listed by number, each as its distance from the previous one (the first from 0),
 *   so the parts' lists are joined with only each part's first page number rewritten; diacritic
 *   variants of a word are joined the same way, in the order they first occur;
 * - a page's words in meta fields carry the field's place in the sorted list of every meta field name,
 *   which a part may number differently when it lacks a field;
 * - fragment, filter and meta files are named by Pagefind's hash of their content (`pagefindHash`), a
 *   fragment's extended by one digit while it collides with an earlier page's, a filter file's by two;
 * - filters and their values are in name order, each value's pages in page order.
 * Sorts (`data-pagefind-sort`) need every page's value, which the index does not keep, so a part with
 * sorts is refused; this site has none. The word index is not cut into Pagefind's chunks: the re-cut
 * (pagefind-chunks.ts) replaces them anyway. The merge test (tests/build/pagefind-parts.test.ts) builds
 * an index both ways and compares every byte.
 */
import { cborItemEnd, decodeCbor, encodeCbor, encodeCborHead, readCborHead, type CborValue } from './cbor.ts';
import { readPagefindFile, shape, type LanguageIndex, type PagefindEntry, type RawWord, type ReadIndex } from './pagefind-chunks.ts';
import { packPagefindFile, pagefindHash, unpackPagefindFile, type PagefindFile } from './pagefind-files.ts';

/** A part's index (readIndex) and each fragment's full hash, taken before the fragment text was emptied. */
export interface PartIndex extends ReadIndex {
  /** Fragment file name (a prefix of the full hash) → full hash. */
  fragmentHashes: Map<string, string>;
}

const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/;
/** A filter file of Pagefind's output. */
export const FILTER = /^filter\/.+\.pf_filter$/;

/** The full hash of every fragment in Pagefind's output, checked to start with the fragment's file name. */
export function fragmentHashes(files: PagefindFile[]): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of files) {
    const name = FRAGMENT.exec(file.path)?.[1];
    if (name === undefined) continue;
    const full = `${name.slice(0, name.lastIndexOf('_') + 1)}${pagefindHash(unpackPagefindFile(file))}`;
    if (!full.startsWith(name)) throw new Error(`${file.path}: not named by its content's hash; Pagefind's hashing has changed`);
    hashes.set(name, full);
  }
  return hashes;
}

/** Rust's string order (by UTF-8 bytes, that is by code point), in which Pagefind sorts words and names. */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length || i === b.length) return a.length - b.length;
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

const isSorted = (names: string[]) => names.every((name, i) => i === 0 || byCodePoint(names[i - 1]!, name) < 0);

/**
 * Merges parts one at a time, in page order (`add`), so that a part's words, fragments and filters can be
 * let go as soon as it is added: only what the merged index needs is kept, each part's words as one
 * buffer (WordTable) rather than an object per word, joined across the parts once, in `finish` (about the
 * bytes of the merged words, which merging them part by part held too). `finish` returns the merged index.
 */
export class IndexMerger {
  #entry: PagefindEntry | undefined;
  #settings = '';
  readonly #others = new Map<string, PagefindFile>();
  readonly #languages = new Map<string, LanguageMerge>();

  add(part: PartIndex): void {
    const { languages: partLanguages, ...own } = part.entry;
    if (!this.#entry) {
      // The entry's keys stay in Pagefind's order.
      this.#entry = { ...part.entry, languages: structuredClone(partLanguages) };
      this.#settings = JSON.stringify(own);
    } else if (JSON.stringify(own) !== this.#settings) {
      throw new Error('Pagefind index: the parts were built with different settings');
    }
    // Scripts, styles and WebAssembly are the same in every part.
    for (const [path, file] of part.others) {
      if (FRAGMENT.test(path) || FILTER.test(path) || path === 'pagefind-entry.json') continue;
      const known = this.#others.get(path);
      if (!known) this.#others.set(path, file);
      else if (!Buffer.from(known.content).equals(file.content)) throw new Error(`Pagefind index: ${path} differs between parts`);
    }
    for (const index of part.languages) {
      let merge = this.#languages.get(index.language);
      if (!merge) {
        merge = new LanguageMerge(index.language);
        this.#languages.set(index.language, merge);
        // A language first met in a later part takes that part's entry (its page count is set at the end).
        this.#entry.languages[index.language] ??= { ...partLanguages[index.language]! };
      }
      merge.add(part, index, this.#others);
    }
  }

  finish(): ReadIndex {
    const entry = this.#entry;
    if (!entry) throw new Error('Pagefind index: no parts to merge');
    const languages = [...this.#languages.values()].map((merge) => {
      const { index, pages } = merge.finish(this.#others);
      entry.languages[merge.language] = { ...entry.languages[merge.language]!, page_count: pages };
      return index;
    });
    return { entry, languages, others: this.#others };
  }
}

/** Merges parts already read; the build adds each part to an IndexMerger as it is built instead. */
export function mergeIndexes(parts: PartIndex[]): ReadIndex {
  const merger = new IndexMerger();
  for (const part of parts) merger.add(part);
  return merger.finish();
}

/** One language's meta, filters, fragments and words, merged part by part. */
class LanguageMerge {
  readonly language: string;
  #version: string | undefined;
  /** Pages of the parts added so far: the next part's page numbers start here. */
  #offset = 0;
  /** Every meta field name met so far, in order: the numbers the merged words use for them. */
  #metaNames: string[] = [];
  readonly #pages: CborValue[][] = [];
  /** Fragment names given so far (short → full hash): a later page's name grows while it collides. */
  readonly #taken = new Map<string, string>();
  readonly #filters = new Map<string, Map<string, number[]>>();
  /** Each part's words as a table of their own, merged once, in `finish`, when every meta field is known. */
  readonly #wordParts: PartWords[] = [];

  constructor(language: string) {
    this.language = language;
  }

  add(part: PartIndex, index: LanguageIndex, out: Map<string, PagefindFile>): void {
    const [version, pages, , filters, sorts, metaNames, ...rest] = index.metaFields;
    if (
      typeof version !== 'string' ||
      !Array.isArray(pages) ||
      !Array.isArray(filters) ||
      !Array.isArray(sorts) ||
      !Array.isArray(metaNames) ||
      !metaNames.every((name) => typeof name === 'string') ||
      rest.length > 0
    ) {
      return shape<never>(false, undefined, 'meta file');
    }
    if (sorts.length > 0)
      throw new Error('Pagefind index: pages with data-pagefind-sort cannot be indexed in parts (their values are not in the index)');
    if (this.#version !== undefined && version !== this.#version)
      throw new Error('Pagefind index: the parts were built by different Pagefind versions');
    this.#version = version;

    // Every meta field name of the parts, in order; a part's words are renumbered to it in `finish`.
    this.#metaNames = [...new Set([...this.#metaNames, ...metaNames])].sort(byCodePoint);

    const offset = this.#offset;
    this.#addPages(part, pages as CborValue[][], out);
    this.#addFilters(part, filters as [string, string][]);
    this.#wordParts.push({ table: partTable(index.words), offset, metaNames });
    this.#offset += pages.length;
  }

  finish(out: Map<string, PagefindFile>): { index: LanguageIndex; pages: number } {
    const filters = this.#writeFilters(out);
    const metaFields = [this.#version!, this.#pages, [], filters, [], this.#metaNames];
    const words = mergeWords(this.#wordParts, this.#metaNames);
    this.#wordParts.length = 0;
    return { index: { language: this.language, metaFields, words: tableWords(words) }, pages: this.#offset };
  }

  /**
   * The meta's page list, [fragment hash, word count, …] per page, with each fragment renamed as one run
   * would have named it: the first 7 digits of its hash, one more for each earlier page it collides with.
   */
  #addPages(part: PartIndex, pages: CborValue[][], out: Map<string, PagefindFile>): void {
    for (const [name, ...rest] of pages) {
      if (typeof name !== 'string') return shape<never>(false, undefined, 'page list in the meta file');
      const full = part.fragmentHashes.get(name);
      const file = part.others.get(`fragment/${name}.pf_fragment`);
      if (full === undefined || !file) throw new Error(`Pagefind index: the fragment of page ${name} is missing`);
      let short = full.slice(0, this.language.length + 8);
      while (this.#taken.has(short)) {
        if (this.#taken.get(short) === full || short === full) throw new Error(`Pagefind index: two pages have the same fragment ${short}`);
        short = full.slice(0, short.length + 1);
      }
      this.#taken.set(short, full);
      out.set(`fragment/${short}.pf_fragment`, { ...file, path: `fragment/${short}.pf_fragment` });
      this.#pages.push([short, ...rest]);
    }
  }

  /** A part's filter values with their pages, numbered across the parts. */
  #addFilters(part: PartIndex, list: [string, string][]): void {
    if (!isSorted(list.map(([name]) => name))) shape<never>(false, undefined, 'filter order in the meta file');
    for (const [name, hash] of list) {
      const file = part.others.get(`filter/${hash}.pf_filter`);
      if (!file) throw new Error(`Pagefind index: filter/${hash}.pf_filter is missing`);
      const [fileName, values] = readPagefindFile(file) as [string, [string, number[]][]];
      if (fileName !== name || !isSorted(values.map(([value]) => value))) shape<never>(false, undefined, `filter file ${file.path}`);
      const merged = this.#filters.get(name) ?? new Map<string, number[]>();
      this.#filters.set(name, merged);
      for (const [value, pages] of values) {
        const list = merged.get(value) ?? [];
        merged.set(value, list);
        for (const page of pages) list.push(page + this.#offset);
      }
    }
  }

  /** Every filter in name order, its values in order, written as Pagefind writes its filter files. */
  #writeFilters(out: Map<string, PagefindFile>): [string, string][] {
    const taken = new Set<string>();
    return [...this.#filters.keys()].sort(byCodePoint).map((name): [string, string] => {
      const values = [...this.#filters.get(name)!].sort(([a], [b]) => byCodePoint(a, b));
      const body = encodeCbor([name, values]);
      const hash = `${this.language}_${pagefindHash(body)}`;
      let short = hash.slice(0, this.language.length + 8);
      while (taken.has(short) && short.length < hash.length) short = hash.slice(0, short.length + 2);
      taken.add(short);
      out.set(`filter/${short}.pf_filter`, packPagefindFile(`filter/${short}.pf_filter`, body));
      return [name, short];
    });
  }
}

/** A word's pages (or a variant's), as CBOR items of [distance from the previous page, positions, meta positions]. */
interface PageRun {
  items: Uint8Array[];
  /** The number of the last page (within its part, while read). */
  last: number;
}

interface WordEntry {
  wordItem: Uint8Array;
  pages: PageRun;
  variants: { formItem: Uint8Array; form: string; pages: PageRun }[];
}

const unexpected = (): never => shape<never>(false, undefined, 'word entry');

/** A word entry, [word, pages, variants as [form, pages]], split into its items; meta field numbers remapped. */
function readEntry(bytes: Uint8Array, remap: number[] | undefined): WordEntry {
  const head = readCborHead(bytes, 0);
  if (head.major !== 4 || head.value !== 3) unexpected();
  const wordEnd = cborItemEnd(bytes, head.next);
  const pages = readRun(bytes, wordEnd, remap);
  const variantList = readCborHead(bytes, pages.next);
  if (variantList.major !== 4) unexpected();
  let pos = variantList.next;
  const variants: WordEntry['variants'] = [];
  for (let i = 0; i < variantList.value; i++) {
    const variant = readCborHead(bytes, pos);
    const form = readCborHead(bytes, variant.next);
    if (variant.major !== 4 || variant.value !== 2 || form.major !== 3) unexpected();
    const formEnd = form.next + form.value;
    const run = readRun(bytes, formEnd, remap);
    variants.push({
      formItem: bytes.subarray(variant.next, formEnd),
      form: new TextDecoder().decode(bytes.subarray(form.next, formEnd)),
      pages: run.run,
    });
    pos = run.next;
  }
  if (pos !== bytes.length) unexpected();
  return { wordItem: bytes.subarray(head.next, wordEnd), pages: pages.run, variants };
}

function readRun(bytes: Uint8Array, start: number, remap: number[] | undefined): { run: PageRun; next: number } {
  const list = readCborHead(bytes, start);
  if (list.major !== 4) unexpected();
  const items: Uint8Array[] = [];
  let page = 0;
  let pos = list.next;
  for (let i = 0; i < list.value; i++) {
    const end = cborItemEnd(bytes, pos);
    const item = bytes.subarray(pos, end);
    const head = readCborHead(item, 0);
    const distance = readCborHead(item, head.next);
    if (head.major !== 4 || head.value < 1 || distance.major !== 0) unexpected();
    page += distance.value;
    items.push(remap ? remapMetaFields(item, remap) : item);
    pos = end;
  }
  return { run: { items, last: page }, next: pos };
}

/** Meta positions are field switches, −(field number + 1), followed by positions: the field numbers are renumbered. */
function remapMetaFields(item: Uint8Array, remap: number[]): Uint8Array {
  const page = decodeCbor(item);
  if (!Array.isArray(page) || page.length !== 3 || !Array.isArray(page[2])) return unexpected();
  page[2] = page[2].map((value) => (typeof value === 'number' && value < 0 ? -(remap[-value - 1]! + 1) : value));
  return encodeCbor(page);
}

/** Appends a part's run, whose page numbers start at `offset`: only its first item's distance changes. */
function appendRun(target: PageRun, run: PageRun, offset: number): void {
  const [first, ...rest] = run.items;
  if (!first) return;
  const head = readCborHead(first, 0);
  const distance = readCborHead(first, head.next);
  const previous = target.items.length > 0 ? target.last : 0;
  target.items.push(
    Buffer.concat([first.subarray(0, head.next), encodeCborHead(0, offset + distance.value - previous), first.subarray(distance.next)]),
    ...rest,
  );
  target.last = offset + run.last;
}

/** One part's words, sorted; its page numbers start at `offset`; its meta fields numbered by `metaNames`. */
interface PartWords {
  table: WordTable;
  offset: number;
  metaNames: string[];
}

/**
 * The words merged so far, in order, with their entries one after the other in one buffer: word i's
 * entry is bytes[ends[i − 1], ends[i]). An object and a view per word (RawWord) cost more than most
 * entries' bytes, and a part's words are many.
 */
interface WordTable {
  words: string[];
  bytes: Buffer;
  ends: Uint32Array;
  /** On how many pages each word is; −1 when not known. */
  pages: Int32Array;
}

const tableEntry = (table: WordTable, i: number) => table.bytes.subarray(i === 0 ? 0 : table.ends[i - 1], table.ends[i]);

/** The table as RawWords, views of its buffer, in order. */
function tableWords(table: WordTable): RawWord[] {
  return table.words.map((word, i) => {
    const bytes = tableEntry(table, i);
    const pages = table.pages[i]!;
    return { word, bytes, size: bytes.length, ...(pages >= 0 ? { pages } : {}) };
  });
}

/** Builds a table entry by entry, in order. */
function tableWriter() {
  const words: string[] = [];
  const pieces: Uint8Array[] = [];
  const ends: number[] = [];
  const pages: number[] = [];
  let size = 0;
  return {
    push(word: string, bytes: Uint8Array, count: number | undefined) {
      words.push(word);
      pieces.push(bytes);
      size += bytes.length;
      ends.push(size);
      pages.push(count ?? -1);
    },
    done: (): WordTable => ({ words, bytes: Buffer.concat(pieces, size), ends: Uint32Array.from(ends), pages: Int32Array.from(pages) }),
  };
}

const encodeEntry = (entry: WordEntry) =>
  Buffer.concat([
    encodeCborHead(4, 3),
    entry.wordItem,
    encodeCborHead(4, entry.pages.items.length),
    ...entry.pages.items,
    encodeCborHead(4, entry.variants.length),
    ...entry.variants.flatMap((v) => [encodeCborHead(4, 2), v.formItem, encodeCborHead(4, v.pages.items.length), ...v.pages.items]),
  ]);

/** Appends a part's entry (page numbers from `offset`) to a merged one, or starts one; variants joined form by form. */
function appendEntry(merged: WordEntry | undefined, entry: WordEntry, offset: number): WordEntry {
  merged ??= { wordItem: entry.wordItem, pages: { items: [], last: 0 }, variants: [] };
  appendRun(merged.pages, entry.pages, offset);
  for (const variant of entry.variants) {
    let target = merged.variants.find((v) => v.form === variant.form);
    if (!target) {
      target = { ...variant, pages: { items: [], last: 0 } };
      merged.variants.push(target);
    }
    appendRun(target.pages, variant.pages, offset);
  }
  return merged;
}

/** A part's words as a table, in Pagefind's order (by code point); its entries' bytes copied out of the part's files. */
function partTable(words: RawWord[]): WordTable {
  const sorted = [...words].sort((a, b) => byCodePoint(a.word, b.word));
  const out = tableWriter();
  sorted.forEach((word, i) => {
    if (i > 0 && sorted[i - 1]!.word === word.word) unexpected();
    out.push(word.word, word.bytes, word.pages);
  });
  return out.done();
}

/**
 * Every part's words merged, in Pagefind's order (by code point), each word's pages and variants joined in
 * page order, its meta field numbers renumbered to the merged list of fields. A word only the first part
 * has (and whose fields keep their numbers) is kept as it is. Each part's entry is read once: merging part
 * by part instead re-read the merged entry of every word found in many parts at each part, so the work
 * grew with the square of the number of parts.
 */
function mergeWords(parts: PartWords[], metaNames: string[]): WordTable {
  const remaps = parts.map((part) => {
    const remap = part.metaNames.map((name) => metaNames.indexOf(name));
    return remap.every((to, i) => to === i) ? undefined : remap;
  });
  const at = parts.map(() => 0);
  const out = tableWriter();
  const holders: number[] = [];
  for (;;) {
    // The smallest word any part has next, and which parts have it (in part order).
    let word: string | undefined;
    holders.length = 0;
    for (let k = 0; k < parts.length; k++) {
      const table = parts[k]!.table;
      if (at[k]! === table.words.length) continue;
      const candidate = table.words[at[k]!]!;
      const order = word === undefined ? -1 : byCodePoint(candidate, word);
      if (order < 0) {
        word = candidate;
        holders.length = 0;
      }
      if (order <= 0) holders.push(k);
    }
    if (word === undefined) break;
    const only = holders[0]!;
    if (holders.length === 1 && parts[only]!.offset === 0 && !remaps[only]) {
      const table = parts[only]!.table;
      const i = at[only]!;
      out.push(word, tableEntry(table, i), table.pages[i]! >= 0 ? table.pages[i] : undefined);
    } else {
      let entry: WordEntry | undefined;
      for (const k of holders) entry = appendEntry(entry, readEntry(tableEntry(parts[k]!.table, at[k]!), remaps[k]), parts[k]!.offset);
      out.push(word, encodeEntry(entry!), entry!.pages.items.length);
    }
    for (const k of holders) at[k] = at[k]! + 1;
  }
  return out.done();
}
