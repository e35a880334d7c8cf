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
import { readPagefindFile, shape, type LanguageIndex, type RawWord, type ReadIndex } from './pagefind-chunks.ts';
import { packPagefindFile, pagefindHash, unpackPagefindFile, type PagefindFile } from './pagefind-files.ts';

/** A part's index (readIndex) and each fragment's full hash, taken before the fragment text was emptied. */
export interface PartIndex extends ReadIndex {
  /** Fragment file name (a prefix of the full hash) → full hash. */
  fragmentHashes: Map<string, string>;
}

const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/;
const FILTER = /^filter\/.+\.pf_filter$/;

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

export function mergeIndexes(parts: PartIndex[]): ReadIndex {
  const [first] = parts;
  if (!first) throw new Error('Pagefind index: no parts to merge');
  const { languages: firstLanguages, ...settings } = first.entry;
  for (const part of parts) {
    const { languages: _languages, ...own } = part.entry;
    if (JSON.stringify(own) !== JSON.stringify(settings)) throw new Error('Pagefind index: the parts were built with different settings');
  }
  // Scripts, styles and WebAssembly are the same in every part.
  const others = new Map<string, PagefindFile>();
  for (const part of parts) {
    for (const [path, file] of part.others) {
      if (FRAGMENT.test(path) || FILTER.test(path) || path === 'pagefind-entry.json') continue;
      const known = others.get(path);
      if (!known) others.set(path, file);
      else if (!Buffer.from(known.content).equals(file.content)) throw new Error(`Pagefind index: ${path} differs between parts`);
    }
  }
  // The entry's keys stay in Pagefind's order.
  const entry = { ...first.entry, languages: structuredClone(firstLanguages) };
  const names = [...new Set(parts.flatMap((part) => part.languages.map((l) => l.language)))];
  const languages = names.map((language) => {
    const merged = mergeLanguage(language, parts, others);
    entry.languages[language] = {
      ...parts.find((part) => part.entry.languages[language])!.entry.languages[language]!,
      page_count: merged.pages,
    };
    return merged.index;
  });
  return { entry, languages, others };
}

/** One language's meta, filters, fragments and words from every part; fragment and filter files go into `out`. */
function mergeLanguage(language: string, parts: PartIndex[], out: Map<string, PagefindFile>): { index: LanguageIndex; pages: number } {
  const present = parts.flatMap((part) => {
    const index = part.languages.find((l) => l.language === language);
    if (!index) return [];
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
    return [{ part, index, version, pages: pages as CborValue[][], filters: filters as [string, string][], metaNames }];
  });
  if (new Set(present.map((p) => p.version)).size > 1)
    throw new Error('Pagefind index: the parts were built by different Pagefind versions');

  let offset = 0;
  const offsets = present.map(({ pages }) => {
    const start = offset;
    offset += pages.length;
    return start;
  });

  const metaNames = [...new Set(present.flatMap((p) => p.metaNames))].sort(byCodePoint);
  const remaps = present.map((p) => {
    const remap = p.metaNames.map((name) => metaNames.indexOf(name));
    return remap.every((to, from) => to === from) ? undefined : remap;
  });

  const pages = mergePages(language, present, out);
  const filters = mergeFilters(language, present, offsets, out);
  const words = mergeWords(present.map((p, i) => ({ words: p.index.words, offset: offsets[i]!, remap: remaps[i] })));
  return { index: { language, metaFields: [present[0]!.version, pages, [], filters, [], metaNames], words }, pages: offset };
}

interface PresentPart {
  part: PartIndex;
  pages: CborValue[][];
  filters: [string, string][];
}

/**
 * The meta's page list, [fragment hash, word count, …] per page, with each fragment renamed as one run
 * would have named it: the first 7 digits of its hash, one more for each earlier page it collides with.
 */
function mergePages(language: string, present: PresentPart[], out: Map<string, PagefindFile>): CborValue[][] {
  const taken = new Map<string, string>();
  return present.flatMap(({ part, pages }) =>
    pages.map(([name, ...rest]) => {
      if (typeof name !== 'string') return shape<never>(false, undefined, 'page list in the meta file');
      const full = part.fragmentHashes.get(name);
      const file = part.others.get(`fragment/${name}.pf_fragment`);
      if (full === undefined || !file) throw new Error(`Pagefind index: the fragment of page ${name} is missing`);
      let short = full.slice(0, language.length + 8);
      while (taken.has(short)) {
        if (taken.get(short) === full || short === full) throw new Error(`Pagefind index: two pages have the same fragment ${short}`);
        short = full.slice(0, short.length + 1);
      }
      taken.set(short, full);
      out.set(`fragment/${short}.pf_fragment`, { ...file, path: `fragment/${short}.pf_fragment` });
      return [short, ...rest];
    }),
  );
}

/** Every filter's values with their pages, numbered across the parts, written as Pagefind writes its filter files. */
function mergeFilters(language: string, present: PresentPart[], offsets: number[], out: Map<string, PagefindFile>): [string, string][] {
  const filters = new Map<string, Map<string, number[]>>();
  present.forEach(({ part, filters: list }, i) => {
    if (!isSorted(list.map(([name]) => name))) shape<never>(false, undefined, 'filter order in the meta file');
    for (const [name, hash] of list) {
      const file = part.others.get(`filter/${hash}.pf_filter`);
      if (!file) throw new Error(`Pagefind index: filter/${hash}.pf_filter is missing`);
      const [fileName, values] = readPagefindFile(file) as [string, [string, number[]][]];
      if (fileName !== name || !isSorted(values.map(([value]) => value))) shape<never>(false, undefined, `filter file ${file.path}`);
      const merged = filters.get(name) ?? new Map<string, number[]>();
      filters.set(name, merged);
      for (const [value, pages] of values) {
        const list = merged.get(value) ?? [];
        merged.set(value, list);
        for (const page of pages) list.push(page + offsets[i]!);
      }
    }
  });
  const taken = new Set<string>();
  return [...filters.keys()].sort(byCodePoint).map((name): [string, string] => {
    const values = [...filters.get(name)!].sort(([a], [b]) => byCodePoint(a, b));
    const body = encodeCbor([name, values]);
    const hash = `${language}_${pagefindHash(body)}`;
    let short = hash.slice(0, language.length + 8);
    while (taken.has(short) && short.length < hash.length) short = hash.slice(0, short.length + 2);
    taken.add(short);
    out.set(`filter/${short}.pf_filter`, packPagefindFile(`filter/${short}.pf_filter`, body));
    return [name, short];
  });
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

interface PartWords {
  words: RawWord[];
  offset: number;
  remap: number[] | undefined;
}

/** Every word of every part, in Pagefind's order, each word's pages and variants joined in page order. */
function mergeWords(parts: PartWords[]): RawWord[] {
  const byWord = new Map<string, { part: PartWords; word: RawWord }[]>();
  for (const part of parts) {
    for (const word of part.words) {
      const list = byWord.get(word.word);
      if (list) list.push({ part, word });
      else byWord.set(word.word, [{ part, word }]);
    }
  }
  return [...byWord.keys()].sort(byCodePoint).map((text) => {
    const found = byWord.get(text)!;
    const only = found[0]!;
    // Most words of the first part (and of a single part) are kept as they are.
    if (found.length === 1 && only.part.offset === 0 && !only.part.remap) return only.word;
    let merged: WordEntry | undefined;
    for (const { part, word } of found) {
      const entry = readEntry(word.bytes, part.remap);
      if (!merged) {
        merged = { wordItem: entry.wordItem, pages: { items: [], last: 0 }, variants: [] };
      }
      appendRun(merged.pages, entry.pages, part.offset);
      for (const variant of entry.variants) {
        let target = merged.variants.find((v) => v.form === variant.form);
        if (!target) {
          target = { ...variant, pages: { items: [], last: 0 } };
          merged.variants.push(target);
        }
        appendRun(target.pages, variant.pages, part.offset);
      }
    }
    const bytes = Buffer.concat([
      encodeCborHead(4, 3),
      merged!.wordItem,
      encodeCborHead(4, merged!.pages.items.length),
      ...merged!.pages.items,
      encodeCborHead(4, merged!.variants.length),
      ...merged!.variants.flatMap((v) => [encodeCborHead(4, 2), v.formItem, encodeCborHead(4, v.pages.items.length), ...v.pages.items]),
    ]);
    return { word: text, bytes, size: bytes.length, pages: merged!.pages.items.length };
  });
}
