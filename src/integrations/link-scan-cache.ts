/**
 * Keeps what the link check read out of each built page (its links and anchor targets) between
 * builds, keyed by a hash of the page's bytes. After a one-article edit almost every page is the same
 * file as last time, so the check reads and hashes each page but scans only the changed ones; the
 * checking itself still runs over every link, so its verdict is the one a cold build gives.
 *
 * The cache is one JSON file in Astro's cache dir (node_modules/.astro/link-scans.json); it is written
 * anew after each check with only the pages of that build, so it never grows past one site. It is
 * discarded when the scanner's source changes. A missing, unreadable or stale file only costs time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { scanHtml, type PageLink, type PageScan } from '../lib/seo/scan-html.ts';

/** The scanner's source: a change to how pages are read invalidates every stored scan. */
const SCANNER = new URL('../lib/seo/scan-html.ts', import.meta.url);

/** On disk, each distinct link is written once and pages refer to it by its place in `links`. */
interface StoredScans {
  scanner: string;
  links: [url: string, source: string, rel: string[]][];
  /** Page hash → [indices into `links`, anchor ids]. */
  pages: Record<string, [number[], string[]]>;
}

export interface ScanCache {
  /** The page's links and anchors, from the cache when a page with these bytes was scanned before. */
  scan: (bytes: Buffer) => PageScan;
  /** Writes the scans used since the cache was opened, and only those. */
  save(): void;
  /** How many pages were scanned rather than found in the cache. */
  readonly scanned: number;
}

const scannerHash = () => createHash('sha256').update(readFileSync(SCANNER)).digest('hex');

function load(file: string, scanner: string): Map<string, PageScan> {
  let stored: StoredScans;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredScans;
  } catch {
    return new Map();
  }
  if (stored.scanner !== scanner) return new Map();
  const links = stored.links.map(([url, source, rel]): PageLink => ({ url, source, rel }));
  return new Map(
    Object.entries(stored.pages).map(([hash, [indices, anchors]]) => [
      hash,
      { links: indices.map((i) => links[i]!), anchors: new Set(anchors) },
    ]),
  );
}

export function openScanCache(file: string): ScanCache {
  const scanner = scannerHash();
  const previous = load(file, scanner);
  const used = new Map<string, PageScan>();
  let scanned = 0;
  return {
    scan: (bytes) => {
      const hash = createHash('sha256').update(bytes).digest('base64url');
      let scan = used.get(hash) ?? previous.get(hash);
      if (!scan) {
        scan = scanHtml(bytes.toString('utf8'));
        scanned++;
      }
      used.set(hash, scan);
      return scan;
    },
    save() {
      const index = new Map<string, number>();
      const links: StoredScans['links'] = [];
      const indexOf = (link: PageLink) => {
        const key = JSON.stringify([link.url, link.source, link.rel]);
        let i = index.get(key);
        if (i === undefined) {
          i = links.push([link.url, link.source, link.rel]) - 1;
          index.set(key, i);
        }
        return i;
      };
      const pages: StoredScans['pages'] = {};
      for (const [hash, scan] of used) pages[hash] = [scan.links.map(indexOf), [...scan.anchors]];
      writeFileSync(file, JSON.stringify({ scanner, links, pages } satisfies StoredScans));
    },
    get scanned() {
      return scanned;
    },
  };
}
